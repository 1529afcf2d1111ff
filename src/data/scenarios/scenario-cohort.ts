import { applyWhatIfs, checkWhatIfs, type WhatIfEdit } from '../../core/scenarios';
import type { WhatIfResult } from '../../core/scenarios';
import type { Cohort } from '../../core/model';
import { readSolverCohort } from '../pathways/solver-cohort';
import type { PlanDatabase } from '../plan/plan-file';
import { ScenarioError } from './scenario-errors';
import { requireScenarioRecord } from './scenario-records';

/**
 * The cohort a scenario is solved and shown with: the plan's own (pathway must-include courses
 * added to choices) with the scenario's what-ifs applied in order.
 */
export function readScenarioCohort(db: PlanDatabase, scenario: string): Cohort {
  const record = requireScenarioRecord(db, scenario);
  return cohortWithWhatIfs(readSolverCohort(db), record.whatIfs, record.name);
}

/** The cohort with the what-ifs applied; a clear error naming the scenario when any cannot be. */
export function cohortWithWhatIfs(
  base: Cohort,
  whatIfs: readonly WhatIfEdit[],
  scenario: string,
): Cohort {
  return orRefusal(applyWhatIfs(base, whatIfs), scenario);
}

/**
 * As cohortWithWhatIfs, and also refused when the what-ifs leave data the engine cannot build
 * blocks from: used before saving what-ifs, so every saved scenario can be opened and solved.
 */
export function checkedCohortWithWhatIfs(
  base: Cohort,
  whatIfs: readonly WhatIfEdit[],
  scenario: string,
): Cohort {
  return orRefusal(checkWhatIfs(base, whatIfs), scenario);
}

function orRefusal({ cohort, problems }: WhatIfResult, scenario: string): Cohort {
  if (problems.length > 0) {
    throw new ScenarioError(
      'bad-what-ifs',
      `The what-ifs of scenario "${scenario}" do not fit the plan: ${problems.join(' ')}`,
      problems,
    );
  }
  return cohort;
}
