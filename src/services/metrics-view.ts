import type { SolverMetrics } from '../core/solver/types';
import type { SolverMetricsView } from '../shared/api';

/**
 * The solver's figures as the contract shows them, field by field so the contract changes only
 * when it is meant to. Figures saved by older versions may lack the staffing fields: those
 * runs always planned staffing.
 */
export function metricsView(metrics: SolverMetrics): SolverMetricsView {
  const stored = metrics as Partial<Pick<SolverMetrics, 'staffingPlanned' | 'unstaffedGroups'>>;
  return {
    pupils: metrics.pupils,
    fullySatisfied: metrics.fullySatisfied,
    choicesRequested: metrics.choicesRequested,
    choicesMet: metrics.choicesMet,
    reservesUsed: metrics.reservesUsed,
    unresolved: metrics.unresolved,
    groupsPerBlock: { ...metrics.groupsPerBlock },
    groupSizes: Object.fromEntries(
      Object.entries(metrics.groupSizes).map(([course, { min, max }]) => [course, { min, max }]),
    ),
    teacherClashes: metrics.teacherClashes,
    unstaffedGroups: stored.unstaffedGroups ?? 0,
    staffingPlanned: stored.staffingPlanned ?? true,
  };
}
