import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { generateSyntheticCohort, type SyntheticCohortOptions } from '../core/synthetic';
import { demoPathways } from '../core/synthetic/demo-pathways';
import {
  replaceChoices,
  upsertCourseAliases,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from './plan/cohort-repository';
import { replacePathways } from './plan/pathway-repository';
import { openPlanFile, PlanFileError } from './plan/plan-file';
import { writeSetting } from './plan/settings-repository';

export interface DemoPlanOptions extends SyntheticCohortOptions {
  /** Replace an existing plan file at the path (default false). */
  overwrite?: boolean;
}

export interface DemoPlanCounts {
  blocks: number;
  courses: number;
  aliases: number;
  pupils: number;
  choices: number;
  reserves: number;
  staff: number;
}

/** The target already holds a file, and replacing it was not asked for. */
export class DemoPlanExistsError extends Error {
  constructor(readonly path: string) {
    super(
      `${basename(path)} already exists and was left as it was. ` +
        'Choose another file name, or ask for it to be replaced.',
    );
    this.name = 'DemoPlanExistsError';
  }
}

/**
 * Creates a plan file holding a synthetic cohort, its course aliases, the demo school's routes and
 * demo settings. The plan is built beside the target and renamed into place at the end, so a
 * failure leaves no half-made plan behind and never damages the file that was going to be
 * replaced.
 */
export function writeDemoPlan(path: string, options: DemoPlanOptions): DemoPlanCounts {
  if (existsSync(path) && statSync(path).size > 0) {
    if (!options.overwrite) throw new DemoPlanExistsError(path);
    refuseToReplaceOtherFiles(path);
  }
  const { cohort, aliases, settings } = generateSyntheticCohort(options);
  const building = `${path}.${process.pid}.new`;
  try {
    const db = openPlanFile(building, { create: true });
    try {
      db.transaction(() => {
        writeBlocks(db, cohort.blocks);
        upsertCourses(db, cohort.courses);
        upsertCourseAliases(db, aliases);
        upsertPupils(db, cohort.pupils);
        upsertStaff(db, cohort.staff);
        replaceChoices(db, cohort.choices);
        replacePathways(db, demoPathways(cohort.blocks.length));
        for (const [key, value] of Object.entries(settings)) writeSetting(db, key, value);
      })();
    } finally {
      db.close();
    }
    // A journal left by the replaced file would be replayed into the new one.
    removeSqliteFiles(path, { mainFile: false });
    renameSync(building, path);
  } catch (error) {
    removeSqliteFiles(building, { mainFile: true });
    throw error;
  }
  return {
    blocks: cohort.blocks.length,
    courses: cohort.courses.length,
    aliases: aliases.length,
    pupils: cohort.pupils.length,
    choices: cohort.choices.reduce((sum, list) => sum + list.choices.length, 0),
    reserves: cohort.choices.reduce((sum, list) => sum + list.reserves.length, 0),
    staff: cohort.staff.length,
  };
}

/** Even when told to overwrite, only a plan may be replaced: never a spreadsheet or a CSV. */
function refuseToReplaceOtherFiles(path: string): void {
  try {
    openPlanFile(path, { readonly: true }).close();
  } catch (error) {
    if (error instanceof PlanFileError && error.code === 'not-a-plan') throw error;
    // A damaged or newer plan may be replaced: that is what the user asked for.
  }
}

function removeSqliteFiles(path: string, { mainFile }: { mainFile: boolean }): void {
  for (const file of [...(mainFile ? [path] : []), `${path}-wal`, `${path}-shm`]) {
    rmSync(file, { force: true });
  }
}
