import type { Cohort, Course, StaffMember } from '../model';
import type { Solution, SolutionGroup } from '../solver';
import type { TeacherCheck } from './types';
import { blocksText, groupText, teacherText } from './wording';

/**
 * Whether a teacher may take a group (null: leave it without a teacher). Refuses what the
 * timetable cannot do: a teacher who does not teach the course, is away in one of the group's
 * blocks, or already teaches another group there. Warns about what it can do but should not:
 * more groups than the teacher's maximum, or a group with no teacher.
 */
export function checkTeacherAssignment(
  cohort: Cohort,
  solution: Solution,
  groupLabel: string,
  teacherCode: string | null,
): TeacherCheck {
  const group = solution.groups.find((g) => g.label === groupLabel);
  if (!group) return refuse([`There is no group ${groupLabel} in this plan.`]);
  if (teacherCode === group.teacher) return { allowed: true, reasons: [], warnings: [] };
  const course = cohort.courses.find((c) => c.code === group.course);
  const groupName = groupText(group.label, course);
  if (teacherCode === null) {
    return {
      allowed: true,
      reasons: [],
      warnings: [`${groupName} would have no teacher.`],
    };
  }
  const member = cohort.staff.find((m) => m.code === teacherCode);
  if (!member) return refuse([`There is no teacher ${teacherCode} in the staff list.`]);
  const reasons = [
    ...qualificationReasons(member, group, course),
    ...availabilityReasons(member, group, groupName),
    ...clashReasons(cohort, solution, member, group, groupName),
  ];
  if (reasons.length > 0) return refuse(reasons);
  return { allowed: true, reasons: [], warnings: loadWarnings(solution, member, group) };
}

function refuse(reasons: string[]): TeacherCheck {
  return { allowed: false, reasons, warnings: [] };
}

function qualificationReasons(
  member: StaffMember,
  group: SolutionGroup,
  course: Course | undefined,
): string[] {
  if (member.courses.includes(group.course)) return [];
  const subject = course?.name ?? group.course;
  return [
    `${teacherText(member.code, member)} is not down to teach ${subject}, so cannot take ${group.label}.`,
  ];
}

function availabilityReasons(
  member: StaffMember,
  group: SolutionGroup,
  groupName: string,
): string[] {
  const away = group.blocks.filter((block) => member.unavailableBlocks.includes(block));
  if (away.length === 0) return [];
  return [
    `${teacherText(member.code, member)} is not available in ${blocksText(away)}, where ${groupName} is taught.`,
  ];
}

/** A teacher can take one group a block; a double group needs them free in both its blocks. */
function clashReasons(
  cohort: Cohort,
  solution: Solution,
  member: StaffMember,
  group: SolutionGroup,
  groupName: string,
): string[] {
  const reasons: string[] = [];
  for (const other of solution.groups) {
    if (other.label === group.label || other.teacher !== member.code) continue;
    const shared = group.blocks.filter((block) => other.blocks.includes(block));
    if (shared.length === 0) continue;
    const otherCourse = cohort.courses.find((c) => c.code === other.course);
    reasons.push(
      `${teacherText(member.code, member)} already teaches ${groupText(other.label, otherCourse)} in ${blocksText(shared)}, so cannot also take ${groupName} there.`,
    );
  }
  return reasons;
}

/** Groups are counted, not blocks, so a double group adds one to the teacher's load. */
function loadWarnings(solution: Solution, member: StaffMember, group: SolutionGroup): string[] {
  if (member.maxGroups === null) return [];
  const others = solution.groups.filter(
    (g) => g.label !== group.label && g.teacher === member.code,
  ).length;
  const load = others + 1;
  if (load <= member.maxGroups) return [];
  return [
    `${teacherText(member.code, member)} would teach ${load} groups, over their maximum of ${member.maxGroups}.`,
  ];
}
