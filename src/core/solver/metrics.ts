import type { Cohort } from '../model';
import type { GroupSizeRange, Solution, SolverMetrics } from './types';

/**
 * Measures a solution on its own terms, from the groups and placements alone, so the figures
 * hold whatever produced the solution (the search or a user's drag).
 */
export function computeMetrics(cohort: Cohort, solution: Solution): SolverMetrics {
  const groupBlocks = new Map(solution.groups.map((group) => [group.label, group.blocks]));
  const byPupil = new Map<string, { course: string; group: string; reserve: boolean }[]>();
  const sizes = new Map<string, number>();
  for (const placement of solution.placements) {
    const list = byPupil.get(placement.upn) ?? [];
    list.push(placement);
    byPupil.set(placement.upn, list);
    sizes.set(placement.group, (sizes.get(placement.group) ?? 0) + 1);
  }
  let fullySatisfied = 0;
  let choicesRequested = 0;
  let choicesMet = 0;
  let reservesUsed = 0;
  for (const list of cohort.choices) {
    const placed = byPupil.get(list.upn) ?? [];
    const used = new Set<string>();
    let clash = false;
    for (const placement of placed) {
      for (const block of groupBlocks.get(placement.group) ?? []) {
        if (used.has(block)) clash = true;
        used.add(block);
      }
    }
    const originals = placed.filter((p) => !p.reserve && list.choices.includes(p.course)).length;
    const reserves = placed.filter((p) => p.reserve).length;
    choicesRequested += list.choices.length;
    choicesMet += Math.min(list.choices.length, originals + reserves);
    reservesUsed += reserves;
    if (!clash && originals === list.choices.length) fullySatisfied += 1;
  }
  const groupsPerBlock: Record<string, number> = Object.fromEntries(
    cohort.blocks.map((b) => [b, 0]),
  );
  const groupSizes: Record<string, GroupSizeRange> = {};
  const teacherBlocks = new Map<string, number>();
  let teacherClashes = 0;
  let unstaffedGroups = 0;
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const staffingPlanned = cohort.staff.length > 0;
  for (const group of solution.groups) {
    for (const block of group.blocks) groupsPerBlock[block] = (groupsPerBlock[block] ?? 0) + 1;
    const size = sizes.get(group.label) ?? 0;
    const range = groupSizes[group.course];
    groupSizes[group.course] = range
      ? { min: Math.min(range.min, size), max: Math.max(range.max, size) }
      : { min: size, max: size };
    const teacher = group.teacher === null ? undefined : staff.get(group.teacher);
    const fit =
      teacher !== undefined &&
      teacher.courses.includes(group.course) &&
      group.blocks.every((block) => !teacher.unavailableBlocks.includes(block));
    if (!fit && staffingPlanned) unstaffedGroups += 1;
    if (group.teacher === null) continue;
    for (const block of group.blocks) {
      const key = `${group.teacher}\u0000${block}`;
      const count = (teacherBlocks.get(key) ?? 0) + 1;
      teacherBlocks.set(key, count);
      if (count > 1) teacherClashes += 1;
    }
  }
  return {
    pupils: cohort.choices.length,
    fullySatisfied,
    choicesRequested,
    choicesMet,
    reservesUsed,
    unresolved: cohort.choices.length - fullySatisfied,
    groupsPerBlock,
    groupSizes,
    teacherClashes,
    unstaffedGroups,
    staffingPlanned,
  };
}
