import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/random';

const draws = (count: number, draw: () => number) => Array.from({ length: count }, draw);

describe('seeded random numbers', () => {
  it('repeats exactly for a seed, whether given as a number or as text', () => {
    const a = createRandom(42);
    const b = createRandom('42');
    expect(draws(100, () => a.next())).toEqual(draws(100, () => b.next()));
  });

  it('gives a different stream for a different seed, even a similar one', () => {
    const first = draws(10, () => createRandom('demo-1').next());
    const second = draws(10, () => createRandom('demo-2').next());
    expect(first).not.toEqual(second);
  });

  it('keeps its stream from one release to the next, so a demo seed names one cohort', () => {
    // Pinned values: changing the generator would silently change every seeded demo plan.
    const random = createRandom('ks4');
    expect([random.nextUint32(), random.nextUint32(), random.nextUint32()]).toEqual([
      2244290484, 1449429290, 1096712629,
    ]);
  });

  it('draws floats in [0, 1) spread evenly', () => {
    const random = createRandom(1);
    const values = draws(20_000, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const lowerHalf = values.filter((value) => value < 0.5).length / values.length;
    expect(lowerHalf).toBeGreaterThan(0.48);
    expect(lowerHalf).toBeLessThan(0.52);
  });

  it('draws whole numbers in an inclusive range, reaching both ends', () => {
    const random = createRandom(2);
    const values = new Set(draws(2_000, () => random.int(3, 7)));
    expect([...values].sort()).toEqual([3, 4, 5, 6, 7]);
    expect(createRandom(3).int(5, 5)).toBe(5);
    expect(() => random.int(7, 3)).toThrow(RangeError);
    expect(() => random.int(0, 2.5)).toThrow(RangeError);
  });

  it('picks every item of a list in time and refuses an empty list', () => {
    const random = createRandom(4);
    const items = ['Fr', 'Sp', 'Ge'];
    expect(new Set(draws(200, () => items.indexOf(random.pick(items))))).toEqual(
      new Set([0, 1, 2]),
    );
    expect(() => random.pick([])).toThrow(RangeError);
  });

  it('picks by weight: in proportion, never a zero weight, and refuses all-zero weights', () => {
    const random = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 20_000; i += 1) {
      const index = random.weightedIndex([1, 0, 3]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / 20_000).toBeCloseTo(0.75, 1);
    expect(random.weightedPick(['a', 'b'], (item) => (item === 'b' ? 1 : 0))).toBe('b');
    expect(() => random.weightedIndex([0, 0])).toThrow(RangeError);
    expect(() => random.weightedIndex([])).toThrow(RangeError);
  });

  it('shuffles into a new order without losing or changing the original list', () => {
    const random = createRandom(6);
    const original = Array.from({ length: 20 }, (_, i) => i);
    const shuffled = random.shuffle(original);
    expect(original).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(original);
    expect(shuffled).not.toEqual(original);
  });

  it('draws normal numbers with the mean and spread asked for', () => {
    const random = createRandom(7);
    const values = draws(20_000, () => random.normal(104, 6));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const sd = Math.sqrt(
      values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length,
    );
    expect(mean).toBeCloseTo(104, 0);
    expect(sd).toBeGreaterThan(5.8);
    expect(sd).toBeLessThan(6.2);
    expect(values.every(Number.isFinite)).toBe(true);
  });
});
