import { codeKey, toCourseIndex, type CourseIndex, type CourseSource } from './course-lookup';
import type { CourseSelector, RuleCourse } from './types';

/** Categories are matched case-insensitively and ignoring surrounding spaces. */
export function categoryKey(category: string): string {
  return category.trim().toLowerCase();
}

export function selectorIncludes(selector: CourseSelector, course: RuleCourse): boolean {
  if (selector.kind === 'category') {
    return (
      course.category !== null && categoryKey(course.category) === categoryKey(selector.category)
    );
  }
  const key = codeKey(course.code);
  return selector.codes.some((code) => codeKey(code) === key);
}

/** The plan's courses a selector picks out, in the plan's order; codes it names that the plan
 *  does not have are left out (the rule-set check reports them). */
export function resolveSelector(selector: CourseSelector, courses: CourseSource): RuleCourse[] {
  return [...toCourseIndex(courses).values()].filter((course) =>
    selectorIncludes(selector, course),
  );
}

/** Codes a `courses` selector names that are not in the plan. */
export function unknownSelectorCodes(selector: CourseSelector, courses: CourseIndex): string[] {
  if (selector.kind !== 'courses') return [];
  return selector.codes.filter((code) => !courses.has(codeKey(code)));
}
