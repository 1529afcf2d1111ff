import { join } from 'node:path';
import type { Course, Pupil } from '../../../src/core/model';
import type { Pathway } from '../../../src/core/pathways/types';
import {
  replaceChoices,
  upsertCourses,
  upsertPupils,
  writeBlocks,
} from '../../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';

/** A course as pathway rules see it; the rest of the fields are ordinary defaults. */
export function course(
  code: string,
  name: string,
  category: string,
  qualification = 'GCSE',
): Course {
  return {
    code,
    name,
    maxGroupSize: 30,
    minGroupSize: 1,
    groups: null,
    blocksSpanned: 1,
    allowedBlocks: [],
    qualification,
    category,
  };
}

export function pupil(
  upn: string,
  forename: string,
  surname: string,
  extra: Partial<Pupil> = {},
): Pupil {
  return {
    upn,
    surname,
    forename,
    form: '9A',
    gender: 'F',
    disadvantaged: false,
    send: 'N',
    eal: false,
    priorAttainment: { score: null, band: 'M' },
    pathway: null,
    ...extra,
  };
}

export const SMALL_COURSES: Course[] = [
  course('Fr', 'French', 'language'),
  course('Sp', 'Spanish', 'language'),
  course('Hi', 'History', 'humanity'),
  course('Gg', 'Geography', 'humanity'),
  course('Ar', 'Art', 'arts'),
  course('Hc', 'Health and Social Care', 'vocational', 'BTEC'),
  course('Ss', 'Study Skills', 'other', 'Other'),
];

/** Must choose a language and a humanity; four options. */
export const EBACC: Pathway = {
  code: 'EBACC',
  name: 'EBacc route',
  description: 'A language and a humanity',
  optionCount: 4,
  freeSlots: 0,
  rules: [
    { kind: 'choose-one-of', from: { kind: 'category', category: 'language' } },
    { kind: 'choose-one-of', from: { kind: 'category', category: 'humanity' } },
  ],
  eligibility: { bands: ['M', 'H'], note: '' },
};

/** Three options, one of them Study Skills. */
export const SUPPORTED: Pathway = {
  code: 'SUPPORTED',
  name: 'Supported route',
  description: 'Fewer options with Study Skills',
  optionCount: 3,
  freeSlots: 0,
  rules: [{ kind: 'must-include', course: 'Ss' }],
  eligibility: { bands: ['L'], note: 'Discuss with the SENCo' },
};

export const OPEN: Pathway = {
  code: 'OPEN',
  name: 'Open route',
  description: '',
  optionCount: 4,
  freeSlots: 1,
  rules: [],
  eligibility: { bands: [], note: '' },
};

/**
 * A plan with seven courses in four blocks and three pupils: Ann and Ben on the EBacc route
 * (Ben's choices have no language), Cara with no route yet.
 */
export function openSmallPlan(dir: string, name = 'small.ks4'): PlanDatabase {
  const db = openPlanFile(join(dir, name), { create: true });
  db.transaction(() => {
    writeBlocks(db, ['A', 'B', 'C', 'D']);
    upsertCourses(db, SMALL_COURSES);
    upsertPupils(db, [
      pupil('A100000000001', 'Ann', 'Archer', { priorAttainment: { score: null, band: 'H' } }),
      pupil('B100000000002', 'Ben', 'Baker', { gender: 'M' }),
      pupil('C100000000003', 'Cara', 'Cole', { priorAttainment: { score: null, band: 'L' } }),
    ]);
    replaceChoices(db, [
      { upn: 'A100000000001', choices: ['Fr', 'Hi', 'Ar', 'Gg'], reserves: ['Sp'] },
      { upn: 'B100000000002', choices: ['Hi', 'Gg', 'Ar', 'Hc'], reserves: [] },
      { upn: 'C100000000003', choices: ['Ar', 'Hc', 'Hi'], reserves: [] },
    ]);
  })();
  return db;
}

/** Puts pupils on a route directly, as pupils.csv's pathway column does. */
export function setAgreedRoute(db: PlanDatabase, upn: string, code: string | null): void {
  db.prepare('UPDATE pupils SET pathway_code = ? WHERE upn = ?').run(code, upn);
}
