import type { Cohort, Course, StaffMember } from '../model';
import { closestCourse } from '../pathways/suggest';

/** Codes match whatever their case, as the plan file matches them. */
export function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

export function findCourse(cohort: Cohort, code: string): Course | undefined {
  return cohort.courses.find((course) => sameCode(course.code, code));
}

export function findStaff(cohort: Cohort, code: string): StaffMember | undefined {
  return cohort.staff.find((member) => sameCode(member.code, code));
}

/** " Did you mean LAT (Latin)?" for a likely typo, or nothing. */
export function courseHint(cohort: Cohort, code: string): string {
  const likely = closestCourse(code, cohort.courses);
  return likely ? ` Did you mean ${likely.code} (${likely.name})?` : '';
}

/** A course by its name where the cohort knows it ("Latin"), else its code. */
export function courseName(cohort: Cohort, code: string): string {
  return findCourse(cohort, code)?.name ?? code;
}

/** "Mr Smith (SMI)", or the bare code for a teacher the cohort does not know. */
export function staffLabel(cohort: Cohort, code: string): string {
  const member = findStaff(cohort, code);
  return member ? `${member.name} (${member.code})` : code;
}

/** "French, History and Art". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
