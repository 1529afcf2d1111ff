import type { Course, StaffMember } from '../model';

/** "French (Fr)": the name a school uses, with the code it exports. */
export function courseText(course: Pick<Course, 'code' | 'name'>): string {
  return course.name === course.code ? course.code : `${course.name} (${course.code})`;
}

export function teacherText(member: Pick<StaffMember, 'code' | 'name'>): string {
  return member.name === member.code ? member.code : `${member.name} (${member.code})`;
}

/** "block A", "blocks A and C". */
export function blocksText(blocks: readonly string[]): string {
  if (blocks.length === 1) return `block ${blocks[0]}`;
  return `blocks ${blocks.slice(0, -1).join(', ')} and ${blocks[blocks.length - 1]}`;
}

export function periodsText(count: number): string {
  return `${count} period${count === 1 ? '' : 's'}`;
}
