import type { GroupView, Layout } from './layout';
import type { Seat } from './types';

/** Which groups of a course may hold the pupil; `seats` false ignores group sizes. */
export interface FitRules {
  upn: string;
  seats: boolean;
  /** Overrides a group's blocks, to try a layout without building it. */
  moved?: { group: string; mask: number };
}

function maskIn(group: GroupView, rules: FitRules): number {
  return rules.moved?.group === group.label ? rules.moved.mask : group.mask;
}

function candidates(layout: Layout, course: string, rules: FitRules): GroupView[] {
  const mine = new Set((layout.placements.get(rules.upn) ?? []).map((p) => p.group));
  const groups = (layout.byCourse.get(course) ?? []).filter(
    (group) => !rules.seats || mine.has(group.label) || group.size < group.max,
  );
  // The pupil's own groups first, so that a fix moves them as little as possible.
  return groups.sort((a, b) => Number(mine.has(b.label)) - Number(mine.has(a.label)));
}

/**
 * Timetables giving the pupil one group per course in pairwise distinct blocks, at most `limit`.
 * Backtracking over the most constrained course first: a pupil has a handful of courses and
 * each a few groups, so this is tiny.
 */
export function timetables(
  layout: Layout,
  courses: readonly string[],
  rules: FitRules,
  limit: number,
): Seat[][] {
  const options = courses
    .map((course) => ({ course, groups: candidates(layout, course, rules) }))
    .sort((a, b) => a.groups.length - b.groups.length);
  const found: Seat[][] = [];
  const chosen: Seat[] = [];
  const search = (i: number, used: number): void => {
    const next = options[i];
    if (!next) {
      found.push(courses.flatMap((course) => chosen.filter((seat) => seat.course === course)));
      return;
    }
    for (const group of next.groups) {
      const mask = maskIn(group, rules);
      if (mask === 0 || (mask & used) !== 0) continue;
      chosen.push({ course: next.course, group: group.label });
      search(i + 1, used | mask);
      chosen.pop();
      if (found.length >= limit) return;
    }
  };
  search(0, 0);
  return found;
}

/** The first timetable found, which keeps the pupil in their own groups where it can. */
export function findTimetable(
  layout: Layout,
  courses: readonly string[],
  rules: FitRules,
): Seat[] | null {
  return timetables(layout, courses, rules, 1)[0] ?? null;
}

/** Every subset of `items` of the given size, in order. */
export function subsetsOf<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  const out: T[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsetsOf(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/**
 * The smallest set of the pupil's choices, including at least one of `unmet`, that cannot sit
 * in distinct blocks in this layout whatever the group sizes; null when there is none. Sets that
 * contain one of `known` are passed over: they only repeat a clash already found.
 */
export function smallestClash(
  layout: Layout,
  choices: readonly string[],
  unmet: readonly string[],
  upn: string,
  known: readonly (readonly string[])[] = [],
): string[] | null {
  for (let size = 1; size <= choices.length; size += 1) {
    for (const subset of subsetsOf(choices, size)) {
      if (!subset.some((course) => unmet.includes(course))) continue;
      if (known.some((clash) => clash.every((course) => subset.includes(course)))) continue;
      if (!findTimetable(layout, subset, { upn, seats: false })) return subset;
    }
  }
  return null;
}
