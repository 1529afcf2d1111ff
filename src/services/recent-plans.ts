import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { UserPreferences } from './user-preferences';

/** How many plans the list keeps; older ones drop off the end. */
export const RECENT_PLANS_LIMIT = 8;

const PREFERENCE_KEY = 'recentPlans';

const storedEntry = z.object({ path: z.string().min(1), lastOpenedAt: z.iso.datetime() });
type StoredEntry = z.output<typeof storedEntry>;

/**
 * Each entry is read on its own, so one damaged entry in a hand-edited preferences file costs
 * that entry, not the whole list.
 */
const storedList = z.array(z.unknown()).transform((entries) =>
  entries.flatMap((entry) => {
    const parsed = storedEntry.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  }),
);

/** A recent plan as the renderer sees it: an opaque id in place of its path. */
export interface RecentPlan {
  id: string;
  fileName: string;
  /** The folder it was in, for display only. */
  folder: string;
  lastOpenedAt: string;
  /** False when the file is no longer where it was (moved, renamed or deleted). */
  exists: boolean;
}

/**
 * The plans this user opened or created most recently, newest first, kept in their
 * preferences. The page never sees or sends a path: it names an entry by an id derived from
 * the path, which only this list can map back.
 */
export class RecentPlans {
  constructor(
    private readonly preferences: UserPreferences,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Puts the plan at the top of the list (moving it up if it was already there). */
  record(path: string): void {
    const fullPath = resolve(path);
    const others = this.stored().filter((entry) => entry.path !== fullPath);
    const entries = [{ path: fullPath, lastOpenedAt: this.now().toISOString() }, ...others];
    this.save(entries.slice(0, RECENT_PLANS_LIMIT));
  }

  list(): RecentPlan[] {
    return this.stored().map((entry) => ({
      id: recentPlanId(entry.path),
      fileName: basename(entry.path),
      folder: dirname(entry.path),
      lastOpenedAt: entry.lastOpenedAt,
      exists: existsSync(entry.path),
    }));
  }

  /** The path behind an id from list(), or null when the list no longer has it. */
  pathFor(id: string): string | null {
    return this.stored().find((entry) => recentPlanId(entry.path) === id)?.path ?? null;
  }

  /** The plan opened most recently, whether or not it is still there. */
  mostRecent(): string | null {
    return this.stored()[0]?.path ?? null;
  }

  forget(id: string): void {
    const entries = this.stored();
    const kept = entries.filter((entry) => recentPlanId(entry.path) !== id);
    if (kept.length !== entries.length) this.save(kept);
  }

  private stored(): StoredEntry[] {
    return this.preferences.read(PREFERENCE_KEY, storedList, []);
  }

  private save(entries: StoredEntry[]): void {
    this.preferences.write(PREFERENCE_KEY, entries);
  }
}

/** Stable for a path, so an id the page holds stays valid while the list changes around it. */
export function recentPlanId(path: string): string {
  return createHash('sha256').update(path).digest('hex').slice(0, 24);
}
