import type { Cohort } from '../model';
import type { Solution } from '../solver/types';
import { computeMetrics } from '../solver/metrics';
import { groupOrder, judgedCohort, pupilGroups, pupilOutcomes } from './pupil-outcomes';
import type { ComparisonEntry, GroupShare, ScenarioFigures } from './types';

/**
 * A scenario's headline figures, measured from its own layout against the choices pupils made
 * (a choice of a dropped course counts as unmet).
 */
export function scenarioFigures(entry: ComparisonEntry): ScenarioFigures {
  const cohort = judgedCohort(entry);
  const { solution } = entry;
  const metrics = computeMetrics(cohort, solution);
  const sizes = new Map(solution.groups.map((group) => [group.label, 0]));
  for (const placement of solution.placements) {
    sizes.set(placement.group, (sizes.get(placement.group) ?? 0) + 1);
  }
  const groupSizes = solution.groups.map((group) => sizes.get(group.label) ?? 0);
  const teachers = new Set(solution.groups.flatMap((group) => group.teacher ?? []));
  return {
    name: entry.name,
    pupils: metrics.pupils,
    fullySatisfied: metrics.fullySatisfied,
    choicesMet: metrics.choicesMet,
    choicesRequested: metrics.choicesRequested,
    reservesUsed: metrics.reservesUsed,
    unresolved: metrics.unresolved,
    groups: solution.groups.length,
    teachersNeeded: teachers.size,
    unstaffedGroups: metrics.unstaffedGroups,
    smallestGroup: groupSizes.length === 0 ? 0 : Math.min(...groupSizes),
    largestGroup: groupSizes.length === 0 ? 0 : Math.max(...groupSizes),
    fullySatisfiedBy: sharesByGroup(cohort, solution),
  };
}

function sharesByGroup(cohort: Cohort, solution: Solution): GroupShare[] {
  const outcomes = pupilOutcomes(cohort, solution);
  const tally = new Map<string, { pupils: number; full: number }>();
  for (const pupil of cohort.pupils) {
    const outcome = outcomes.get(pupil.upn);
    if (!outcome) continue;
    for (const group of pupilGroups(pupil)) {
      const counts = tally.get(group) ?? { pupils: 0, full: 0 };
      counts.pupils += 1;
      if (outcome.full) counts.full += 1;
      tally.set(group, counts);
    }
  }
  return [...tally.entries()]
    .sort(([a], [b]) => groupOrder(a, b))
    .map(([group, counts]) => ({
      group,
      pupils: counts.pupils,
      share: counts.full / counts.pupils,
    }));
}
