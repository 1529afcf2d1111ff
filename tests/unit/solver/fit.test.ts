import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random';
import {
  EXACT_PARTIALS,
  fullOptions,
  partialOptions,
  QUICK_PARTIALS,
  type FitItem,
} from '../../../src/core/solver/fit';

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

  it('finds exactly the ways a brute force finds, on random small combinations', () => {
    const random = createRandom('fit/brute');
    for (let round = 0; round < 200; round += 1) {
      const blocks = random.int(3, 6);
      const items = Array.from({ length: random.int(1, 4) }, (_, c) => {
        const span = random.chance(0.2) ? 2 : 1;
        const masks = new Set<number>();
        for (let n = random.int(1, 3); n > 0; n -= 1) {
          const first = random.int(0, blocks - 1);
          const second = (first + random.int(1, blocks - 1)) % blocks;
          masks.add(span === 2 ? (1 << first) | (1 << second) : 1 << first);
        }
        return item(c, [...masks]);
      });
      const expected = bruteForce(items)
        .map((masks) => masks.join())
        .sort();
      const found = fullOptions(items).map((o) =>
        items.map((it) => o.masks[o.courses.indexOf(it.course)]).join(),
      );
      if (expected.length <= 16) expect([...found].sort()).toEqual(expected);
      else expect(found).toHaveLength(16);
    }
  });

  it('finds the best partial way with either effort, keeping at most its number of options', () => {
    const items = [
      item(0, [0b001, 0b010], 'choice', 1000),
      item(1, [0b001], 'choice', 999),
      item(2, [0b010], 'choice', 998),
      item(3, [0b100], 'choice', 997),
      item(4, [0b100, 0b010], 'reserve', 600),
    ];
    const exact = partialOptions(items, 4);
    const quick = partialOptions(items, 4, QUICK_PARTIALS);
    expect(exact[0]?.weight).toBe(1000 + 999 + 997);
    expect(quick[0]?.weight).toBe(exact[0]?.weight);
    expect(quick.length).toBeLessThanOrEqual(QUICK_PARTIALS.options);
    expect(exact.length).toBeLessThanOrEqual(EXACT_PARTIALS.options);
    for (const option of exact) {
      expect(option.masks.reduce((all, mask) => (all & mask ? -1 : all | mask), 0)).not.toBe(-1);
    }
  });
});

/** Every way to give each item one of its masks, no two sharing a block. */
function bruteForce(items: readonly FitItem[]): number[][] {
  let ways: number[][] = [[]];
  for (const it of items) {
    ways = ways.flatMap((way) =>
      it.masks
        .filter((mask) => way.every((taken) => (taken & mask) === 0))
        .map((mask) => [...way, mask]),
    );
  }
  return ways;
}
