import type { Cohort, Pupil } from '../model';
import { pupilDisplayName } from '../model';
import type { PupilPlacement } from '../solver';
import { compareGroupsByBlock } from './group-order';
import { courseMakeUps, makeUpOf, pupilsByUpn, traitsOf } from './make-up';
import { compareText } from './order';
import type { BoardState, GroupDetail, GroupMember } from './types';

/**
 * One group opened up: who is in it, with the flags a deputy head balances groups by, and the
 * make-up of the course's other groups to compare it with.
 */
export function groupDetail(cohort: Cohort, state: BoardState, groupLabel: string): GroupDetail {
  const { solution } = state;
  const group = solution.groups.find((g) => g.label === groupLabel);
  if (!group) throw new Error(`There is no group ${groupLabel} in this scenario.`);
  const course = cohort.courses.find((c) => c.code === group.course);
  const pupils = pupilsByUpn(cohort);
  const seats = solution.placements.filter((placement) => placement.group === group.label);
  const members = seats
    .map((placement) => memberOf(placement, pupils.get(placement.upn), state))
    .sort(compareMembers(pupils));
  return {
    ...makeUpOf(
      cohort,
      pupils,
      group,
      seats.map((placement) => placement.upn),
    ),
    courseCode: group.course,
    courseName: course?.name ?? group.course,
    pinned: state.pins[group.label] !== undefined,
    members,
    parallel: courseMakeUps(cohort, solution, group.course, compareGroupsByBlock(cohort.blocks)),
  };
}

function memberOf(
  placement: PupilPlacement,
  pupil: Pupil | undefined,
  state: BoardState,
): GroupMember {
  const traits = traitsOf(pupil);
  return {
    upn: placement.upn,
    name: pupil ? pupilDisplayName(pupil) : placement.upn,
    form: pupil?.form ?? null,
    gender: pupil?.gender ?? null,
    priorAttainment: pupil?.priorAttainment.band ?? null,
    disadvantaged: traits.disadvantaged,
    send: traits.send,
    eal: traits.eal,
    locked: state.lockedPlacements.some(
      (lock) =>
        lock.upn === placement.upn &&
        lock.course === placement.course &&
        lock.group === placement.group,
    ),
    reserve: placement.reserve,
  };
}

/** By surname, then forename, as a register is read; UPN keeps namesakes in a fixed order. */
function compareMembers(
  pupils: ReadonlyMap<string, Pupil>,
): (a: GroupMember, b: GroupMember) => number {
  return (a, b) => {
    const pa = pupils.get(a.upn);
    const pb = pupils.get(b.upn);
    return (
      compareText(pa?.surname ?? a.upn, pb?.surname ?? b.upn) ||
      compareText(pa?.forename ?? '', pb?.forename ?? '') ||
      compareText(a.upn, b.upn)
    );
  };
}
