import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  importIntoPlan,
  previewTable,
  readImportLog,
  validateImport,
} from '../../../src/data/import';
import { readCohort, readCourseAliases } from '../../../src/data/plan/cohort-repository';
import {
  BLOCKS,
  CHOICES_CSV,
  PUPILS_CSV,
  STAFF_CSV,
  SUBJECTS_CSV,
  csv,
  makeWorkspace,
  type Workspace,
} from './import-helpers';

let ws: Workspace;
beforeEach(() => (ws = makeWorkspace()));
afterEach(() => ws.cleanup());

const canonicalRequest = () => ({
  blocks: BLOCKS,
  subjects: { path: ws.write('subjects.csv', SUBJECTS_CSV) },
  pupils: { path: ws.write('pupils.csv', PUPILS_CSV) },
  choices: { path: ws.write('choices.csv', CHOICES_CSV) },
  staff: { path: ws.write('staff.csv', STAFF_CSV) },
});

describe('canonical CSV files', () => {
  it('import and read back exactly', async () => {
    const result = await importIntoPlan(ws.db, canonicalRequest());

    expect(result.counts).toEqual({
      blocks: { added: 4, updated: 0 },
      subjects: { added: 5, updated: 0 },
      pupils: { added: 4, updated: 0 },
      staff: { added: 3, updated: 0 },
      choices: { added: 3, updated: 0 },
    });
    expect(result.warnings).toEqual([]);
    const cohort = readCohort(ws.reopen());
    expect(cohort.blocks).toEqual(BLOCKS);
    expect(cohort.courses).toEqual([
      {
        code: 'Hi',
        name: 'History',
        maxGroupSize: 30,
        minGroupSize: 10,
        groups: 2,
        blocksSpanned: 1,
        allowedBlocks: [],
        qualification: 'GCSE',
        category: 'humanity',
      },
      {
        code: 'Gg',
        name: 'Geography',
        maxGroupSize: 30,
        minGroupSize: 1,
        groups: null,
        blocksSpanned: 1,
        allowedBlocks: [],
        qualification: 'GCSE',
        category: 'humanity',
      },
      {
        code: 'Fr',
        name: 'French',
        maxGroupSize: 25,
        minGroupSize: 8,
        groups: 1,
        blocksSpanned: 1,
        allowedBlocks: ['A', 'B'],
        qualification: 'GCSE',
        category: 'language',
      },
      {
        code: 'BTEC-HSC',
        name: 'Health & Social Care',
        maxGroupSize: 20,
        minGroupSize: 6,
        groups: null,
        blocksSpanned: 2,
        allowedBlocks: ['B', 'C'],
        qualification: 'BTEC',
        category: 'vocational',
      },
      {
        code: 'CS',
        name: 'Computer Science',
        maxGroupSize: 28,
        minGroupSize: 1,
        groups: null,
        blocksSpanned: 1,
        allowedBlocks: [],
        qualification: 'GCSE',
        category: 'technology',
      },
    ]);
    expect(cohort.pupils).toEqual([
      {
        upn: 'A100000000002',
        surname: 'Jones',
        forename: 'Oliver',
        form: '10B',
        gender: 'M',
        disadvantaged: false,
        send: 'K',
        eal: true,
        priorAttainment: { score: null, band: 'H' },
        pathway: null,
      },
      {
        upn: 'A100000000004',
        surname: "O'Brien",
        forename: 'Chloé',
        form: '10C',
        gender: 'F',
        disadvantaged: false,
        send: 'N',
        eal: false,
        priorAttainment: { score: null, band: null },
        pathway: null,
      },
      {
        upn: 'A100000000001',
        surname: 'Smith',
        forename: 'Amelia',
        form: '10A',
        gender: 'F',
        disadvantaged: true,
        send: 'N',
        eal: false,
        priorAttainment: { score: 104.5, band: 'M' },
        pathway: null,
      },
      {
        upn: 'A100000000003',
        surname: 'Ünal',
        forename: 'Jack',
        form: '10A',
        gender: 'M',
        disadvantaged: false,
        send: 'E',
        eal: false,
        priorAttainment: { score: null, band: 'L' },
        pathway: null,
      },
    ]);
    expect(cohort.choices).toEqual([
      { upn: 'A100000000002', choices: ['BTEC-HSC', 'Gg'], reserves: ['Hi', 'CS'] },
      { upn: 'A100000000001', choices: ['Hi', 'Fr', 'CS'], reserves: ['Gg'] },
      { upn: 'A100000000003', choices: ['CS', 'Hi', 'Fr'], reserves: [] },
    ]);
    expect(cohort.staff).toEqual([
      {
        code: 'JSM',
        name: 'Jane Smith',
        courses: ['Hi', 'Gg'],
        maxGroups: 3,
        unavailableBlocks: [],
      },
      {
        code: 'PKN',
        name: 'Paul Khan',
        courses: ['Fr'],
        maxGroups: null,
        unavailableBlocks: ['D'],
      },
      {
        code: 'RAH',
        name: 'Rita Ahmed',
        courses: ['BTEC-HSC', 'CS'],
        maxGroups: 4,
        unavailableBlocks: ['A', 'B'],
      },
    ]);
  });

  it('logs each imported file with its row count and warnings', async () => {
    const pupils = csv('upn,surname,forename,Notes', 'A1,Smith,Amelia,likes art');
    await importIntoPlan(ws.db, { pupils: { name: 'pupils.csv', data: Buffer.from(pupils) } });
    await importIntoPlan(ws.db, canonicalRequest());
    const log = readImportLog(ws.db);
    expect(log.map(({ kind, source, rows }) => ({ kind, source, rows }))).toEqual([
      { kind: 'pupils', source: 'pupils.csv', rows: 1 },
      { kind: 'subjects', source: 'subjects.csv', rows: 5 },
      { kind: 'pupils', source: 'pupils.csv', rows: 4 },
      { kind: 'staff', source: 'staff.csv', rows: 3 },
      { kind: 'choices', source: 'choices.csv', rows: 3 },
    ]);
    expect(log[0]?.warnings).toEqual([
      expect.objectContaining({ column: 'Notes', code: 'ignored-column' }),
    ]);
    expect(log[0]?.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('re-importing updates records instead of duplicating them', async () => {
    await importIntoPlan(ws.db, canonicalRequest());
    const changedPupils = csv(
      'upn,surname,forename,form,send',
      'a100000000001,Smith,Amelia,10D,K',
      'A100000000005,Patel,Ruby,10B,',
    );
    const changedChoices = csv('upn,choice_1,choice_2', 'A100000000001,CS,Gg', 'A100000000005,Hi,');
    const changedSubjects = csv('code,name,max_group_size', 'hi,History (GCSE),24');
    const result = await importIntoPlan(ws.db, {
      subjects: { name: 'subjects.csv', data: Buffer.from(changedSubjects) },
      pupils: { name: 'pupils.csv', data: Buffer.from(changedPupils) },
      choices: { name: 'choices.csv', data: Buffer.from(changedChoices) },
    });

    expect(result.counts).toEqual({
      subjects: { added: 0, updated: 1 },
      pupils: { added: 1, updated: 1 },
      choices: { added: 1, updated: 1 },
    });
    const cohort = readCohort(ws.db);
    expect(cohort.courses).toHaveLength(5);
    expect(cohort.courses[0]).toMatchObject({
      code: 'Hi',
      name: 'History (GCSE)',
      maxGroupSize: 24,
    });
    expect(cohort.pupils).toHaveLength(5);
    expect(cohort.pupils.find((pupil) => pupil.upn === 'A100000000001')).toMatchObject({
      form: '10D',
      send: 'K',
    });
    expect(cohort.choices.find((list) => list.upn === 'A100000000001')).toEqual({
      upn: 'A100000000001',
      choices: ['CS', 'Gg'],
      reserves: [],
    });
    // Pupils not in the new choices file keep their choices.
    expect(cohort.choices.find((list) => list.upn === 'A100000000002')?.choices).toEqual([
      'BTEC-HSC',
      'Gg',
    ]);
  });

  it('skips a row with no choices, with a warning, keeping what the pupil chose before', async () => {
    await importIntoPlan(ws.db, canonicalRequest());
    const choices = csv(
      'upn,choice_1,choice_2,reserve_1',
      'A100000000001,,,',
      'A100000000004,,Gg,',
    );
    const result = await importIntoPlan(ws.db, {
      choices: { name: 'choices.csv', data: Buffer.from(choices) },
    });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'no-choices',
        row: 2,
        message: 'no choices are given for Amelia Smith, so this row is skipped.',
      }),
    ]);
    const lists = readCohort(ws.db).choices;
    expect(lists.find((list) => list.upn === 'A100000000001')?.choices).toEqual(['Hi', 'Fr', 'CS']);
    expect(lists.find((list) => list.upn === 'A100000000004')?.choices).toEqual(['Gg']);
  });

  it('validates without writing anything', async () => {
    const validation = await validateImport(ws.db, canonicalRequest());
    expect(validation.ok).toBe(true);
    expect(validation.bundle.pupils).toHaveLength(4);
    expect(validation.bundle.choices).toHaveLength(3);
    expect(readCohort(ws.db)).toEqual({
      blocks: [],
      courses: [],
      pupils: [],
      choices: [],
      staff: [],
    });
    expect(readImportLog(ws.db)).toEqual([]);
  });

  it('reads choices by course name and by alias, for pupils already in the plan', async () => {
    const request = canonicalRequest();
    await importIntoPlan(ws.db, {
      blocks: BLOCKS,
      subjects: request.subjects,
      pupils: request.pupils,
    });
    const aliases = csv('alias,course', 'Hist,Hi', 'Health and social care,BTEC-HSC');
    const choices = csv(
      'upn,choice_1,choice_2,choice_3',
      'A100000000001,hist,GEOGRAPHY,cs',
      'A100000000002,Health and social care,  computer  science ,',
    );
    const result = await importIntoPlan(ws.db, {
      aliases: { name: 'aliases.csv', data: Buffer.from(aliases) },
      choices: { name: 'choices.csv', data: Buffer.from(choices) },
    });

    expect(result.counts).toEqual({
      aliases: { added: 2, updated: 0 },
      choices: { added: 2, updated: 0 },
    });
    expect(readCourseAliases(ws.db)).toEqual([
      { alias: 'Hist', courseCode: 'Hi' },
      { alias: 'Health and social care', courseCode: 'BTEC-HSC' },
    ]);
    expect(readCohort(ws.db).choices).toEqual([
      { upn: 'A100000000002', choices: ['BTEC-HSC', 'CS'], reserves: [] },
      { upn: 'A100000000001', choices: ['Hi', 'Gg', 'CS'], reserves: [] },
    ]);
  });

  it('imports an XLSX workbook with numbers and booleans in its cells', async () => {
    const subjects = await writeXlsxFile([
      ['Code', 'Name', 'Max group size'],
      ['Hi', 'History', 30],
      ['CS', 'Computer Science', 28],
    ]).toBuffer();
    const pupils = await writeXlsxFile([
      { sheet: 'Notes', data: [['Exported for the options evening']] },
      {
        sheet: 'Year 9',
        data: [
          [
            'UPN',
            'Legal Surname',
            'Legal Forename',
            'Pupil Premium Indicator',
            'KS2 Scaled Score (Avg)',
          ],
          ['A200000000001', 'Ünal', 'Jack', true, 98.8],
          ['A200000000002', 'Taylor', 'Chloé', false, 111],
        ],
      },
    ]).toBuffer();
    const choices = await writeXlsxFile([
      ['UPN', 'Choice 1', 'Choice 2'],
      ['A200000000001', 'History', 'CS'],
    ]).toBuffer();
    const result = await importIntoPlan(ws.db, {
      blocks: BLOCKS,
      subjects: { path: ws.write('subjects.xlsx', subjects) },
      pupils: { path: ws.write('pupils.xlsx', pupils), sheet: 'Year 9' },
      choices: { path: ws.write('choices.xlsx', choices) },
    });

    expect(
      result.files.map(({ fileName, format, sheet, preset }) => ({
        fileName,
        format,
        sheet,
        preset,
      })),
    ).toEqual([
      { fileName: 'subjects.xlsx', format: 'xlsx', sheet: 'Sheet1', preset: 'canonical' },
      { fileName: 'pupils.xlsx', format: 'xlsx', sheet: 'Year 9', preset: 'mis-student-list' },
      { fileName: 'choices.xlsx', format: 'xlsx', sheet: 'Sheet1', preset: 'canonical' },
    ]);
    const cohort = readCohort(ws.db);
    expect(
      cohort.pupils.map((p) => [p.forename, p.surname, p.disadvantaged, p.priorAttainment]),
    ).toEqual([
      ['Chloé', 'Taylor', false, { score: 111, band: 'H' }],
      ['Jack', 'Ünal', true, { score: 98.8, band: 'L' }],
    ]);
    expect(cohort.choices).toEqual([{ upn: 'A200000000001', choices: ['Hi', 'CS'], reserves: [] }]);
  });

  it('imports semicolon-separated Windows-1252 files, as Excel saves them in some locales', async () => {
    const pupils = Buffer.from(
      csv(
        'upn;surname;forename;prior_attainment',
        'A1;Ünal;Jack;98,8',
        'A2;Taylor;Chloé;112',
      ).replace(/Ü/g, '\u00dc'),
      'latin1',
    );
    const result = await importIntoPlan(ws.db, { pupils: { name: 'pupils.csv', data: pupils } });
    expect(result.files[0]).toMatchObject({ encoding: 'Windows-1252', delimiter: ';' });
    expect(
      readCohort(ws.db).pupils.map((p) => [p.surname, p.forename, p.priorAttainment.score]),
    ).toEqual([
      ['Taylor', 'Chloé', 112],
      ['Ünal', 'Jack', 98.8],
    ]);
  });

  it('warns, but imports nothing, for a staff file with headings and no rows', async () => {
    const result = await importIntoPlan(ws.db, {
      staff: { name: 'staff.csv', data: Buffer.from('code,name,subjects\r\n') },
    });
    expect(result.counts.staff).toEqual({ added: 0, updated: 0 });
    expect(result.warnings).toEqual([
      expect.objectContaining({
        code: 'no-rows',
        file: 'staff.csv',
        message: expect.stringMatching(/headings but no rows/),
      }),
    ]);
  });
});

describe('preview', () => {
  it('shows the headings, first rows, encoding, preset and suggested mapping', async () => {
    const path = ws.fixture('student-list-mis-export.csv');
    const preview = await previewTable({ path }, { rows: 2 });
    expect(preview).toMatchObject({
      fileName: 'student-list-mis-export.csv',
      format: 'csv',
      encoding: 'Windows-1252',
      delimiter: ',',
      rowCount: 30,
      kind: 'pupils',
      preset: 'mis-student-list',
      issues: [],
    });
    expect(preview.rows).toHaveLength(2);
    expect(preview.rows[1]).toMatchObject({
      row: 3,
      cells: expect.arrayContaining(['Ünal', 'Polish']),
    });
    expect(preview.mapping).toMatchObject({
      upn: 'UPN',
      surname: 'Legal Surname',
      disadvantaged: 'Pupil Premium Indicator',
    });
  });

  it('reports why a file cannot be previewed', async () => {
    const preview = await previewTable({ name: 'pupils.csv', data: new Uint8Array() });
    expect(preview).toMatchObject({
      fileName: 'pupils.csv',
      headers: [],
      rows: [],
      kind: null,
      preset: null,
    });
    expect(preview.issues[0]?.message).toMatch(/the file is empty/);
  });
});
