import type { ChoiceList, Cohort, Course } from '../model';
import type { PupilPlacement, Solution } from '../solver';
import { maskOfNames } from '../solver/masks';

/** A group as counselling sees it: where it sits and how many seats are taken. */
export interface GroupView {
  label: string;
  course: string;
  blocks: string[];
  /** Bit i set for block i of the cohort. */
  mask: number;
  size: number;
  max: number;
}

/** A solution indexed for counselling: groups by course, placements by pupil. */
export interface Layout {
  cohort: Cohort;
  courses: Map<string, Course>;
  groups: Map<string, GroupView>;
  byCourse: Map<string, GroupView[]>;
  placements: Map<string, PupilPlacement[]>;
}

export function indexLayout(cohort: Cohort, solution: Solution): Layout {
  const courses = new Map(cohort.courses.map((course) => [course.code, course]));
  const sizes = new Map<string, number>();
  const placements = new Map<string, PupilPlacement[]>();
  for (const placement of solution.placements) {
    sizes.set(placement.group, (sizes.get(placement.group) ?? 0) + 1);
    const list = placements.get(placement.upn) ?? [];
    list.push(placement);
    placements.set(placement.upn, list);
  }
  const groups = new Map<string, GroupView>();
  const byCourse = new Map<string, GroupView[]>();
  for (const group of solution.groups) {
    const view: GroupView = {
      label: group.label,
      course: group.course,
      blocks: group.blocks,
      mask: maskOfNames(group.blocks, cohort.blocks),
      size: sizes.get(group.label) ?? 0,
      max: courses.get(group.course)?.maxGroupSize ?? 0,
    };
    groups.set(group.label, view);
    byCourse.set(group.course, [...(byCourse.get(group.course) ?? []), view]);
  }
  return { cohort, courses, groups, byCourse, placements };
}

/**
 * The pupil's original choices they do not have: not placed, placed as a reserve, or placed in
 * a group whose blocks collide with a higher-ranked choice's group.
 */
export function unmetChoices(layout: Layout, list: ChoiceList): string[] {
  const placed = new Map<string, PupilPlacement>();
  for (const placement of layout.placements.get(list.upn) ?? []) {
    placed.set(placement.course, placement);
  }
  let used = 0;
  for (const placement of layout.placements.get(list.upn) ?? []) {
    if (!list.choices.includes(placement.course)) {
      used |= layout.groups.get(placement.group)?.mask ?? 0;
    }
  }
  const unmet: string[] = [];
  for (const course of list.choices) {
    const placement = placed.get(course);
    const mask = placement ? (layout.groups.get(placement.group)?.mask ?? 0) : 0;
    if (!placement || placement.reserve || mask === 0 || (mask & used) !== 0) {
      unmet.push(course);
      continue;
    }
    used |= mask;
  }
  return unmet;
}

/** Pupils with all their original choices and no clash, as computeMetrics counts them. */
export function satisfiedPupils(cohort: Cohort, solution: Solution): Set<string> {
  const layout = indexLayout(cohort, solution);
  const satisfied = new Set<string>();
  for (const list of cohort.choices) {
    if (unmetChoices(layout, list).length === 0) satisfied.add(list.upn);
  }
  return satisfied;
}
