import { courseDemand, type CourseDemand } from '../../core/demand';
import { readCohort } from './cohort-repository';
import type { PlanDatabase } from './plan-file';
import { readAllSettings } from './settings-repository';

export interface PlanCounts {
  blocks: number;
  courses: number;
  pupils: number;
  pupilsWithChoices: number;
  choices: number;
  reserves: number;
  staff: number;
  scenarios: number;
}

export interface PlanSummary {
  settings: Record<string, string>;
  blocks: string[];
  counts: PlanCounts;
  demand: CourseDemand[];
}

/** What `ks4plan info` prints and the app's overview shows: counts and demand per course. */
export function readPlanSummary(db: PlanDatabase): PlanSummary {
  const cohort = readCohort(db);
  const scenarios = db.prepare('SELECT count(*) FROM scenarios').pluck().get() as number;
  return {
    settings: readAllSettings(db),
    blocks: cohort.blocks,
    counts: {
      blocks: cohort.blocks.length,
      courses: cohort.courses.length,
      pupils: cohort.pupils.length,
      pupilsWithChoices: cohort.choices.filter((list) => list.choices.length > 0).length,
      choices: cohort.choices.reduce((sum, list) => sum + list.choices.length, 0),
      reserves: cohort.choices.reduce((sum, list) => sum + list.reserves.length, 0),
      staff: cohort.staff.length,
      scenarios,
    },
    demand: courseDemand(cohort),
  };
}
