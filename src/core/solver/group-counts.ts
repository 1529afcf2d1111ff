import { courseDemand } from '../demand';
import type { Cohort, Course } from '../model';
import { bitCount, maskOfNames } from './masks';

export interface GroupCountDecision {
  counts: Map<string, number>;
  problems: string[];
}

/** Whether the plan staffs its groups: an empty staff list means staffing is left for later. */
export function staffingPlanned(cohort: Pick<Cohort, 'staff'>): boolean {
  return cohort.staff.length > 0;
}

/**
 * Groups of the course its qualified staff could teach, each teacher on their own (unbounded
 * when staffing is not planned).
 */
export function staffableGroups(cohort: Cohort, course: Course): number {
  if (!staffingPlanned(cohort)) return Infinity;
  const all = (1 << cohort.blocks.length) - 1;
  const allowed =
    course.allowedBlocks.length === 0 ? all : maskOfNames(course.allowedBlocks, cohort.blocks);
  let groups = 0;
  for (const member of cohort.staff) {
    if (!member.courses.includes(course.code)) continue;
    const free = bitCount(allowed & ~maskOfNames(member.unavailableBlocks, cohort.blocks) & all);
    // A double group needs two free blocks but counts as one group against max_groups.
    groups += Math.min(
      Math.floor(free / course.blocksSpanned),
      member.maxGroups ?? cohort.blocks.length,
    );
  }
  return groups;
}

/**
 * Groups per course: the user's override, else the course's fixed count, else enough groups to
 * seat the demand at the maximum size without falling under the minimum size, within staffing.
 */
export function decideGroupCounts(
  cohort: Cohort,
  overrides: Record<string, number> = {},
): GroupCountDecision {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const known = new Set(cohort.courses.map((course) => course.code));
  for (const [code, count] of Object.entries(overrides)) {
    if (!known.has(code))
      problems.push(`A group count was given for "${code}", which is not a course.`);
    else if (!Number.isInteger(count) || count < 0) {
      problems.push(`The number of groups for ${code} must be a whole number, not ${count}.`);
    }
  }
  const demand = new Map(courseDemand(cohort).map((entry) => [entry.code, entry.total]));
  for (const course of cohort.courses) {
    const wanted = demand.get(course.code) ?? 0;
    const staffable = staffableGroups(cohort, course);
    const fixed = overrides[course.code] ?? course.groups;
    let count: number;
    if (fixed !== null) {
      count = fixed;
      if (count > staffable) {
        problems.push(
          `${course.name} is set to run ${plural(count, 'group')}, but its teachers have time for ${staffable}.`,
        );
      }
    } else {
      const bySize = wanted === 0 ? 0 : Math.ceil(wanted / Math.max(1, course.maxGroupSize));
      const byMinimum = Math.max(1, Math.floor(wanted / Math.max(1, course.minGroupSize)));
      count = Math.min(bySize, byMinimum, staffable);
    }
    const qualified = cohort.staff.some((member) => member.courses.includes(course.code));
    if (!staffingPlanned(cohort)) {
      // No staff list yet: groups are placed and seated, and staffed later.
    } else if (wanted > 0 && !qualified) {
      problems.push(
        `Nobody can teach ${course.name}, which ${plural(wanted, 'pupil')} chose: add a teacher who can take it.`,
      );
    } else if (wanted > 0 && staffable === 0 && placeable(cohort, course)) {
      problems.push(
        `The teachers of ${course.name}, which ${plural(wanted, 'pupil')} chose, are not free in any block it may run in.`,
      );
    }
    counts.set(course.code, Number.isInteger(count) && count > 0 ? count : 0);
  }
  return { counts, problems };
}

/** Whether the course has blocks enough for one group (a double needs two). */
function placeable(cohort: Cohort, course: Course): boolean {
  const allowed = course.allowedBlocks.filter((name) => cohort.blocks.includes(name)).length;
  return (
    (course.allowedBlocks.length === 0 ? cohort.blocks.length : allowed) >= course.blocksSpanned
  );
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
