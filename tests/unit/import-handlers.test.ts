import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readImportLog } from '../../src/data/import';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { createPlanner, type Planner } from '../../src/services';
import { API_CONTRACT, type ApiMethod, type ApiOutput } from '../../src/shared/api';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';

const FIXTURES = fileURLToPath(new URL('../fixtures/real-world-shapes/', import.meta.url));
const MIS = 'student-list-mis-export.csv';

let dir: string;
let userDir: string;
let importAnswers: string[][];
let planner: Planner;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-import-api-'));
  userDir = join(dir, 'user');
  importAnswers = [];
  planner = startPlanner();
});

afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

/** A planner whose import dialog answers with the next prepared paths. */
function startPlanner(): Planner {
  return createPlanner({
    hooks: nullShellHooks({
      choosePlanToCreate: async () => join(dir, 'plan.ks4'),
      choosePlanToOpen: async () => join(dir, 'plan.ks4'),
      chooseImportFiles: async () => importAnswers.shift() ?? null,
      userDataDir: () => {
        mkdirSync(userDir, { recursive: true });
        return userDir;
      },
    }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
}

/** Calls a method that must succeed, checking its result against the contract. */
async function call<M extends ApiMethod>(method: M, payload?: unknown): Promise<ApiOutput<M>> {
  const result = await planner.dispatcher.dispatch(method, payload);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.message}`);
  return API_CONTRACT[method].output.parse(result.value) as ApiOutput<M>;
}

/**
 * What the plan file holds: the plan is closed to read it (the app keeps it locked while open),
 * then opened again.
 */
async function planOnDisk() {
  await call('closePlan');
  const db = openPlanFile(join(dir, 'plan.ks4'), { readonly: true });
  try {
    return { cohort: readCohort(db), log: readImportLog(db) };
  } finally {
    db.close();
    await call('choosePlanToOpen');
  }
}

function fixture(name: string): string {
  const path = join(dir, name);
  copyFileSync(join(FIXTURES, name), path);
  return path;
}

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return path;
}

async function choose(...paths: string[]) {
  importAnswers.push(paths);
  const chosen = await call('chooseImportFiles');
  if (!chosen) throw new Error('the dialog was expected to answer');
  return chosen;
}

const SUBJECTS = [
  'code,name,max_group_size',
  'Hi,History,30',
  'Gg,Geography,30',
  'Fr,French,25',
  'CS,Computer Science,28',
];
const PUPILS = [
  'upn,surname,forename',
  'A100000000001,Smith,Amelia',
  'A100000000002,Jones,Oliver',
  'A100000000003,Khan,Aisha',
];

describe('the import wizard services', () => {
  beforeEach(async () => {
    await call('choosePlanToCreate');
  });

  it('previews an MIS student list: kind, preset, encoding and the automatic mapping', async () => {
    const [file] = await choose(fixture(MIS));
    expect(file).toMatchObject({ fileName: MIS, kind: 'pupils', kindGuessed: true, rowCount: 30 });
    const preview = await call('previewImportFile', { fileId: file?.fileId });
    expect(preview).toMatchObject({
      preset: 'mis-student-list',
      format: 'csv',
      encoding: 'Windows-1252',
      delimiter: 'comma',
      remembered: null,
    });
    expect(preview.rows[0]).toEqual({
      row: 2,
      cells: expect.arrayContaining(['Hughes', 'Jack', '9A', 'A800000000000']),
    });
    const columnOf = new Map(preview.fields.map((field) => [field.name, field.column]));
    expect(columnOf.get('surname')).toBe('Legal Surname');
    expect(columnOf.get('disadvantaged')).toBe('Pupil Premium Indicator');
    expect(columnOf.get('pathway')).toBeNull();
    expect(preview.fields.find((field) => field.name === 'upn')).toMatchObject({
      required: true,
      sample: 'A800000000000',
    });
    expect(preview.fields.find((field) => field.name === 'gender')?.required).toBe(false);
    expect(preview.ignoredColumns).toEqual(['Year', 'Adno', 'Date of Birth', 'FSM Eligible']);
  });

  it('checks with the mapping the user changed, and saves nothing', async () => {
    const [file] = await choose(fixture(MIS));
    const fileId = file?.fileId;
    const changed = await call('updateImportFile', {
      fileId,
      mapping: { disadvantaged: 'FSM Eligible' },
    });
    expect(changed.ignoredColumns).toContain('Pupil Premium Indicator');
    expect(changed.ignoredColumns).not.toContain('FSM Eligible');

    const check = await call('checkImport', { fileIds: [fileId], blocks: { count: 4 } });
    expect(check.ok).toBe(true);
    expect(check.counts).toEqual({
      blocks: { added: 4, updated: 0 },
      pupils: { added: 30, updated: 0 },
    });
    expect(check.issues).toContainEqual(
      expect.objectContaining({ column: 'Pupil Premium Indicator', severity: 'warning' }),
    );
    expect((await planOnDisk()).cohort.pupils).toEqual([]);

    // Leaving out a required column stops the check, naming what is missing.
    await call('updateImportFile', { fileId, mapping: { upn: null } });
    const missing = await call('checkImport', { fileIds: [fileId] });
    expect(missing.ok).toBe(false);
    expect(missing.issues[0]).toMatchObject({ severity: 'error', file: MIS });
    expect(missing.issues[0]?.message).toMatch(/no column was found for UPN/);
  });

  it('imports with the changed mapping, and applies it next time to the same layout', async () => {
    const [file] = await choose(fixture(MIS));
    await call('updateImportFile', {
      fileId: file?.fileId,
      mapping: { disadvantaged: 'FSM Eligible' },
    });
    const outcome = await call('runImport', { fileIds: [file?.fileId], blocks: { count: 4 } });
    expect(outcome).toMatchObject({ outcome: 'imported', counts: { pupils: { added: 30 } } });
    const { cohort } = await planOnDisk();
    // "FSM Eligible" is "Yes" for this pupil while the pupil premium column says "False".
    const pupil = cohort.pupils.find((each) => each.upn === 'A800000031676');
    expect(pupil?.disadvantaged).toBe(true);

    // A new window, the same export again: the confirmed mapping comes back by itself.
    planner.dispose();
    planner = startPlanner();
    await call('choosePlanToCreate').catch(() => undefined);
    const [again] = await choose(fixture(MIS));
    const preview = await call('previewImportFile', { fileId: again?.fileId });
    expect(preview.remembered).toBe('layout');
    expect(preview.fields.find((field) => field.name === 'disadvantaged')?.column).toBe(
      'FSM Eligible',
    );
  });

  it('applies a mapping saved for the preset to another file from the same MIS', async () => {
    const [file] = await choose(fixture(MIS));
    await call('updateImportFile', {
      fileId: file?.fileId,
      mapping: { disadvantaged: 'FSM Eligible' },
    });
    await call('runImport', { fileIds: [file?.fileId], blocks: { count: 4 } });

    const other = write('year-8.csv', [
      'Legal Surname,Legal Forename,UPN,Reg,Pupil Premium Indicator,FSM Eligible',
      'Green,Tom,A200000000001,8A,False,Yes',
    ]);
    const [next] = await choose(other);
    const preview = await call('previewImportFile', { fileId: next?.fileId });
    expect(preview).toMatchObject({ remembered: 'preset', preset: 'mis-student-list' });
    expect(preview.fields.find((field) => field.name === 'disadvantaged')?.column).toBe(
      'FSM Eligible',
    );
  });

  it('rejects a choices file naming an unknown course, naming the row, and saves nothing', async () => {
    const [subjects, pupils] = await choose(
      write('subjects.csv', SUBJECTS),
      write('pupils.csv', PUPILS),
    );
    const first = await call('runImport', {
      fileIds: [subjects?.fileId, pupils?.fileId],
      blocks: { names: ['A', 'B', 'C', 'D'] },
    });
    expect(first).toMatchObject({ outcome: 'imported' });

    const choices = write('choices.csv', [
      'upn,choice_1,choice_2,choice_3',
      'A100000000001,Hi,Fr,CS',
      'A100000000002,Gg,Latin,Hi',
      'A100000000003,CS,Hi,Gg',
    ]);
    const [file] = await choose(choices);
    expect(file?.kind).toBe('choices');

    const check = await call('checkImport', { fileIds: [file?.fileId] });
    expect(check.ok).toBe(false);
    expect(check.counts).toEqual({});
    const outcome = await call('runImport', { fileIds: [file?.fileId] });
    if (outcome.outcome !== 'rejected') throw new Error(`expected a rejection: ${outcome.outcome}`);
    expect(outcome.issues[0]).toMatchObject({
      severity: 'error',
      file: 'choices.csv',
      row: 3,
      column: 'choice_2',
    });
    expect(outcome.issues[0]?.message).toMatch(/unknown course 'Latin'/);
    const { cohort, log } = await planOnDisk();
    expect(cohort.pupils).toHaveLength(3);
    expect(cohort.choices.filter((list) => list.choices.length > 0)).toEqual([]);
    expect(log.map((entry) => entry.source)).toEqual(['subjects.csv', 'pupils.csv']);
  });

  it('says nothing about a saved mapping that the planner would have found by itself', async () => {
    const [file] = await choose(write('pupils.csv', PUPILS));
    await call('runImport', { fileIds: [file?.fileId], blocks: { count: 4 } });
    const [again] = await choose(write('pupils.csv', PUPILS));
    expect(await call('previewImportFile', { fileId: again?.fileId })).toMatchObject({
      remembered: null,
      preset: 'canonical',
    });
  });

  it('recognises each file of an options-form set and reports the form’s problems by row', async () => {
    const chosen = await choose(
      fixture('option-form-download.csv'),
      fixture(MIS),
      fixture('option-form-aliases.csv'),
      fixture('option-form-subjects.csv'),
    );
    expect(chosen.map((file) => file.kind)).toEqual(['choices', 'pupils', 'aliases', 'subjects']);
    const form = await call('previewImportFile', { fileId: chosen[0]?.fileId });
    expect(form.preset).toBe('option-form');
    expect(form.fields.find((field) => field.name === 'reserve_1')?.column).toBe('Reserve choice');

    const check = await call('checkImport', {
      fileIds: chosen.map((file) => file.fileId),
      blocks: { count: 4 },
    });
    expect(check.ok).toBe(false);
    const errors = check.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.file, issue.row, issue.column])).toEqual([
      ['option-form-download.csv', 7, 'Name'],
      ['option-form-download.csv', 31, 'Name'],
      ['option-form-download.csv', 31, '2nd choice'],
      ['option-form-download.csv', 31, '3rd choice'],
    ]);
    // Errors come first, then the warnings (ignored columns, a superseded submission).
    expect(check.issues.slice(errors.length).every((issue) => issue.severity === 'warning')).toBe(
      true,
    );
  });

  it('refuses two files of one kind, and blocks for a plan that has them', async () => {
    const [a, b] = await choose(write('pupils-a.csv', PUPILS), write('pupils-b.csv', PUPILS));
    const both = await planner.dispatcher.dispatch('checkImport', {
      fileIds: [a?.fileId, b?.fileId],
    });
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid-edit' } });
    expect(JSON.stringify(both)).toMatch(
      /pupils-a\.csv and pupils-b\.csv are both set as the pupils file/,
    );

    await call('runImport', { fileIds: [a?.fileId], blocks: { count: 3 } });
    const again = await planner.dispatcher.dispatch('checkImport', {
      fileIds: [b?.fileId],
      blocks: { count: 5 },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-edit' } });
    expect(JSON.stringify(again)).toMatch(/already has its blocks \(A, B, C\)/);
  });

  it('reads the sheet of a workbook the user picks, and imports from it', async () => {
    const workbook = await writeXlsxFile([
      { sheet: 'Read me', data: [['Exported from the MIS on 3 March']] },
      {
        sheet: 'Year 9',
        data: [
          ['UPN', 'Legal Surname', 'Legal Forename', 'Reg'],
          ['A300000000001', 'Okafor', 'Grace', '9C'],
          ['A300000000002', 'Byrne', 'Liam', '9D'],
        ],
      },
    ]).toBuffer();
    const path = join(dir, 'export.xlsx');
    writeFileSync(path, workbook);
    const [file] = await choose(path);
    expect(file).toMatchObject({ kind: null, rowCount: 0 });
    const first = await call('previewImportFile', { fileId: file?.fileId });
    expect(first).toMatchObject({
      format: 'xlsx',
      sheet: 'Read me',
      sheets: ['Read me', 'Year 9'],
    });

    const sheet = await call('updateImportFile', { fileId: file?.fileId, sheet: 'Year 9' });
    expect(sheet).toMatchObject({
      sheet: 'Year 9',
      file: { kind: 'pupils', kindGuessed: true, rowCount: 2 },
      preset: 'mis-student-list',
    });
    expect(sheet.rows[0]).toEqual({ row: 2, cells: ['A300000000001', 'Okafor', 'Grace', '9C'] });
    const outcome = await call('runImport', { fileIds: [file?.fileId], blocks: { count: 4 } });
    expect(outcome).toMatchObject({ outcome: 'imported', counts: { pupils: { added: 2 } } });
    const { cohort } = await planOnDisk();
    expect(cohort.pupils.map((pupil) => pupil.surname).sort()).toEqual(['Byrne', 'Okafor']);
  });

  it('refuses payloads with unknown fields or paths before doing anything', async () => {
    const [file] = await choose(write('pupils.csv', PUPILS));
    const refused: [ApiMethod, unknown][] = [
      ['chooseImportFiles', { paths: ['/etc/passwd'] }],
      ['previewImportFile', { fileId: file?.fileId, path: '/etc/passwd' }],
      ['updateImportFile', { fileId: file?.fileId, kind: 'teachers' }],
      ['updateImportFile', { fileId: file?.fileId, colour: 'red' }],
      ['checkImport', { fileIds: [file?.fileId], planPath: '/tmp/other.ks4' }],
      ['checkImport', { fileIds: [] }],
      ['runImport', { fileIds: [file?.fileId], blocks: { count: 4, names: ['A'] } }],
      ['runImport', { fileIds: [file?.fileId], blocks: { count: 0 } }],
      ['cancelImport', { all: true }],
    ];
    for (const [method, payload] of refused) {
      const result = await planner.dispatcher.dispatch(method, payload);
      expect(result, JSON.stringify([method, payload])).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
  });

  it('refuses a mapping to a column the file does not have, naming it', async () => {
    const [file] = await choose(write('pupils.csv', PUPILS));
    const result = await planner.dispatcher.dispatch('updateImportFile', {
      fileId: file?.fileId,
      mapping: { form: 'Tutor Group' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-edit' } });
    expect(JSON.stringify(result)).toMatch(/pupils\.csv has no column called \\"Tutor Group\\"/);
  });

  it('cancels before saving and leaves the plan untouched', async () => {
    const [file] = await choose(write('pupils.csv', PUPILS));
    const running = planner.dispatcher.dispatch('runImport', {
      fileIds: [file?.fileId],
      blocks: { count: 4 },
    });
    // As soon as the import is under way (reading its file), cancel it.
    let progress = await call('getImportProgress');
    while (progress === null) progress = await call('getImportProgress');
    expect(progress).toMatchObject({ action: 'import', stage: 'reading', canCancel: true });
    expect(await call('cancelImport')).toEqual({ cancelled: true });
    expect(await running).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    expect(await call('getImportProgress')).toBeNull();
    expect(await call('cancelImport')).toEqual({ cancelled: false });
    const { cohort, log } = await planOnDisk();
    expect(cohort.pupils).toEqual([]);
    expect(log).toEqual([]);
  });
});
