import type { PlacedGroup, PupilAllocation } from '../../src/core/layout';
import type { Cohort } from '../../src/core/model';

/**
 * An independent check of a layout (and optionally staffing and an allocation) against every
 * rule of the cohort, written plainly without the engine's code. Returns the problems found.
 */
export function layoutProblems(
  cohort: Cohort,
  layout: readonly PlacedGroup[],
  options: { staff?: boolean; allocation?: readonly PupilAllocation[] } = {},
): string[] {
  const problems: string[] = [];
  const byLabel = new Map<string, PlacedGroup>();
  for (const group of layout) {
    if (byLabel.has(group.label)) problems.push(`${group.label} is listed twice`);
    byLabel.set(group.label, group);
    const course = cohort.courses.find((c) => c.code === group.course);
    if (!course) {
      problems.push(`${group.label} teaches unknown course ${group.course}`);
      continue;
    }
    if (
      new Set(group.blocks).size !== course.blocksSpanned ||
      group.blocks.length !== course.blocksSpanned
    ) {
      problems.push(
        `${group.label} sits in ${group.blocks.join('+')}, not ${course.blocksSpanned} block(s)`,
      );
    }
    for (const block of group.blocks) {
      if (!cohort.blocks.includes(block))
        problems.push(`${group.label} is in unknown block ${block}`);
      if (course.allowedBlocks.length > 0 && !course.allowedBlocks.includes(block)) {
        problems.push(`${group.label} is in block ${block}, which ${course.code} may not use`);
      }
    }
  }
  for (const course of cohort.courses) {
    const count = layout.filter((group) => group.course === course.code).length;
    if (course.groups !== null && count !== course.groups) {
      problems.push(`${course.code} runs ${count} groups, not ${course.groups}`);
    }
  }
  if (options.staff) problems.push(...staffProblems(cohort, layout));
  if (options.allocation) problems.push(...allocationProblems(cohort, byLabel, options.allocation));
  return problems;
}

function staffProblems(cohort: Cohort, layout: readonly PlacedGroup[]): string[] {
  const problems: string[] = [];
  for (const member of cohort.staff) {
    const mine = layout.filter((group) => group.teacher === member.code);
    const limit = member.maxGroups ?? cohort.blocks.length;
    if (mine.length > limit)
      problems.push(`${member.code} teaches ${mine.length} > ${limit} groups`);
    const seen = new Set<string>();
    for (const group of mine) {
      if (!member.courses.includes(group.course)) {
        problems.push(`${member.code} cannot teach ${group.course} (${group.label})`);
      }
      for (const block of group.blocks) {
        if (seen.has(block)) problems.push(`${member.code} has two groups in block ${block}`);
        if (member.unavailableBlocks.includes(block)) {
          problems.push(`${member.code} is away in block ${block} (${group.label})`);
        }
        seen.add(block);
      }
    }
  }
  for (const group of layout) {
    if (group.teacher !== null && !cohort.staff.some((member) => member.code === group.teacher)) {
      problems.push(`${group.label} has unknown teacher ${group.teacher}`);
    }
  }
  return problems;
}

function allocationProblems(
  cohort: Cohort,
  byLabel: ReadonlyMap<string, PlacedGroup>,
  allocation: readonly PupilAllocation[],
): string[] {
  const problems: string[] = [];
  const sizes = new Map<string, number>();
  for (const entry of allocation) {
    const choices = cohort.choices.find((list) => list.upn === entry.upn)?.choices ?? [];
    const courses = new Set<string>();
    const blocks = new Set<string>();
    for (const label of entry.groups) {
      const group = byLabel.get(label);
      if (!group) {
        problems.push(`${entry.upn} is in unknown group ${label}`);
        continue;
      }
      sizes.set(label, (sizes.get(label) ?? 0) + 1);
      if (!choices.includes(group.course))
        problems.push(`${entry.upn} did not choose ${group.course}`);
      if (courses.has(group.course)) problems.push(`${entry.upn} takes ${group.course} twice`);
      courses.add(group.course);
      for (const block of group.blocks) {
        if (blocks.has(block)) problems.push(`${entry.upn} has two groups in block ${block}`);
        blocks.add(block);
      }
    }
  }
  for (const [label, size] of sizes) {
    const course = cohort.courses.find((c) => c.code === byLabel.get(label)?.course);
    if (course && size > course.maxGroupSize) {
      problems.push(`${label} has ${size} pupils, over ${course.maxGroupSize}`);
    }
  }
  return problems;
}

/** Pupils whose every choice has a group in the allocation. */
export function fullySatisfiedCount(
  cohort: Cohort,
  layout: readonly PlacedGroup[],
  allocation: readonly PupilAllocation[],
): number {
  const courseOf = new Map(layout.map((group) => [group.label, group.course]));
  return cohort.choices.filter((list) => {
    const taken = allocation.find((entry) => entry.upn === list.upn)?.groups ?? [];
    const courses = new Set(taken.map((label) => courseOf.get(label)));
    return list.choices.every((code) => courses.has(code));
  }).length;
}
