import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Course } from '../../../src/core/model';
import {
  readBlocks,
  readChoices,
  readCourses,
  replaceChoices,
  upsertCourses,
  upsertPupils,
  writeBlocks,
} from '../../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { makeTempDir } from './temp-plan';

let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = openPlanFile(join(temp.dir, 'plan.ks4'), { create: true });
});
afterEach(() => {
  db.close();
  cleanup();
});

const course = (code: string, allowedBlocks: string[] = []): Course => ({
  code,
  name: `Course ${code}`,
  maxGroupSize: 30,
  minGroupSize: 1,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks,
  qualification: 'GCSE',
  category: null,
});

describe('blocks', () => {
  it('keeps a course’s allowed blocks when other blocks are renamed or added', () => {
    writeBlocks(db, ['A', 'B', 'C']);
    upsertCourses(db, [course('Col', ['C'])]);
    writeBlocks(db, ['X', 'C', 'Y', 'Z']);
    expect(readBlocks(db)).toEqual(['X', 'C', 'Y', 'Z']);
    expect(readCourses(db)[0]?.allowedBlocks).toEqual(['C']);
  });
});

describe('choices', () => {
  it('replaces a pupil’s whole list and keeps other pupils’ lists', () => {
    writeBlocks(db, ['A', 'B']);
    upsertCourses(db, [course('Hi'), course('Gg'), course('Fr'), course('Ar')]);
    const pupil = { surname: 'S', forename: 'F', form: null, gender: null, disadvantaged: false };
    const flags = { send: 'N' as const, eal: false, priorAttainment: { score: null, band: null } };
    upsertPupils(db, [
      { upn: 'A1', ...pupil, ...flags, pathway: null },
      { upn: 'A2', ...pupil, ...flags, pathway: null },
    ]);
    replaceChoices(db, [
      { upn: 'A1', choices: ['Hi', 'Gg'], reserves: ['Fr'] },
      { upn: 'A2', choices: ['Ar'], reserves: [] },
    ]);
    replaceChoices(db, [{ upn: 'A1', choices: ['Fr', 'Hi'], reserves: ['Ar'] }]);
    expect(readChoices(db)).toEqual([
      { upn: 'A1', choices: ['Fr', 'Hi'], reserves: ['Ar'] },
      { upn: 'A2', choices: ['Ar'], reserves: [] },
    ]);
  });
});
