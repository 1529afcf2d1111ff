import { existsSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { openPlanFile, type PlanDatabase } from '../data/plan/plan-file';
import { readSetting } from '../data/plan/settings-repository';
import type { PlanInfo } from '../shared/api';
import { ServiceError } from './service-error';

/** Told the full path of each plan as it is opened or created. */
export type PlanOpenedListener = (path: string) => void;

/** The one plan the app has open, if any. */
export class PlanSession {
  private current: { db: PlanDatabase; path: string; file: string } | null = null;
  private readonly openedListeners: PlanOpenedListener[] = [];

  constructor(private readonly onChange: (plan: PlanInfo | null) => void = () => undefined) {}

  /**
   * Opens (or creates) the plan at path and only then closes the previous one, so that a file
   * that cannot be opened leaves the plan the user was working on open. The plan stays locked
   * while it is open: another window or program trying to open it gets the 'busy' error.
   */
  open(path: string, options: { create?: boolean } = {}): PlanInfo {
    const fullPath = resolve(path);
    // Already open here (by this path or another: a link, a different case): there is nothing
    // to do. It must not reach openPlanFile, whose look at the header opens and closes the
    // file, and on POSIX systems closing any descriptor of a file drops this process's lock.
    if (this.current && this.current.file === fileIdentity(fullPath)) return this.info();
    const db = openPlanFile(fullPath, { create: Boolean(options.create), exclusive: true });
    this.closeQuietly();
    this.current = { db, path: fullPath, file: fileIdentity(fullPath) ?? fullPath };
    for (const listener of this.openedListeners) listener(fullPath);
    const info = this.info();
    this.onChange(info);
    return info;
  }

  /** Listeners run before the change is announced, so anything they record is already there. */
  onOpened(listener: PlanOpenedListener): void {
    this.openedListeners.push(listener);
  }

  close(): void {
    if (!this.current) return;
    this.closeQuietly();
    this.onChange(null);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  /** The open plan's database, or a clear error value when none is open. */
  get db(): PlanDatabase {
    return this.require().db;
  }

  info(): PlanInfo {
    const { db, path } = this.require();
    return {
      fileName: basename(path),
      path,
      schoolName: readSetting(db, 'school_name'),
      cohort: readSetting(db, 'cohort'),
    };
  }

  /**
   * Writes a consistent copy of the open plan to a new file; the open plan stays open. Never
   * writes over an existing file, least of all the open plan itself.
   */
  saveCopy(path: string): { fileName: string; folder: string } {
    const { db, path: openPath } = this.require();
    const target = resolve(path);
    const fileName = basename(target);
    if (target === openPath) {
      throw new ServiceError(
        'already-exists',
        `${fileName} is the plan you have open. Choose a different name for the copy.`,
      );
    }
    if (existsSync(target)) {
      throw new ServiceError(
        'already-exists',
        `${fileName} already exists. Choose a new name for the copy; ` +
          'KS4 Planner does not replace existing files.',
      );
    }
    try {
      // One statement over one transaction: the copy is the plan as it is at this moment.
      db.prepare('VACUUM INTO ?').run(target);
    } catch (error) {
      // The file did not exist before, so anything there now is a partial copy.
      rmSync(target, { force: true });
      throw new ServiceError(
        'internal',
        `Could not save a copy as ${fileName}: ${(error as Error).message}. ` +
          'The open plan was not changed.',
      );
    }
    return { fileName, folder: dirname(target) };
  }

  private require(): { db: PlanDatabase; path: string; file: string } {
    if (!this.current)
      throw new ServiceError('no-plan-open', 'No plan is open. Open or create a plan first.');
    return this.current;
  }

  private closeQuietly(): void {
    const previous = this.current;
    this.current = null;
    previous?.db.close();
  }
}

/** The file's device and inode: the same for every path that leads to it. */
function fileIdentity(path: string): string | null {
  const stats = statSync(path, { throwIfNoEntry: false, bigint: true });
  return stats ? `${stats.dev}:${stats.ino}` : null;
}
