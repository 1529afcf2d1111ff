import { describe, expect, it } from 'vitest';
import { fullOptions, partialOptions, type FitItem } from '../../../src/core/solver/fit';

const item = (
  course: number,
  masks: number[],
  kind: FitItem['kind'] = 'choice',
  weight = 1000,
): FitItem => ({
  course,
  kind,
  weight,
  masks,
  buckets: masks.map((_, i) => course * 100 + i),
  forced: false,
});

describe('fitting one combination of courses into distinct blocks', () => {
  it('finds every way when there are few', () => {
    const options = fullOptions([item(0, [0b001, 0b010]), item(1, [0b010])]);
    expect(options.map((o) => o.masks)).toEqual([[0b010, 0b001]]);
  });

  it('finds none when two courses only run in the same block', () => {
    expect(fullOptions([item(0, [0b100]), item(1, [0b100]), item(2, [0b001])])).toEqual([]);
  });

  it('handles a double course and 14 blocks with 12 courses quickly', () => {
    // Course i runs in blocks i and i+1 (course 0 is a double in blocks 12 and 13).
    const items = [item(0, [(1 << 12) | (1 << 13)])];
    for (let c = 1; c < 12; c += 1) items.push(item(c, [1 << (c - 1), 1 << c]));
    const options = fullOptions(items);
    expect(options.length).toBeGreaterThan(0);
    for (const option of options) {
      const union = option.masks.reduce((all, mask) => {
        expect(all & mask).toBe(0);
        return all | mask;
      }, 0);
      expect(union.toString(2).split('1').length - 1).toBe(13);
    }
  });

  it('puts a reserve in place of a choice that cannot fit, choices first', () => {
    const options = partialOptions(
      [
        item(0, [0b01], 'choice', 1000),
        item(1, [0b01], 'choice', 999),
        item(2, [0b10], 'reserve', 600),
      ],
      2,
    );
    expect(options[0]).toMatchObject({ courses: [0, 2], originals: 1, reserves: 1, weight: 1600 });
    expect(options.every((o) => o.courses.length <= 2)).toBe(true);
  });
});
