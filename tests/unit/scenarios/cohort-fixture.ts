import type { Cohort, Course, Pupil } from '../../../src/core/model';
import type { PupilPlacement, Solution, SolutionGroup } from '../../../src/core/solver';

function course(code: string, name: string, extra: Partial<Course> = {}): Course {
  return {
    code,
    name,
    maxGroupSize: 20,
    minGroupSize: 1,
    groups: null,
    blocksSpanned: 1,
    allowedBlocks: [],
    qualification: 'GCSE',
    category: null,
    ...extra,
  };
}

function pupil(upn: string, forename: string, surname: string, extra: Partial<Pupil>): Pupil {
  return {
    upn,
    forename,
    surname,
    form: '9A',
    gender: null,
    disadvantaged: false,
    send: 'N',
    eal: false,
    priorAttainment: { score: null, band: 'M' },
    pathway: null,
    ...extra,
  };
}

/**
 * Four pupils, five courses in three blocks and two teachers: small enough that every
 * difference a what-if makes is known by hand.
 */
export function smallCohort(): Cohort {
  return {
    blocks: ['A', 'B', 'C'],
    courses: [
      course('LAT', 'Latin'),
      course('FRE', 'French', { allowedBlocks: ['B', 'C'] }),
      course('HIS', 'History'),
      course('ART', 'Art', { minGroupSize: 8 }),
      course('GEO', 'Geography'),
    ],
    pupils: [
      pupil('P1', 'Ada', 'Byron', { gender: 'F', disadvantaged: true }),
      pupil('P2', 'Ben', 'Carter', { gender: 'M', send: 'K' }),
      pupil('P3', 'Cara', 'Dunn', { gender: 'F', eal: true }),
      pupil('P4', 'Dev', 'Evans', { gender: 'M' }),
    ],
    choices: [
      { upn: 'P1', choices: ['LAT', 'HIS', 'ART'], reserves: ['GEO'] },
      { upn: 'P2', choices: ['LAT', 'FRE', 'GEO'], reserves: ['HIS'] },
      { upn: 'P3', choices: ['FRE', 'HIS', 'ART'], reserves: ['LAT'] },
      { upn: 'P4', choices: ['HIS', 'GEO', 'ART'], reserves: [] },
    ],
    staff: [
      {
        code: 'SMI',
        name: 'Mr Smith',
        courses: ['LAT', 'FRE'],
        maxGroups: null,
        unavailableBlocks: ['C'],
      },
      {
        code: 'JON',
        name: 'Ms Jones',
        courses: ['HIS', 'ART', 'GEO'],
        maxGroups: null,
        unavailableBlocks: [],
      },
    ],
  };
}

/** A group in the given blocks with the given teacher. */
export function group(
  label: string,
  course: string,
  blocks: string[],
  teacher: string | null,
): SolutionGroup {
  return { label, course, blocks, teacher };
}

/** Seats given as upn → group labels; a seat in a course the pupil did not choose is a reserve. */
export function layout(
  cohort: Cohort,
  groups: SolutionGroup[],
  seats: Record<string, string[]>,
): Solution {
  const courseOf = new Map(groups.map((entry) => [entry.label, entry.course]));
  const placements: PupilPlacement[] = Object.entries(seats).flatMap(([upn, labels]) =>
    labels.map((label) => {
      const code = courseOf.get(label) ?? '';
      const chosen = cohort.choices.find((list) => list.upn === upn)?.choices ?? [];
      return { upn, course: code, group: label, reserve: !chosen.includes(code) };
    }),
  );
  return { groups, placements };
}
