import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cohort, Pupil } from '../../src/core/model';
import { generateSyntheticCohort } from '../../src/core/synthetic';
import { writeCanonicalCsvs } from '../../src/data/export/canonical-csv';
import { makeTempDir } from './plan/temp-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

const rowsOf = (path: string): string[][] => parse(readFileSync(path, 'utf8'));

const pupil = (upn: string, surname: string, forename: string, extra: Partial<Pupil> = {}) => ({
  upn,
  surname,
  forename,
  form: '9A',
  gender: 'F',
  disadvantaged: false,
  send: 'N' as const,
  eal: false,
  priorAttainment: { score: null, band: null },
  pathway: null,
  ...extra,
});

const tricky: Cohort = {
  blocks: ['A', 'B', 'C'],
  courses: [
    {
      code: 'COL-Con',
      name: 'Construction, at "City College"',
      maxGroupSize: 12,
      minGroupSize: 4,
      groups: 1,
      blocksSpanned: 1,
      allowedBlocks: ['B', 'C'],
      qualification: 'VTQ',
      category: 'vocational',
    },
    {
      code: 'TSc',
      name: 'Triple Science',
      maxGroupSize: 30,
      minGroupSize: 1,
      groups: null,
      blocksSpanned: 2,
      allowedBlocks: [],
      qualification: null,
      category: null,
    },
  ],
  pupils: [
    pupil('A850216216001', "O'Brien, Jr", 'Siân "Sunny"', {
      priorAttainment: { score: 104.5, band: 'M' },
      disadvantaged: true,
      send: 'K',
      eal: true,
    }),
    pupil('B850216216002', '=HYPERLINK("http://evil.example","x")', '+44 7700 900123', {
      priorAttainment: { score: null, band: 'H' },
    }),
    pupil('C850216216003', '-Smith', '@SUM(A1)', { form: '\tTab', gender: '\rCR' }),
  ],
  choices: [
    { upn: 'A850216216001', choices: ['TSc', 'COL-Con'], reserves: [] },
    { upn: 'B850216216002', choices: ['COL-Con'], reserves: ['TSc'] },
  ],
  staff: [
    {
      code: 'SBr',
      name: 'Brown, Sarah',
      courses: ['TSc', 'COL-Con'],
      maxGroups: null,
      unavailableBlocks: ['A', 'C'],
    },
    {
      code: 'XCC1',
      name: 'City College tutor',
      courses: ['COL-Con'],
      maxGroups: 1,
      unavailableBlocks: [],
    },
  ],
};

describe('canonical CSV files', () => {
  it('are written as subjects, pupils, choices and staff with the documented headers', () => {
    const paths = writeCanonicalCsvs(tricky, join(dir, 'out'));
    expect(paths.map((path) => basename(path))).toEqual([
      'subjects.csv',
      'pupils.csv',
      'choices.csv',
      'staff.csv',
    ]);
    const headers = paths.map((path) => rowsOf(path)[0]);
    expect(headers).toEqual([
      [
        'code',
        'name',
        'max_group_size',
        'min_group_size',
        'groups',
        'blocks_spanned',
        'allowed_blocks',
        'qualification',
        'category',
      ],
      [
        'upn',
        'surname',
        'forename',
        'form',
        'gender',
        'disadvantaged',
        'send',
        'eal',
        'prior_attainment',
        'pathway',
      ],
      ['upn', 'choice_1', 'choice_2', 'reserve_1'],
      ['code', 'name', 'subjects', 'max_groups', 'unavailable_blocks'],
    ]);
  });

  it('are UTF-8 without a byte order mark, with CRLF line ends', () => {
    const [, pupils] = writeCanonicalCsvs(tricky, dir);
    const bytes = readFileSync(pupils ?? '');
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Siân');
    expect(text.split('\r\n')[0]).toBe(
      'upn,surname,forename,form,gender,disadvantaged,send,eal,prior_attainment,pathway',
    );
  });

  it('keep names with commas, quotes and apostrophes intact', () => {
    const [subjects, pupils, , staff] = writeCanonicalCsvs(tricky, dir);
    expect(rowsOf(pupils ?? '')[1]?.slice(0, 3)).toEqual([
      'A850216216001',
      "O'Brien, Jr",
      'Siân "Sunny"',
    ]);
    expect(rowsOf(subjects ?? '')[1]?.[1]).toBe('Construction, at "City College"');
    expect(rowsOf(staff ?? '')[1]?.[1]).toBe('Brown, Sarah');
  });

  it('neutralise cells a spreadsheet would run as a formula', () => {
    const [, pupils] = writeCanonicalCsvs(tricky, dir);
    const [, , second, third] = rowsOf(pupils ?? '');
    expect(second?.slice(1, 3)).toEqual([
      `'=HYPERLINK("http://evil.example","x")`,
      "'+44 7700 900123",
    ]);
    expect(third?.slice(1, 5)).toEqual(["'-Smith", "'@SUM(A1)", "'\tTab", "'\rCR"]);
  });

  it('write flags, attainment, lists and blanks as the importer reads them', () => {
    const [subjects, pupils, choices, staff] = writeCanonicalCsvs(tricky, dir);
    expect(rowsOf(subjects ?? '').slice(1)).toEqual([
      [
        'COL-Con',
        'Construction, at "City College"',
        '12',
        '4',
        '1',
        '1',
        'B;C',
        'VTQ',
        'vocational',
      ],
      ['TSc', 'Triple Science', '30', '1', '', '2', '', '', ''],
    ]);
    const pupilRows = rowsOf(pupils ?? '');
    expect(pupilRows[1]?.slice(5)).toEqual(['Y', 'K', 'Y', '104.5', '']);
    expect(pupilRows[2]?.slice(5)).toEqual(['N', 'N', 'N', 'H', '']);
    expect(pupilRows[3]?.[8]).toBe('');
    expect(rowsOf(choices ?? '').slice(1)).toEqual([
      ['A850216216001', 'TSc', 'COL-Con', ''],
      ['B850216216002', 'COL-Con', '', 'TSc'],
    ]);
    expect(rowsOf(staff ?? '').slice(1)).toEqual([
      ['SBr', 'Brown, Sarah', 'TSc;COL-Con', '', 'A;C'],
      ['XCC1', 'City College tutor', 'COL-Con', '1', ''],
    ]);
  });

  it('size the choice columns to the longest lists of a generated cohort', () => {
    const { cohort } = generateSyntheticCohort({ pupils: 300, seed: 5 });
    const [, pupils, choices] = writeCanonicalCsvs(cohort, dir);
    const [header, ...rows] = rowsOf(choices ?? '');
    expect(header).toEqual([
      'upn',
      'choice_1',
      'choice_2',
      'choice_3',
      'choice_4',
      'reserve_1',
      'reserve_2',
    ]);
    expect(rows).toHaveLength(300);
    const first = cohort.choices[0];
    expect(rows[0]).toEqual([
      first?.upn,
      ...[0, 1, 2, 3].map((i) => first?.choices[i] ?? ''),
      ...[0, 1].map((i) => first?.reserves[i] ?? ''),
    ]);
    expect(rowsOf(pupils ?? '')).toHaveLength(301);
  });
});
