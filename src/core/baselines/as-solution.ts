import type { PlacedGroup, PupilAllocation } from '../layout';
import type { Solution } from '../solver/types';

/**
 * A baseline's layout and allocation in the solver's Solution shape, so that both are measured
 * by the same code (the solver's computeMetrics) and shown the same way. Baselines seat pupils
 * in their choices only, never in reserves.
 */
export function asSolution(
  groups: readonly PlacedGroup[],
  allocation: readonly PupilAllocation[],
): Solution {
  const courseOf = new Map(groups.map((group) => [group.label, group.course]));
  return {
    groups: groups.map((group) => ({ ...group, blocks: [...group.blocks] })),
    placements: allocation.flatMap((entry) =>
      entry.groups.map((label) => ({
        upn: entry.upn,
        course: courseOf.get(label) ?? '',
        group: label,
        reserve: false,
      })),
    ),
  };
}
