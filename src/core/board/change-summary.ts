import type { Cohort } from '../model';
import { pupilDisplayName } from '../model';
import { satisfiedPupils } from '../counselling/layout';
import type { SolutionGroup } from '../solver';
import { compareText } from './order';
import { timetableChanges } from './timetable-changes';
import type { BoardChangeSummary, BoardState } from './types';
import { teacherText } from './wording';

/**
 * What changed between two board states, for a deputy head to read after a re-solve or any
 * larger action: groups that changed blocks, teachers that changed, pupils who changed group in
 * a course they still take, and who gained or lost a full timetable.
 */
export function summariseChange(
  cohort: Cohort,
  before: BoardState,
  after: BoardState,
): BoardChangeSummary {
  const courseName = new Map(cohort.courses.map((course) => [course.code, course.name]));
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const nameOfCourse = (code: string): string => courseName.get(code) ?? code;
  const teacherName = (code: string | null): string | null =>
    code === null ? null : teacherText(code, staff.get(code));
  const earlier = new Map(before.solution.groups.map((group) => [group.label, group]));
  const kept = after.solution.groups
    .flatMap((group) => {
      const old = earlier.get(group.label);
      return old ? [{ old, group }] : [];
    })
    .sort((a, b) => compareGroups(cohort.blocks, a.group, b.group));

  const groupsMoved = kept
    .filter(({ old, group }) => !sameBlocks(old.blocks, group.blocks))
    .map(({ old, group }) => ({
      group: group.label,
      courseName: nameOfCourse(group.course),
      from: inBlockOrder(cohort.blocks, old.blocks),
      to: inBlockOrder(cohort.blocks, group.blocks),
    }));
  const teachersChanged = kept
    .filter(({ old, group }) => old.teacher !== group.teacher)
    .map(({ old, group }) => ({
      group: group.label,
      courseName: nameOfCourse(group.course),
      from: teacherName(old.teacher),
      to: teacherName(group.teacher),
    }));

  const seatBefore = new Map(
    before.solution.placements.map((p) => [`${p.upn}\u0000${p.course}`, p.group]),
  );
  const pupils = new Map(cohort.pupils.map((pupil) => [pupil.upn, pupil]));
  const pupilsMoved = after.solution.placements
    .flatMap((placement) => {
      const from = seatBefore.get(`${placement.upn}\u0000${placement.course}`);
      if (from === undefined || from === placement.group) return [];
      const pupil = pupils.get(placement.upn);
      return [
        {
          move: {
            upn: placement.upn,
            name: pupil ? pupilDisplayName(pupil) : placement.upn,
            course: nameOfCourse(placement.course),
            from,
            to: placement.group,
          },
          key: pupil ? `${pupil.surname} ${pupil.forename}` : placement.upn,
        },
      ];
    })
    .sort(
      (a, b) =>
        compareText(a.key, b.key) ||
        compareText(a.move.upn, b.move.upn) ||
        compareText(a.move.course, b.move.course),
    )
    .map(({ move }) => move);

  return {
    groupsMoved,
    teachersChanged,
    pupilsMoved,
    ...timetableChanges(
      cohort,
      satisfiedPupils(cohort, before.solution),
      satisfiedPupils(cohort, after.solution),
    ),
  };
}

/** By the first block a group sits in (as the plan orders blocks), then by label. */
function compareGroups(blocks: readonly string[], a: SolutionGroup, b: SolutionGroup): number {
  return firstBlock(blocks, a) - firstBlock(blocks, b) || compareText(a.label, b.label);
}

function firstBlock(blocks: readonly string[], group: SolutionGroup): number {
  const positions = group.blocks.map((block) => blocks.indexOf(block)).filter((i) => i >= 0);
  return positions.length > 0 ? Math.min(...positions) : blocks.length;
}

function inBlockOrder(blocks: readonly string[], these: readonly string[]): string[] {
  const position = (block: string): number => {
    const i = blocks.indexOf(block);
    return i < 0 ? blocks.length : i;
  };
  return [...these].sort((a, b) => position(a) - position(b) || compareText(a, b));
}

function sameBlocks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((block) => b.includes(block));
}
