import { describe, expect, it } from 'vitest';
import { detectPreset, guessKind, type ImportIssue } from '../../../src/data/import';
import { FileIssues } from '../../../src/data/import/issues';
import { resolveMapping, type ColumnMapping } from '../../../src/data/import/mapping';
import type { Table } from '../../../src/data/import/table';
import { anIssue } from './import-helpers';

const table = (headers: string[], rows: string[][] = []): Table => ({
  fileName: 'file.csv',
  format: 'csv',
  encoding: 'UTF-8',
  delimiter: ',',
  sheet: null,
  sheets: [],
  headerRow: 1,
  headers,
  rows: rows.map((cells, index) => ({ row: index + 2, cells })),
});

function resolve(
  kind: Parameters<typeof resolveMapping>[0],
  headers: string[],
  mapping?: ColumnMapping,
  rows?: string[][],
) {
  const issues: ImportIssue[] = [];
  const resolved = resolveMapping(
    kind,
    table(headers, rows),
    { mapping },
    new FileIssues('file.csv', issues),
  );
  return { resolved, issues };
}

describe('presets', () => {
  it('maps an MIS student list, preferring pupil premium over FSM and legal names', () => {
    const headers = [
      'Preferred Surname',
      'Legal Surname',
      'Legal Forename',
      'Reg',
      'UPN',
      'Adno',
      'Sex',
      'FSM Eligible',
      'Pupil Premium Indicator',
      'SEN Provision',
      'Home Language',
      'KS2 Average',
    ];
    expect(detectPreset('pupils', headers)).toEqual({
      preset: 'mis-student-list',
      mapping: {
        upn: 'UPN',
        surname: 'Legal Surname',
        forename: 'Legal Forename',
        form: 'Reg',
        gender: 'Sex',
        disadvantaged: 'Pupil Premium Indicator',
        send: 'SEN Provision',
        eal: 'Home Language',
        prior_attainment: 'KS2 Average',
      },
    });
  });

  it('falls back to the admission number and FSM when there is no UPN or pupil premium column', () => {
    const { mapping } = detectPreset('pupils', [
      'Surname',
      'Forename',
      'Admission Number',
      'FSM Eligible',
      'Tutor Group',
    ]);
    expect(mapping).toMatchObject({
      upn: 'Admission Number',
      disadvantaged: 'FSM Eligible',
      form: 'Tutor Group',
    });
  });

  it('maps an option form, whatever the case and punctuation of its headings', () => {
    const headers = [
      'Timestamp',
      'EMAIL',
      'Your tutor group',
      'Name',
      'Option 1',
      'option-2',
      'Third choice',
      '4th Choice',
      'Reserve 1',
      '2nd reserve',
    ];
    expect(detectPreset('choices', headers)).toEqual({
      preset: 'option-form',
      mapping: {
        email: 'EMAIL',
        name: 'Name',
        form: 'Your tutor group',
        completed_at: 'Timestamp',
        choice_1: 'Option 1',
        choice_2: 'option-2',
        choice_3: 'Third choice',
        choice_4: '4th Choice',
        reserve_1: 'Reserve 1',
        reserve_2: '2nd reserve',
      },
    });
  });

  it('prefers the canonical preset for canonical headings', () => {
    expect(detectPreset('choices', ['UPN', 'choice_1', 'choice_2', 'reserve_1']).preset).toBe(
      'canonical',
    );
    expect(detectPreset('pupils', ['upn', 'surname', 'forename']).preset).toBe('canonical');
  });

  it('guesses the kind of file from its headings', () => {
    expect(guessKind(['code', 'name', 'max_group_size'])).toBe('subjects');
    expect(guessKind(['code', 'name', 'subjects'])).toBe('staff');
    expect(guessKind(['Legal Surname', 'Legal Forename', 'UPN'])).toBe('pupils');
    expect(guessKind(['Email', 'Name', '1st choice'])).toBe('choices');
    expect(guessKind(['alias', 'course'])).toBe('aliases');
    expect(guessKind(['Colour', 'Size'])).toBeNull();
  });
});

describe('resolving a mapping', () => {
  it('reports all missing required columns in one error that lists the headings found', () => {
    const { resolved, issues } = resolve('pupils', ['Pupil ID', 'Family', 'Form']);
    expect(resolved).toBeNull();
    expect(issues).toEqual([
      anIssue({
        code: 'missing-columns',
        row: null,
        column: null,
        message:
          /no column was found for UPN, surname and forename\. The columns in the file are: "Pupil ID", "Family", "Form"\./,
      }),
    ]);
  });

  it('lets the user map columns by hand, taking them from any automatic choice', () => {
    const { resolved, issues } = resolve(
      'pupils',
      ['Pupil ID', 'Family name', 'Forename', 'Surname'],
      {
        upn: 'pupil id',
        surname: 'Family name',
        gender: null,
      },
    );
    expect(resolved?.mapping).toEqual({
      upn: 'Pupil ID',
      surname: 'Family name',
      forename: 'Forename',
    });
    expect(issues).toEqual([
      anIssue({
        severity: 'warning',
        code: 'ignored-column',
        column: 'Surname',
        message: /ignored/,
      }),
    ]);
  });

  it('warns about every column it ignores, including unnamed ones that hold data', () => {
    const { issues } = resolve('aliases', ['alias', 'course', 'Notes', '', 'alias'], undefined, [
      ['Hist', 'Hi', 'x', 'y', 'z', 'w'],
    ]);
    expect(issues).toEqual([
      anIssue({
        severity: 'warning',
        column: 'Notes',
        message: /this column is ignored: the planner does not use it/,
      }),
      anIssue({
        severity: 'warning',
        column: null,
        message: /column D has no heading, so it is ignored/,
      }),
      anIssue({
        severity: 'warning',
        column: 'alias',
        message: /an earlier column has the same heading/,
      }),
      anIssue({ severity: 'warning', column: null, message: /column F has no heading/ }),
    ]);
  });

  it('rejects a mapping that names a field or a column that does not exist', () => {
    const { resolved, issues } = resolve('subjects', ['code', 'name', 'size'], {
      max_group_size: 'Largest',
      colour: 'size',
    });
    expect(resolved).toBeNull();
    expect(issues).toEqual([
      anIssue({
        code: 'bad-mapping',
        message:
          /uses a column called "Largest" for the largest group size, but the file has no such column/,
      }),
      anIssue({
        code: 'bad-mapping',
        message: /names "colour", which is not a field of a subjects file/,
      }),
    ]);
  });

  it('needs a way to identify the pupil and at least one choice in a choices file', () => {
    const { issues } = resolve('choices', ['Comments', 'Tutor group']);
    expect(issues).toEqual([
      anIssue({
        code: 'missing-columns',
        message: /the pupil's UPN, name or e-mail address and at least one choice/,
      }),
    ]);
  });
});
