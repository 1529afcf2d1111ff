import type { Course, StaffMember } from '../model';
import { blocksText } from '../counselling/text';

export { blocksText, listText } from '../counselling/text';

/** A teacher as a deputy head knows them: by name, with the code when that differs. */
export function teacherText(code: string, member: StaffMember | undefined): string {
  if (!member || member.name === code) return code;
  return `${member.name} (${code})`;
}

/** A group with its subject, e.g. "HI2 (History)". */
export function groupText(label: string, course: Course | undefined): string {
  return course && course.name !== label ? `${label} (${course.name})` : label;
}

export function blocksOrNone(blocks: readonly string[]): string {
  return blocks.length === 0 ? 'no block' : blocksText(blocks);
}
