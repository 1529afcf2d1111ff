import { DemoPlanExistsError, writeDemoPlan } from '../../data/demo-plan';
import { writeCanonicalCsvs } from '../../data/export/canonical-csv';
import { readCohort } from '../../data/plan/cohort-repository';
import { openPlanFile } from '../../data/plan/plan-file';
import { BadInputError } from '../errors';
import { ExitCode, type CliIo } from '../io';

export interface DemoOptions {
  pupils: number;
  seed: string;
  blocks?: string[];
  csv?: string;
  force?: boolean;
}

export function demoCommand(planPath: string, options: DemoOptions, io: CliIo): number {
  const counts = writeDemoPlanOrExplain(planPath, options);
  io.out(
    `Wrote a demo cohort to ${planPath}: ${counts.pupils} pupils, ${counts.courses} courses, ` +
      `${counts.staff} staff, ${counts.blocks} blocks (seed ${options.seed}).`,
  );
  if (options.csv) {
    const db = openPlanFile(planPath, { readonly: true });
    try {
      const files = writeCanonicalCsvs(readCohort(db), options.csv);
      io.out(`Wrote ${files.join(', ')}.`);
    } finally {
      db.close();
    }
  }
  return ExitCode.ok;
}

function writeDemoPlanOrExplain(
  planPath: string,
  options: DemoOptions,
): ReturnType<typeof writeDemoPlan> {
  try {
    return writeDemoPlan(planPath, {
      pupils: options.pupils,
      seed: options.seed,
      ...(options.blocks ? { blocks: options.blocks } : {}),
      overwrite: Boolean(options.force),
    });
  } catch (error) {
    if (error instanceof DemoPlanExistsError) {
      throw new BadInputError(`${error.message} (ks4plan demo --force replaces it.)`);
    }
    if (error instanceof RangeError) throw new BadInputError(error.message);
    throw error;
  }
}
