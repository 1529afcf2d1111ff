import { describe, expect, it } from 'vitest';
import {
  addDays,
  firstSentence,
  listInWords,
  longDate,
  ordinal,
} from '../../../src/core/letters/words';

describe('letter wording', () => {
  it('writes ordinals as a parent would read them', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });

  it('writes dates out in full, across month and year ends', () => {
    expect(longDate('2026-11-24')).toBe('Tuesday 24 November 2026');
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 14)).toBe('2028-03-05');
  });

  it('joins lists and keeps the first sentence of a description', () => {
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(firstSentence('More time for maths. Reviewed each term.')).toBe('More time for maths.');
    expect(firstSentence('Version 2.5 of the route')).toBe('Version 2.5 of the route');
  });
});
