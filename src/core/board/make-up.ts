import type { Cohort, Course, Pupil, StaffMember } from '../model';
import type { Solution, SolutionGroup } from '../solver';
import type { BoardTeacher, GroupMakeUp } from './types';

/** How an unrecorded gender or prior-attainment band is counted and shown. */
export const NOT_RECORDED = 'Not recorded';

/** The traits a group's make-up counts, read once per pupil. */
export interface PupilTraits {
  gender: string;
  band: string;
  disadvantaged: boolean;
  send: boolean;
  eal: boolean;
}

/** A pupil missing from the cohort still counts, with nothing recorded about them. */
export function traitsOf(pupil: Pupil | undefined): PupilTraits {
  return {
    gender: pupil?.gender ?? NOT_RECORDED,
    band: pupil?.priorAttainment.band ?? NOT_RECORDED,
    disadvantaged: pupil?.disadvantaged ?? false,
    send: hasSend(pupil),
    eal: pupil?.eal ?? false,
  };
}

/** Any SEND status other than none: SEN support or an EHC plan. */
export function hasSend(pupil: Pupil | undefined): boolean {
  return pupil !== undefined && pupil.send !== 'N';
}

export function teacherOf(code: string | null, staff: readonly StaffMember[]): BoardTeacher | null {
  if (code === null) return null;
  return { code, name: staff.find((member) => member.code === code)?.name ?? code };
}

export function pupilsByUpn(cohort: Cohort): Map<string, Pupil> {
  return new Map(cohort.pupils.map((pupil) => [pupil.upn, pupil]));
}

/** The make-up of one group from the pupils seated in it. */
export function makeUpOf(
  cohort: Cohort,
  pupils: ReadonlyMap<string, Pupil>,
  group: SolutionGroup,
  upns: readonly string[],
): GroupMakeUp {
  const course: Course | undefined = cohort.courses.find((c) => c.code === group.course);
  const makeUp: GroupMakeUp = {
    group: group.label,
    blocks: [...group.blocks],
    teacher: teacherOf(group.teacher, cohort.staff),
    size: upns.length,
    maxGroupSize: course?.maxGroupSize ?? 0,
    byGender: {},
    byPriorAttainment: {},
    disadvantaged: 0,
    send: 0,
    eal: 0,
  };
  for (const upn of upns) {
    const traits = traitsOf(pupils.get(upn));
    makeUp.byGender[traits.gender] = (makeUp.byGender[traits.gender] ?? 0) + 1;
    makeUp.byPriorAttainment[traits.band] = (makeUp.byPriorAttainment[traits.band] ?? 0) + 1;
    if (traits.disadvantaged) makeUp.disadvantaged += 1;
    if (traits.send) makeUp.send += 1;
    if (traits.eal) makeUp.eal += 1;
  }
  return makeUp;
}

/** Pupils seated in each group, in the order of the placements. */
export function seatsByGroup(solution: Solution): Map<string, string[]> {
  const seats = new Map<string, string[]>();
  for (const placement of solution.placements) {
    const list = seats.get(placement.group) ?? [];
    list.push(placement.upn);
    seats.set(placement.group, list);
  }
  return seats;
}

/** The make-up of every group of a course, in block order. */
export function courseMakeUps(
  cohort: Cohort,
  solution: Solution,
  courseCode: string,
  compare: (a: SolutionGroup, b: SolutionGroup) => number,
): GroupMakeUp[] {
  const pupils = pupilsByUpn(cohort);
  const seats = seatsByGroup(solution);
  return solution.groups
    .filter((group) => group.course === courseCode)
    .sort(compare)
    .map((group) => makeUpOf(cohort, pupils, group, seats.get(group.label) ?? []));
}
