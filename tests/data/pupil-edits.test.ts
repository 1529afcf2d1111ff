import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Course, Pupil } from '../../src/core/model';
import {
  readChoices,
  readPupils,
  replaceChoices,
  upsertCourses,
  upsertPupils,
  writeBlocks,
} from '../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import {
  editPupilChoices,
  editPupilRecord,
  PupilEditError,
  type PupilRecordChanges,
} from '../../src/data/plan/pupil-edits';
import { makeTempDir } from './plan/temp-plan';

let db: PlanDatabase;
let path: string;
let cleanup: () => void;

const course = (code: string, name: string): Course => ({
  code,
  name,
  maxGroupSize: 25,
  minGroupSize: 1,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: 'GCSE',
  category: null,
});

const pupil = (upn: string, forename: string, surname: string): Pupil => ({
  upn,
  surname,
  forename,
  form: '9A',
  gender: 'F',
  disadvantaged: false,
  send: 'N',
  eal: false,
  priorAttainment: { score: 104, band: 'M' },
  pathway: null,
});

beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  path = join(temp.dir, 'plan.ks4');
  db = openPlanFile(path, { create: true });
  db.transaction(() => {
    writeBlocks(db, ['A', 'B', 'C']);
    upsertCourses(db, [
      course('HI', 'History'),
      course('GG', 'Geography'),
      course('FR', 'French'),
      course('AR', 'Art'),
      course('CS', 'Computer Science'),
    ]);
    upsertPupils(db, [pupil('A100', 'Zoë', 'Adams'), pupil('B200', 'Ben', 'Okafor')]);
    replaceChoices(db, [
      { upn: 'A100', choices: ['HI', 'FR', 'AR'], reserves: ['GG'] },
      { upn: 'B200', choices: ['GG', 'CS', 'AR'], reserves: ['HI'] },
    ]);
  })();
});
afterEach(() => {
  db.close();
  cleanup();
});

/** Reads the file afresh through a second connection, as the next session would. */
function reopened<T>(read: (other: PlanDatabase) => T): T {
  const other = openPlanFile(path);
  try {
    return read(other);
  } finally {
    other.close();
  }
}

const unchangedRecord: PupilRecordChanges = {
  form: '9A',
  gender: 'F',
  disadvantaged: false,
  send: 'N',
  eal: false,
  priorAttainment: { score: 104, band: 'M' },
};

function refusal(edit: () => unknown): PupilEditError {
  const before = db.serialize();
  let caught: unknown;
  try {
    edit();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PupilEditError);
  // Nothing at all was written: the database's bytes are the same.
  expect(db.serialize().equals(before)).toBe(true);
  return caught as PupilEditError;
}

describe('editing a pupil’s choices', () => {
  it('saves the new ranked choices and reserves and leaves other pupils alone', () => {
    const saved = editPupilChoices(db, 'a100', { choices: ['fr', 'CS', 'HI'], reserves: ['AR'] });
    expect(saved.list).toEqual({ upn: 'A100', choices: ['FR', 'CS', 'HI'], reserves: ['AR'] });
    expect(reopened(readChoices)).toEqual([
      { upn: 'A100', choices: ['FR', 'CS', 'HI'], reserves: ['AR'] },
      { upn: 'B200', choices: ['GG', 'CS', 'AR'], reserves: ['HI'] },
    ]);
  });

  it('refuses a code that is not a course, naming the pupil and the code', () => {
    const error = refusal(() =>
      editPupilChoices(db, 'A100', { choices: ['HI', 'LAT'], reserves: [] }),
    );
    expect(error.field).toBe('choices');
    expect(error.message).toContain('Zoë Adams’s choice 2 is "LAT"');
    expect(error.message).toContain('not a course in this plan');
  });

  it('refuses a course listed twice among the choices', () => {
    const error = refusal(() =>
      editPupilChoices(db, 'A100', { choices: ['HI', 'FR', 'hi'], reserves: [] }),
    );
    expect(error.field).toBe('choices');
    expect(error.message).toContain('History (HI) is listed twice in Zoë Adams’s choices');
  });

  it('refuses a course listed twice among the reserves', () => {
    const error = refusal(() =>
      editPupilChoices(db, 'A100', { choices: ['HI'], reserves: ['GG', 'GG'] }),
    );
    expect(error.field).toBe('reserves');
    expect(error.message).toContain('Geography (GG) is listed twice in Zoë Adams’s reserves');
  });

  it('refuses a reserve that is also a choice', () => {
    const error = refusal(() =>
      editPupilChoices(db, 'B200', { choices: ['GG', 'CS'], reserves: ['CS'] }),
    );
    expect(error.field).toBe('reserves');
    expect(error.message).toContain(
      'Computer Science (CS) is one of Ben Okafor’s choices, so it cannot also be a reserve',
    );
  });

  it('refuses an empty line and a pupil the plan does not have', () => {
    expect(
      refusal(() => editPupilChoices(db, 'A100', { choices: ['HI', ' '], reserves: [] })).message,
    ).toContain('Zoë Adams’s choice 2 has no course');
    expect(
      refusal(() => editPupilChoices(db, 'Z999', { choices: ['HI'], reserves: [] })).message,
    ).toContain('There is no pupil with UPN Z999');
  });
});

describe('editing a pupil’s record', () => {
  it('saves form, gender, flags and prior attainment, keeping name, route and choices', () => {
    const saved = editPupilRecord(db, 'A100', {
      form: ' 9C ',
      gender: '',
      disadvantaged: true,
      send: 'K',
      eal: true,
      priorAttainment: { score: 112.5, band: null },
    });
    const expected: Pupil = {
      upn: 'A100',
      surname: 'Adams',
      forename: 'Zoë',
      form: '9C',
      gender: null,
      disadvantaged: true,
      send: 'K',
      eal: true,
      // The band follows from the score when none is given.
      priorAttainment: { score: 112.5, band: 'H' },
      pathway: null,
    };
    expect(saved).toEqual(expected);
    expect(reopened(readPupils)[0]).toEqual(expected);
    expect(reopened(readChoices)[0]).toEqual({
      upn: 'A100',
      choices: ['HI', 'FR', 'AR'],
      reserves: ['GG'],
    });
  });

  it('keeps a band given without a score', () => {
    const saved = editPupilRecord(db, 'B200', {
      ...unchangedRecord,
      priorAttainment: { score: null, band: 'L' },
    });
    expect(saved.priorAttainment).toEqual({ score: null, band: 'L' });
  });

  it('refuses a score outside the KS2 scale', () => {
    const error = refusal(() =>
      editPupilRecord(db, 'A100', {
        ...unchangedRecord,
        priorAttainment: { score: 135, band: null },
      }),
    );
    expect(error.field).toBe('priorAttainment');
    expect(error.message).toContain('135 is not a KS2 scaled score for Zoë Adams');
  });

  it('never changes the agreed route: that takes a recorded decision', () => {
    db.prepare("UPDATE pupils SET pathway_code = 'VOC' WHERE upn = 'A100'").run();
    const saved = editPupilRecord(db, 'A100', { ...unchangedRecord, eal: true });
    expect(saved).toMatchObject({ pathway: 'VOC', eal: true });
    expect(reopened(readPupils)[0]).toMatchObject({ pathway: 'VOC', eal: true });
  });
});
