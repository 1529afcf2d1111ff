import type { Cohort, Course, StaffMember } from '../model';
import { computeMetrics, type Solution, type SolutionGroup, type SolverMetrics } from '../solver';
import { compareOptionalText, compareText } from './order';
import type { BoardCard, BoardColumn, BoardTeacher, BoardView } from './types';

/**
 * The board drawn from a solution: a column per block in the plan's block order, a card per
 * group in each block it sits in. `metrics` may be passed when already known, to save measuring.
 */
export function boardView(cohort: Cohort, solution: Solution, metrics?: SolverMetrics): BoardView {
  const courses = new Map(cohort.courses.map((course) => [course.code, course]));
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const members = membersByGroup(solution);
  const cards = solution.groups.map((group) =>
    cardOf(group, courses.get(group.course), staff, members.get(group.label)?.size ?? 0),
  );
  const columns: BoardColumn[] = cohort.blocks.map((block) => {
    const here = cards.filter((card) => card.blocks.includes(block)).sort(compareCards);
    const pupils = new Set(here.flatMap((card) => [...(members.get(card.group) ?? [])]));
    return { block, pupils: pupils.size, groups: here.length, cards: here };
  });
  const unplaced = cards
    .filter((card) => !card.blocks.some((block) => cohort.blocks.includes(block)))
    .sort(compareCards);
  return { columns, unplaced, metrics: metrics ?? computeMetrics(cohort, solution) };
}

function membersByGroup(solution: Solution): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const placement of solution.placements) {
    const set = members.get(placement.group) ?? new Set<string>();
    set.add(placement.upn);
    members.set(placement.group, set);
  }
  return members;
}

function cardOf(
  group: SolutionGroup,
  course: Course | undefined,
  staff: ReadonlyMap<string, StaffMember>,
  size: number,
): BoardCard {
  const maxGroupSize = course?.maxGroupSize ?? 0;
  return {
    group: group.label,
    courseCode: group.course,
    courseName: course?.name ?? group.course,
    category: course?.category ?? null,
    teacher: teacherOf(group.teacher, staff),
    size,
    maxGroupSize,
    blocks: [...group.blocks],
    spansTwoBlocks: group.blocks.length === 2,
    overLimit: course !== undefined && size > maxGroupSize,
  };
}

/** A teacher missing from the staff list is still shown, by code, rather than dropped. */
function teacherOf(
  code: string | null,
  staff: ReadonlyMap<string, StaffMember>,
): BoardTeacher | null {
  if (code === null) return null;
  return { code, name: staff.get(code)?.name ?? code };
}

function compareCards(a: BoardCard, b: BoardCard): number {
  return (
    compareOptionalText(a.category, b.category) ||
    compareText(a.courseName, b.courseName) ||
    compareText(a.courseCode, b.courseCode) ||
    compareText(a.group, b.group)
  );
}
