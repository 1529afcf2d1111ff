import type { SolverMetrics } from '../../src/core/solver/types';

/** Figures that measure nothing, for a scenario saved by hand whose figures must not be used. */
export const NO_FIGURES: SolverMetrics = {
  pupils: 0,
  fullySatisfied: 0,
  choicesRequested: 0,
  choicesMet: 0,
  reservesUsed: 0,
  unresolved: 0,
  groupsPerBlock: {},
  groupSizes: {},
  teacherClashes: 0,
  unstaffedGroups: 0,
  staffingPlanned: true,
};
