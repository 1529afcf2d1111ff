import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue, importIntoPlan, validateImport } from '../../../src/data/import';
import { readCohort } from '../../../src/data/plan/cohort-repository';
import { sha256OfFile } from '../plan/temp-plan';
import {
  BLOCKS,
  anIssue,
  errorsOf,
  failedImport,
  makeWorkspace,
  type Workspace,
} from './import-helpers';

let ws: Workspace;
beforeEach(() => (ws = makeWorkspace()));
afterEach(() => ws.cleanup());

const FORM = 'option-form-download.csv';
const MIS = 'student-list-mis-export.csv';

describe('MIS student list export (Windows-1252, quoted, word flags)', () => {
  it('imports every pupil with names, flags, SEND, EAL and attainment read correctly', async () => {
    const result = await importIntoPlan(ws.db, { pupils: { path: ws.fixture(MIS) } });

    expect(result.counts.pupils).toEqual({ added: 30, updated: 0 });
    expect(result.files[0]).toMatchObject({ encoding: 'Windows-1252', preset: 'mis-student-list' });
    expect(result.warnings.map(formatIssue)).toEqual([
      `${MIS}, column "Year": this column is ignored: the planner does not use it.`,
      `${MIS}, column "Adno": this column is ignored: the planner does not use it.`,
      `${MIS}, column "Date of Birth": this column is ignored: the planner does not use it.`,
      `${MIS}, column "FSM Eligible": this column is ignored: the planner does not use it.`,
    ]);
    const pupils = new Map(readCohort(ws.db).pupils.map((pupil) => [pupil.upn, pupil]));
    expect(pupils.get('A800000007919')).toEqual({
      upn: 'A800000007919',
      surname: 'Ünal',
      forename: 'Jack',
      form: '9B',
      gender: 'Male',
      disadvantaged: false,
      send: 'E',
      eal: true,
      priorAttainment: { score: 98.8, band: 'L' },
      pathway: null,
    });
    expect(pupils.get('A800000221732')).toMatchObject({
      forename: 'Chloé',
      surname: 'Taylor',
      send: 'K',
      disadvantaged: true,
    });
    // Disadvantaged comes from the pupil premium column, not FSM ("Yes" there, "False" here).
    expect(pupils.get('A800000031676')).toMatchObject({
      disadvantaged: false,
      eal: false,
      priorAttainment: { score: 103.7, band: 'M' },
    });
    // A blank KS2 score is allowed; Urdu as a first language means EAL.
    expect(pupils.get('A800000174218')).toMatchObject({
      eal: true,
      priorAttainment: { score: null, band: null },
    });
    expect(pupils.get('A800000000000')).toMatchObject({ send: 'N', disadvantaged: true });
  });
});

describe('online options form download (UTF-8 with BOM, names not UPNs, course names)', () => {
  const request = () => ({
    blocks: BLOCKS,
    subjects: { path: ws.fixture('option-form-subjects.csv') },
    aliases: { path: ws.fixture('option-form-aliases.csv') },
    pupils: { path: ws.fixture(MIS) },
    choices: { path: ws.fixture(FORM) },
  });

  it('reports every problem in the file and saves nothing', async () => {
    ws.db.close();
    const before = sha256OfFile(ws.planPath);
    const issues = await failedImport(ws.reopen(), request());

    expect(errorsOf(issues)).toEqual([
      anIssue({
        code: 'ambiguous-pupil',
        file: FORM,
        row: 7,
        column: 'Name',
        message:
          /^2 pupils are called 'Jack Hughes': A800000000000 \(9A\) and A800000039595 \(9A\)\. Add a UPN column/,
      }),
      anIssue({
        code: 'unknown-pupil',
        row: 31,
        column: 'Name',
        message: /^no pupil called 'Test Pupil' is in the plan/,
      }),
      anIssue({
        code: 'repeated-course',
        row: 31,
        column: '2nd choice',
        message: /^'Hi' \(History\) is chosen twice: it is also in column "1st choice"/,
      }),
      anIssue({
        code: 'unknown-course',
        row: 31,
        column: '3rd choice',
        message: /^unknown course 'Latin' — no course in the plan has that code, name or alias/,
      }),
    ]);
    ws.db.close();
    expect(sha256OfFile(ws.planPath)).toBe(before);
    expect(readCohort(ws.reopen()).pupils).toEqual([]);
  });

  it('uses the later of two submissions by the same pupil and says which rows', async () => {
    const { issues } = await validateImport(ws.db, request());
    const superseded = issues.filter((issue) => issue.code === 'superseded-submission');
    expect(superseded).toEqual([
      anIssue({
        severity: 'warning',
        row: 7,
        column: null,
        message:
          /^Jack Hughes \(jack\.hughes@pupils\.example\.sch\.uk\) sent choices twice: the latest, row 7 \(completed 1\/27\/26 8:56:40\), is used; row 2 \(completed 1\/27\/26 8:38:40\) is ignored\./,
      }),
      // Same completion time: the later row wins.
      anIssue({
        severity: 'warning',
        row: 30,
        message: /^Isla Ahmed .* row 30 .* is used; row 4 .* is ignored/,
      }),
    ]);
  });

  it('matches typed names to the cohort, accents and all, and reads names and aliases of courses', async () => {
    const { bundle } = await validateImport(ws.db, request());
    const choices = new Map(bundle.choices.map((list) => [list.upn, list]));
    // "Jack Ünal" typed into the form is Ünal, Jack in the MIS export.
    expect(choices.get('A800000007919')).toEqual({
      upn: 'A800000007919',
      choices: ['Bu', 'Mu', 'So', 'Sp'],
      reserves: ['En'],
    });
    // Aliases: "Triple Science" → Sc3, "Sport (BTEC)" → SpB, "PE (GCSE)" → PE.
    expect(choices.get('A800000071271')).toEqual({
      upn: 'A800000071271',
      choices: ['SpB', 'PE', 'Hi', 'CS'],
      reserves: ['Fr'],
    });
    // Isla Ahmed's second submission (row 30) changed the order.
    expect(choices.get('A800000015838')?.choices).toEqual(['FPN', 'Fr', 'Sc3', 'RS']);
    // Every pupil except the two Jack Hughes has a list; the test submission has none.
    expect(bundle.choices).toHaveLength(26);
  });
});
