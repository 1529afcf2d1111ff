import type { RuleCourse } from './types';

/** The plan's courses, as a list or keyed by code; every pathway function accepts either. */
export type CourseSource = ReadonlyMap<string, RuleCourse> | readonly RuleCourse[];

/** Course facts keyed by lower-cased code, for lookups that ignore case. */
export type CourseIndex = ReadonlyMap<string, RuleCourse>;

/** Course codes are matched case-insensitively: schools type `fr` and `FR` for `Fr`. */
export function codeKey(code: string): string {
  return code.trim().toLowerCase();
}

function isCourseList(courses: CourseSource): courses is readonly RuleCourse[] {
  return Array.isArray(courses);
}

export function toCourseIndex(courses: CourseSource): CourseIndex {
  const list: Iterable<RuleCourse> = isCourseList(courses) ? courses : courses.values();
  const index = new Map<string, RuleCourse>();
  for (const course of list) {
    const key = codeKey(course.code);
    // The first course with a code wins, as in the plan (codes are unique there).
    if (!index.has(key)) index.set(key, course);
  }
  return index;
}

export function findCourse(index: CourseIndex, code: string): RuleCourse | undefined {
  return index.get(codeKey(code));
}

/** The course's name when the plan has it, otherwise the code as written. */
export function courseLabel(index: CourseIndex, code: string): string {
  return findCourse(index, code)?.name ?? code;
}
