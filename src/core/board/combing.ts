import type { Cohort, StaffMember } from '../model';
import type { Solution, SolutionGroup } from '../solver';
import { compareGroupsByBlock } from './group-order';
import { compareText } from './order';
import type { CombingCell, CombingChart, CombingRow } from './types';

/**
 * The staffing "combing chart": a row per teacher, a cell per block with the groups they teach
 * there, so clashes, free periods and loads can be read across at a glance.
 */
export function combingChart(cohort: Cohort, solution: Solution): CombingChart {
  const byBlock = compareGroupsByBlock(cohort.blocks);
  const groups = [...solution.groups].sort(byBlock);
  const rows = staffOf(cohort, groups).map((member) => rowOf(cohort, groups, member));
  const unstaffed = groups
    .filter((group) => group.teacher === null)
    .map((group) => ({
      group: group.label,
      courseCode: group.course,
      courseName: courseName(cohort, group.course),
      blocks: [...group.blocks],
    }));
  const clashes = rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell.clash).length, 0);
  return { blocks: [...cohort.blocks], rows, unstaffed, clashes };
}

/**
 * The staff list, then any teacher a group names who is not on it (so their groups are not
 * hidden), known by code only.
 */
function staffOf(cohort: Cohort, groups: readonly SolutionGroup[]): StaffMember[] {
  const known = new Set(cohort.staff.map((member) => member.code));
  const missing = [
    ...new Set(
      groups.flatMap((group) =>
        group.teacher !== null && !known.has(group.teacher) ? [group.teacher] : [],
      ),
    ),
  ].sort(compareText);
  return [
    ...cohort.staff,
    ...missing.map((code) => ({
      code,
      name: code,
      courses: [],
      maxGroups: null,
      unavailableBlocks: [],
    })),
  ];
}

function rowOf(cohort: Cohort, groups: readonly SolutionGroup[], member: StaffMember): CombingRow {
  const taught = groups.filter((group) => group.teacher === member.code);
  const cells = cohort.blocks.map((block): CombingCell => {
    const here = taught.filter((group) => group.blocks.includes(block));
    const unavailable = member.unavailableBlocks.includes(block);
    return {
      block,
      groups: here.map((group) => {
        const course = cohort.courses.find((c) => c.code === group.course);
        return {
          group: group.label,
          courseCode: group.course,
          courseName: course?.name ?? group.course,
          category: course?.category ?? null,
        };
      }),
      unavailable,
      clash: here.length > 1,
      free: !unavailable && here.length === 0,
    };
  });
  const load = taught.length;
  return {
    code: member.code,
    name: member.name,
    load,
    maxGroups: member.maxGroups,
    overLoad: member.maxGroups !== null && load > member.maxGroups,
    cells,
    courses: [...member.courses],
  };
}

function courseName(cohort: Cohort, code: string): string {
  return cohort.courses.find((c) => c.code === code)?.name ?? code;
}
