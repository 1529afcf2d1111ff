import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';

const FILE_NAME = 'preferences.json';

/**
 * The user's own preferences, kept beside the app rather than in any plan (recent plans,
 * import mappings remembered per MIS). One small JSON file; each part is read through its
 * schema, so a damaged or hand-edited file falls back to the default instead of failing.
 */
export class UserPreferences {
  constructor(private readonly folder: () => string) {}

  read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
    const parsed = schema.safeParse(this.readAll()[key]);
    return parsed.success ? parsed.data : fallback;
  }

  write(key: string, value: unknown): void {
    const all = { ...this.readAll(), [key]: value };
    const path = join(this.folder(), FILE_NAME);
    // Written beside and renamed over, so a crash mid-write never leaves half a file.
    const temporary = `${path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(all, null, 2)}\n`, 'utf8');
    renameSync(temporary, path);
  }

  private readAll(): Record<string, unknown> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(this.folder(), FILE_NAME), 'utf8'));
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, unknown>)
        : {};
    } catch {
      return {};
    }
  }
}
