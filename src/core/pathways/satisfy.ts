import { codeKey, findCourse, toCourseIndex, type CourseSource } from './course-lookup';
import { selectorIncludes } from './selectors';
import type { Pathway, PathwayRule, RuleCourse } from './types';

/** A counting rule as bounds on how many of its courses a pupil chooses. */
interface Bound {
  includes: (course: RuleCourse) => boolean;
  min: number;
  max: number;
}

/** Courses that no rule tells apart: any one of them can stand in for another. */
interface CourseClass {
  span: number;
  bounds: number[];
  courses: RuleCourse[];
}

/**
 * A set of choices that meets every one of `rules` within the route's option slots, or null
 * when none exists. The search is complete: it tries how many courses to take from each class
 * of interchangeable courses (same slot size, same rules), remembering states that failed, so
 * 60 courses and 8 slots take milliseconds. Unknown must-include codes fill one slot each, as
 * they would in a pupil's choices.
 */
export function findSatisfyingChoices(
  pathway: Pick<Pathway, 'optionCount' | 'freeSlots'>,
  rules: readonly PathwayRule[],
  courseSource: CourseSource,
): string[] | null {
  const courses = toCourseIndex(courseSource);
  const maxSlots = pathway.optionCount;
  const minSlots = pathway.optionCount - Math.max(0, pathway.freeSlots);
  const forbidden = (course: RuleCourse) =>
    rules.some((rule) => rule.kind === 'cannot-choose' && selectorIncludes(rule.from, course));
  const bounds = countingBounds(rules);

  const requiredKeys = new Set(
    rules.flatMap((rule) => (rule.kind === 'must-include' ? [codeKey(rule.course)] : [])),
  );
  const required: string[] = [];
  const counts = bounds.map(() => 0);
  let slots = 0;
  for (const key of requiredKeys) {
    const course = findCourse(courses, key);
    if (course && forbidden(course)) return null;
    required.push(course?.code ?? key);
    slots += course?.blocksSpanned ?? 1;
    if (!course) continue;
    bounds.forEach((bound, b) => {
      if (bound.includes(course)) counts[b] = (counts[b] ?? 0) + 1;
    });
  }

  const classes = courseClasses(
    [...courses.values()].filter(
      (course) => !requiredKeys.has(codeKey(course.code)) && !forbidden(course),
    ),
    bounds,
  );
  const picks = searchClasses(classes, bounds, { minSlots, maxSlots }, slots, counts);
  if (!picks) return null;
  return [
    ...required,
    ...classes.flatMap((group, i) => group.courses.slice(0, picks[i]).map((c) => c.code)),
  ];
}

function countingBounds(rules: readonly PathwayRule[]): Bound[] {
  return rules.flatMap((rule): Bound[] => {
    const includes = (course: RuleCourse) =>
      rule.kind !== 'must-include' && selectorIncludes(rule.from, course);
    switch (rule.kind) {
      case 'choose-one-of':
        return [{ includes, min: 1, max: Infinity }];
      case 'at-least':
        return [{ includes, min: rule.count, max: Infinity }];
      case 'at-most':
        return [{ includes, min: 0, max: rule.count }];
      default:
        return [];
    }
  });
}

function courseClasses(courses: readonly RuleCourse[], bounds: readonly Bound[]): CourseClass[] {
  const byKey = new Map<string, CourseClass>();
  for (const course of courses) {
    const members = bounds.flatMap((bound, b) => (bound.includes(course) ? [b] : []));
    const key = `${course.blocksSpanned}|${members.join(',')}`;
    const existing = byKey.get(key);
    if (existing) existing.courses.push(course);
    else byKey.set(key, { span: course.blocksSpanned, bounds: members, courses: [course] });
  }
  return [...byKey.values()];
}

/** How many courses to take from each class, or null; a depth-first search with memo. */
function searchClasses(
  classes: readonly CourseClass[],
  bounds: readonly Bound[],
  slotRange: { minSlots: number; maxSlots: number },
  startSlots: number,
  startCounts: number[],
): number[] | null {
  // What the classes from i onwards could still add, per bound and in slots.
  const supply = classes.map(() => bounds.map(() => 0));
  const slotSupply = classes.map(() => 0);
  for (let i = classes.length - 1; i >= 0; i--) {
    const group = classes[i];
    if (!group) continue;
    const next = supply[i + 1];
    supply[i] = bounds.map(
      (_, b) => (next?.[b] ?? 0) + (group.bounds.includes(b) ? group.courses.length : 0),
    );
    slotSupply[i] = (slotSupply[i + 1] ?? 0) + group.span * group.courses.length;
  }
  const mins = bounds.map((bound) => bound.min);
  const maxes = bounds.map((bound) => bound.max);
  const failed = new Set<string>();
  const picks = classes.map(() => 0);

  const visit = (i: number, slots: number, counts: readonly number[]): boolean => {
    if (slots > slotRange.maxSlots) return false;
    if (counts.some((count, b) => count > (maxes[b] ?? Infinity))) return false;
    const group = classes[i];
    if (!group) {
      return slots >= slotRange.minSlots && counts.every((count, b) => count >= (mins[b] ?? 0));
    }
    if (slots + (slotSupply[i] ?? 0) < slotRange.minSlots) return false;
    if (counts.some((count, b) => count + (supply[i]?.[b] ?? 0) < (mins[b] ?? 0))) return false;
    // Above its minimum, a minimum-only bound no longer matters, so such states share a memo.
    const memoCounts = counts.map((count, b) =>
      maxes[b] === Infinity ? Math.min(count, mins[b] ?? 0) : count,
    );
    const key = `${i}|${slots}|${memoCounts.join(',')}`;
    if (failed.has(key)) return false;
    const most = Math.min(
      group.courses.length,
      Math.floor((slotRange.maxSlots - slots) / group.span),
    );
    for (let take = 0; take <= most; take++) {
      const next = counts.map((count, b) => (group.bounds.includes(b) ? count + take : count));
      picks[i] = take;
      if (visit(i + 1, slots + take * group.span, next)) return true;
    }
    picks[i] = 0;
    failed.add(key);
    return false;
  };

  return visit(0, startSlots, startCounts) ? picks : null;
}
