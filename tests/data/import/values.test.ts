import { describe, expect, it } from 'vitest';
import { timestampReader } from '../../../src/data/import/timestamps';
import {
  parseEal,
  parseFlag,
  parsePriorAttainment,
  parseSend,
  parseWholeNumber,
  splitList,
  type Parsed,
} from '../../../src/data/import/values';

const valueOf = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.value;
};
const problemOf = <T>(parsed: Parsed<T>): string => (parsed.ok ? '' : parsed.problem);

describe('yes/no flags', () => {
  it.each(['Y', 'yes', 'TRUE', 'True', '1', 't'])('reads %s as yes', (text) => {
    expect(valueOf(parseFlag(text))).toBe(true);
  });
  it.each(['N', 'No', 'FALSE', '0', 'f'])('reads %s as no', (text) => {
    expect(valueOf(parseFlag(text))).toBe(false);
  });
  it('uses the default for a blank cell', () => {
    expect(valueOf(parseFlag(''))).toBe(false);
    expect(valueOf(parseFlag('', true))).toBe(true);
  });
  it('explains what it expected', () => {
    expect(problemOf(parseFlag('Maybe'))).toMatch(/"Maybe" is not a yes\/no answer: use Y or N/);
  });
});

describe('SEND status', () => {
  it.each([
    ['N', 'N'],
    ['', 'N'],
    ['None', 'N'],
    ['No Special Educational Need', 'N'],
    ['K', 'K'],
    ['SEN Support', 'K'],
    ['sen support', 'K'],
    ['E', 'E'],
    ['EHCP', 'E'],
    ['EHC Plan', 'E'],
    ['Education, Health and Care Plan', 'E'],
    ['Statement', 'E'],
  ])('reads %j as %s', (text, status) => {
    expect(valueOf(parseSend(text))).toBe(status);
  });
  it('rejects a bare "Yes", which does not say which kind of support', () => {
    expect(problemOf(parseSend('Yes'))).toMatch(
      /use N \(none\), K \(SEN support\) or E \(EHC plan\)/,
    );
  });
});

describe('EAL', () => {
  it.each([
    ['Y', true],
    ['N', false],
    ['', false],
    ['English', false],
    ['English (British)', false],
    ['Polish', true],
    ['Urdu', true],
    ['Not known', false],
    ['Information not obtained', false],
    ['Believed to be other than English', true],
  ])('reads %j as %s', (text, eal) => {
    expect(valueOf(parseEal(text))).toBe(eal);
  });
  it('rejects a number', () => {
    expect(problemOf(parseEal('42'))).toMatch(/not an EAL value/);
  });
});

describe('prior attainment', () => {
  it('derives the band from a KS2 scaled score', () => {
    expect(valueOf(parsePriorAttainment('98.8'))).toEqual({ score: 98.8, band: 'L' });
    expect(valueOf(parsePriorAttainment('100'))).toEqual({ score: 100, band: 'M' });
    expect(valueOf(parsePriorAttainment('110,5'))).toEqual({ score: 110.5, band: 'H' });
  });
  it('reads bands as letters or words', () => {
    expect(valueOf(parsePriorAttainment('l'))).toEqual({ score: null, band: 'L' });
    expect(valueOf(parsePriorAttainment('Middle'))).toEqual({ score: null, band: 'M' });
    expect(valueOf(parsePriorAttainment('High'))).toEqual({ score: null, band: 'H' });
  });
  it('allows a blank and rejects words it does not know', () => {
    expect(valueOf(parsePriorAttainment(''))).toEqual({ score: null, band: null });
    expect(problemOf(parsePriorAttainment('Good'))).toMatch(
      /KS2 scaled score .* or a band L, M or H/,
    );
  });
  it('notes a number that cannot be a KS2 scaled score', () => {
    const parsed = parsePriorAttainment('5.5');
    expect(parsed.ok && parsed.note).toMatch(/outside the KS2 scaled score range/);
  });
});

describe('whole numbers and lists', () => {
  const size = { min: 1, what: 'the largest group size' };
  it('reads whole numbers within range', () => {
    expect(valueOf(parseWholeNumber('30', size))).toBe(30);
    expect(valueOf(parseWholeNumber('30.0', size))).toBe(30);
    expect(problemOf(parseWholeNumber('0', size))).toBe(
      'the largest group size must be at least 1, not 0.',
    );
    expect(problemOf(parseWholeNumber('3', { min: 1, max: 2, what: 'x' }))).toBe(
      'x must be at most 2, not 3.',
    );
    expect(problemOf(parseWholeNumber('twelve', size))).toMatch(
      /must be a whole number, not "twelve"/,
    );
    expect(problemOf(parseWholeNumber('12.5', size))).toMatch(/must be a whole number/);
  });
  it('splits lists on semicolons (and commas), dropping blanks', () => {
    expect(splitList('A; B;;C ,D')).toEqual(['A', 'B', 'C', 'D']);
    expect(splitList('')).toEqual([]);
  });
});

describe('completion times', () => {
  it('works out month-first dates from the column and orders times', () => {
    const read = timestampReader(['1/27/26 8:05:11', '1/2/26 9:00:00']);
    expect(read('1/27/26 8:05:11')).toBe(Date.UTC(2026, 0, 27, 8, 5, 11));
    expect(read('1/2/26 9:00:00')).toBe(Date.UTC(2026, 0, 2, 9, 0, 0));
  });
  it('reads day-first dates (the UK default when the column cannot tell)', () => {
    const read = timestampReader(['03/02/2026 14:00', '04/02/2026 09:30']);
    expect(read('03/02/2026 14:00')).toBe(Date.UTC(2026, 1, 3, 14, 0));
    expect(timestampReader(['27/01/2026 2:05 PM'])('27/01/2026 2:05 PM')).toBe(
      Date.UTC(2026, 0, 27, 14, 5),
    );
  });
  it('reads ISO times and gives null for text it cannot read', () => {
    const read = timestampReader([]);
    expect(read('2026-01-27 08:05:11')).toBe(Date.UTC(2026, 0, 27, 8, 5, 11));
    expect(read('2026-01-27T08:05:11+01:00')).toBe(Date.UTC(2026, 0, 27, 7, 5, 11));
    expect(read('last Tuesday')).toBeNull();
  });
});
