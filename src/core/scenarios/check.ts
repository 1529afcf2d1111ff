import type { Cohort } from '../model';
import { SolverInputError } from '../solver/errors';
import { buildInstance } from '../solver/instance';
import { applyWhatIfs } from './apply';
import type { WhatIfEdit, WhatIfResult } from './types';

/**
 * The what-ifs applied, with every problem they cause: edits that cannot be applied, and data
 * the blocking engine cannot work with that the plan itself did not have (a course nobody is
 * left to teach, a course kept to a block that was removed). Problems the plan already has are
 * not the what-ifs' fault and are left to the solve to report.
 */
export function checkWhatIfs(base: Cohort, edits: readonly WhatIfEdit[]): WhatIfResult {
  const { cohort, problems } = applyWhatIfs(base, edits);
  if (problems.length > 0 || edits.length === 0) return { cohort, problems };
  const already = new Set(engineProblems(base));
  const caused = engineProblems(cohort).filter((problem) => !already.has(problem));
  return {
    cohort,
    problems: caused.map(
      (problem) => `With these what-ifs, the blocks cannot be built: ${problem}`,
    ),
  };
}

function engineProblems(cohort: Cohort): string[] {
  try {
    buildInstance(cohort);
    return [];
  } catch (error) {
    if (error instanceof SolverInputError) return [...error.problems];
    throw error;
  }
}
