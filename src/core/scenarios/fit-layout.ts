import type { Cohort } from '../model';
import type { LockedPlacement, Solution } from '../solver/types';

/** A layout with the pins and locks that hold it, as a scenario stores them. */
export interface ScenarioLayout {
  solution: Solution;
  pins: Record<string, string[]>;
  lockedPlacements: LockedPlacement[];
}

/**
 * A layout made for other data, cut down to what the scenario's cohort still has, so it can be
 * shown and measured until the scenario is solved again: groups of a dropped course go with
 * their pupils, a teacher who is no longer there leaves their groups unstaffed, a group in a
 * block that no longer exists is left without blocks, and a pupil keeps only seats in courses
 * they still choose or hold as a reserve. Reserve flags follow the scenario's own choices.
 */
export function fitLayoutToCohort(cohort: Cohort, layout: ScenarioLayout): ScenarioLayout {
  const courses = new Set(cohort.courses.map((course) => course.code));
  const staff = new Set(cohort.staff.map((member) => member.code));
  const blocks = new Set(cohort.blocks);
  const lists = new Map(cohort.choices.map((list) => [list.upn, list]));

  const groups = layout.solution.groups
    .filter((group) => courses.has(group.course))
    .map((group) => ({
      label: group.label,
      course: group.course,
      blocks: group.blocks.every((block) => blocks.has(block)) ? [...group.blocks] : [],
      teacher: group.teacher !== null && staff.has(group.teacher) ? group.teacher : null,
    }));
  const kept = new Map(groups.map((group) => [group.label, group]));

  const placements = layout.solution.placements.flatMap((placement) => {
    const list = lists.get(placement.upn);
    if (!kept.has(placement.group) || !list) return [];
    const chosen = list.choices.includes(placement.course);
    if (!chosen && !list.reserves.includes(placement.course)) return [];
    return [{ ...placement, reserve: !chosen }];
  });
  const seated = new Set(placements.map((p) => `${p.upn}\u0000${p.course}\u0000${p.group}`));

  return {
    solution: { groups, placements },
    pins: Object.fromEntries(
      Object.entries(layout.pins).flatMap(([label, pinned]) => {
        const group = kept.get(label);
        return group && group.blocks.length > 0 ? [[label, [...pinned]]] : [];
      }),
    ),
    lockedPlacements: layout.lockedPlacements.filter((lock) =>
      seated.has(`${lock.upn}\u0000${lock.course}\u0000${lock.group}`),
    ),
  };
}
