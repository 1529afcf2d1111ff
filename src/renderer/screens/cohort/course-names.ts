import type { CourseRef } from '../../../shared/contract/cohort';

/** Course code → name, for showing a pupil's choices (which travel as codes). */
export type CourseNames = ReadonlyMap<string, string>;

export function courseNamesOf(courses: readonly CourseRef[]): CourseNames {
  return new Map(courses.map((course) => [course.code, course.name]));
}

/** The course's name, or its code when the plan no longer has it. */
export function courseName(names: CourseNames, code: string): string {
  return names.get(code) ?? code;
}
