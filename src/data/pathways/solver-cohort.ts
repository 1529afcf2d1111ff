import type { Cohort } from '../../core/model';
import { withPathwayCourses } from '../../core/pathways';
import { readCohort } from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { readPathways } from '../plan/pathway-repository';

/**
 * The cohort as the blocking engine should see it: a pupil whose agreed route fixes a course
 * (must-include) has it among their choices, so the route's promise is kept by every solve.
 */
export function readSolverCohort(db: PlanDatabase): Cohort {
  const cohort = readCohort(db);
  return {
    ...cohort,
    choices: withPathwayCourses(cohort.choices, cohort.pupils, readPathways(db)),
  };
}
