import { keepsApart } from './layout';
import { namesOfMask } from './masks';
import type { LayoutState } from './state';
import type { GroupMoveFix } from './types';

/**
 * Single-group moves that would give pupil p all their choices, each with what it does to the
 * number of fully satisfied pupils (the pupil included), best first. Pinned groups and groups
 * kept together with another stay where they are.
 */
export function groupMovesFor(state: LayoutState, p: number): GroupMoveFix[] {
  const { instance } = state;
  const pupil = instance.pupils[p];
  if (!pupil) return [];
  const before = state.allocation.fullySatisfied;
  const tied = new Set(instance.together.flat());
  const fixes: GroupMoveFix[] = [];
  for (const c of pupil.choices) {
    const course = instance.courses[c];
    for (const g of course?.groups ?? []) {
      if (instance.pins.has(g) || tied.has(g)) continue;
      const from = state.masks[g] ?? 0;
      for (const mask of course?.placements ?? []) {
        if (mask === from) continue;
        state.apply([[g, mask]]);
        const option = state.allocation.chosen[p];
        const satisfied =
          option !== null &&
          option !== undefined &&
          option.originals === pupil.choices.length &&
          option.reserves === 0;
        if (satisfied && keepsApart(instance, state.masks) && state.staffing.unstaffed === 0) {
          fixes.push({
            group: instance.groups[g]?.label ?? '',
            blocks: namesOfMask(mask, instance.blocks),
            fullySatisfiedChange: state.allocation.fullySatisfied - before,
          });
        }
        state.revert();
      }
    }
  }
  return fixes.sort((a, b) => b.fullySatisfiedChange - a.fullySatisfiedChange);
}
