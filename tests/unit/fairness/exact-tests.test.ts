import { describe, expect, it } from 'vitest';
import { fisherExactTest, stratifiedExactTest } from '../../../src/core/fairness';

describe("Fisher's exact test (two-sided)", () => {
  it('gives p = 0.4857 for the tea-tasting table (3 of 4 cups right)', () => {
    expect(fisherExactTest({ a: 3, b: 1, c: 1, d: 3 })).toBeCloseTo(0.485714, 6);
  });

  it('gives p = 0.00276 for the dieting table (1 of 10 men against 11 of 14 women)', () => {
    expect(fisherExactTest({ a: 1, b: 9, c: 11, d: 3 })).toBeCloseTo(0.0027595, 7);
  });

  it('gives the same p whichever way round the rows or columns are written', () => {
    const p = fisherExactTest({ a: 10, b: 2, c: 1, d: 11 });
    expect(p).toBeCloseTo(0.00064419, 8);
    expect(fisherExactTest({ a: 1, b: 11, c: 10, d: 2 })).toBeCloseTo(p, 12);
    expect(fisherExactTest({ a: 2, b: 10, c: 11, d: 1 })).toBeCloseTo(p, 12);
  });

  it('gives p = 1 for a table with nothing to tell, including an empty one', () => {
    expect(fisherExactTest({ a: 5, b: 5, c: 5, d: 5 })).toBe(1);
    expect(fisherExactTest({ a: 0, b: 0, c: 0, d: 0 })).toBe(1);
  });

  it('refuses counts that are not whole and non-negative', () => {
    expect(() => fisherExactTest({ a: -1, b: 2, c: 3, d: 4 })).toThrow(RangeError);
    expect(() => fisherExactTest({ a: 1.5, b: 2, c: 3, d: 4 })).toThrow(RangeError);
  });
});

describe('the exact stratified (Cochran–Mantel–Haenszel) test', () => {
  it("is Fisher's exact test when there is one stratum", () => {
    const table = { a: 1, b: 9, c: 11, d: 3 };
    expect(stratifiedExactTest([table])).toBeCloseTo(fisherExactTest(table), 12);
  });

  it('adds up the strata: two perfect 1-1 tables give p = 0.5, worked by hand', () => {
    // Each stratum's a is 0 or 1 with chance 1/2; the total is 0, 1 or 2 with 1/4, 1/2, 1/4.
    const table = { a: 1, b: 0, c: 0, d: 1 };
    expect(stratifiedExactTest([table, table])).toBeCloseTo(0.5, 12);
  });

  it("gives p = 0.040 for R's penicillin and rabbits data (mantelhaen.test, exact = TRUE)", () => {
    const rabbits = [
      { a: 0, b: 6, c: 0, d: 5 },
      { a: 3, b: 3, c: 0, d: 6 },
      { a: 6, b: 0, c: 2, d: 4 },
      { a: 5, b: 1, c: 6, d: 0 },
      { a: 2, b: 0, c: 5, d: 0 },
    ];
    expect(stratifiedExactTest(rabbits)).toBeCloseTo(0.039945, 6);
  });

  it('finds a gap repeated in three strata that no single stratum shows', () => {
    const stratum = { a: 4, b: 6, c: 1, d: 9 };
    expect(fisherExactTest(stratum)).toBeCloseTo(0.3034, 4);
    expect(stratifiedExactTest([stratum, stratum, stratum])).toBeCloseTo(0.017288, 6);
  });
});
