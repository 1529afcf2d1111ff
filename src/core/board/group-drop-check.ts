import type { Cohort, Course, StaffMember } from '../model';
import type { Solution, SolutionGroup } from '../solver';
import type { BoardConstraints, DropCheck } from './types';
import { blocksOrNone, blocksText, groupText, listText, teacherText } from './wording';

/**
 * Whether a group may move to `targetBlocks`, and every hard rule the move would break. Looks
 * only at the layout, not at pupils, so it is instant enough to run while a card is dragged.
 */
export function checkGroupDrop(
  cohort: Cohort,
  solution: Solution,
  groupLabel: string,
  targetBlocks: readonly string[],
  constraints: BoardConstraints = {},
): DropCheck {
  const group = solution.groups.find((g) => g.label === groupLabel);
  if (!group) return refuse([`There is no group ${groupLabel} in this plan.`]);
  const course = cohort.courses.find((c) => c.code === group.course);
  if (!course)
    return refuse([`${groupLabel} is a group of ${group.course}, which is no longer a course.`]);
  const unknown = targetBlocks.filter((block) => !cohort.blocks.includes(block));
  if (unknown.length > 0) {
    return refuse([
      `${listText(unknown)} ${unknown.length === 1 ? 'is not a block' : 'are not blocks'} of this plan.`,
    ]);
  }
  const blocks = [...new Set(targetBlocks)];
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const reasons = [
    ...spanReasons(group, course, blocks),
    ...allowedBlockReasons(course, blocks),
    ...pinReasons(group, course, blocks, constraints),
    ...ruleReasons(group, cohort, solution, blocks, constraints),
    ...teacherReasons(group, cohort, solution, blocks, staff.get(group.teacher ?? '')),
  ];
  return reasons.length === 0 ? { allowed: true, reasons: [] } : refuse(reasons);
}

function refuse(reasons: string[]): DropCheck {
  return { allowed: false, reasons };
}

function spanReasons(group: SolutionGroup, course: Course, blocks: readonly string[]): string[] {
  if (blocks.length === course.blocksSpanned) return [];
  if (course.blocksSpanned === 2) {
    return [
      `${course.name} is a double course: ${group.label} needs two different blocks, not ${blocksOrNone(blocks)}.`,
    ];
  }
  return [`${course.name} takes one block: ${group.label} cannot sit in ${blocksOrNone(blocks)}.`];
}

function allowedBlockReasons(course: Course, blocks: readonly string[]): string[] {
  if (course.allowedBlocks.length === 0) return [];
  const outside = blocks.filter((block) => !course.allowedBlocks.includes(block));
  if (outside.length === 0) return [];
  return [
    `${course.name} may sit only in ${blocksText(course.allowedBlocks)}, not in ${blocksText(outside)}.`,
  ];
}

function pinReasons(
  group: SolutionGroup,
  course: Course,
  blocks: readonly string[],
  constraints: BoardConstraints,
): string[] {
  const pinned = constraints.pins?.[group.label];
  if (!pinned || sameBlocks(pinned, blocks)) return [];
  return [
    `${groupText(group.label, course)} is pinned to ${blocksText(pinned)}; unpin it before moving it.`,
  ];
}

/** Groups kept apart may not share a block; groups kept together must share their blocks. */
function ruleReasons(
  group: SolutionGroup,
  cohort: Cohort,
  solution: Solution,
  blocks: readonly string[],
  constraints: BoardConstraints,
): string[] {
  const reasons: string[] = [];
  for (const rule of constraints.rules ?? []) {
    if (!rule.groups.includes(group.label)) continue;
    const otherLabel = rule.groups[0] === group.label ? rule.groups[1] : rule.groups[0];
    const other = solution.groups.find((g) => g.label === otherLabel);
    if (!other) continue;
    const otherText = groupText(
      other.label,
      cohort.courses.find((c) => c.code === other.course),
    );
    if (rule.kind === 'apart') {
      const shared = blocks.filter((block) => other.blocks.includes(block));
      if (shared.length > 0) {
        reasons.push(
          `${group.label} must not share a block with ${otherText}, which is in ${blocksText(shared)}.`,
        );
      }
    } else if (!sameBlocks(other.blocks, blocks)) {
      reasons.push(
        `${group.label} must stay with ${otherText}, which is in ${blocksOrNone(other.blocks)}.`,
      );
    }
  }
  return reasons;
}

/** The group keeps its teacher: they must be free in the new blocks and there at all. */
function teacherReasons(
  group: SolutionGroup,
  cohort: Cohort,
  solution: Solution,
  blocks: readonly string[],
  member: StaffMember | undefined,
): string[] {
  if (group.teacher === null) return [];
  const who = teacherText(group.teacher, member);
  const reasons: string[] = [];
  for (const other of solution.groups) {
    if (other.label === group.label || other.teacher !== group.teacher) continue;
    const shared = blocks.filter((block) => other.blocks.includes(block));
    if (shared.length === 0) continue;
    const otherCourse = cohort.courses.find((c) => c.code === other.course);
    reasons.push(
      `${who} already teaches ${groupText(other.label, otherCourse)} in ${blocksText(shared)}.`,
    );
  }
  const away = blocks.filter((block) => member?.unavailableBlocks.includes(block));
  if (away.length > 0) {
    reasons.push(`${who}, who teaches ${group.label}, is not available in ${blocksText(away)}.`);
  }
  return reasons;
}

function sameBlocks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((block) => b.includes(block));
}
