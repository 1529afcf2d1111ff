import { basename } from 'node:path';
import { openPlanFile, type PlanDatabase } from '../data/plan/plan-file';
import { readSetting } from '../data/plan/settings-repository';
import type { PlanInfo } from '../shared/api';
import { ServiceError } from './service-error';

/** The one plan the app has open, if any. */
export class PlanSession {
  private current: { db: PlanDatabase; path: string } | null = null;

  constructor(private readonly onChange: (plan: PlanInfo | null) => void = () => undefined) {}

  /**
   * Opens (or creates) the plan at path and only then closes the previous one, so that a file
   * that cannot be opened leaves the plan the user was working on open.
   */
  open(path: string, options: { create?: boolean } = {}): PlanInfo {
    const db = openPlanFile(path, { create: Boolean(options.create) });
    this.closeQuietly();
    this.current = { db, path };
    const info = this.info();
    this.onChange(info);
    return info;
  }

  close(): void {
    if (!this.current) return;
    this.closeQuietly();
    this.onChange(null);
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

  private require(): { db: PlanDatabase; path: string } {
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
