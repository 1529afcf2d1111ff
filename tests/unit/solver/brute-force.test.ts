import { describe, expect, it } from 'vitest';
import type { Cohort } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';
import { solve } from '../../../src/core/solver';
import { makeCohort, type CourseSpec } from './cohorts';

/** Every way to put each group in its own block(s), as lists of block-index masks. */
function allLayouts(cohort: Cohort): { course: string; mask: number }[][] {
  const slots = cohort.courses.flatMap((c) => Array.from({ length: c.groups ?? 0 }, () => c));
  const blockMasks = (span: number): number[] => {
    const n = cohort.blocks.length;
    const masks: number[] = [];
    for (let mask = 1; mask < 1 << n; mask += 1) {
      if (mask.toString(2).split('1').length - 1 === span) masks.push(mask);
    }
    return masks;
  };
  let layouts: { course: string; mask: number }[][] = [[]];
  for (const c of slots) {
    layouts = layouts.flatMap((layout) =>
      blockMasks(c.blocksSpanned).map((mask) => [...layout, { course: c.code, mask }]),
    );
  }
  return layouts;
}

/** Pupils who can take one group of each choice with no block twice, by trying every pick. */
function satisfiable(cohort: Cohort, layout: { course: string; mask: number }[]): number {
  const fits = (codes: readonly string[], used: number): boolean => {
    const [first, ...rest] = codes;
    if (first === undefined) return true;
    return layout.some(
      (group) =>
        group.course === first && (group.mask & used) === 0 && fits(rest, used | group.mask),
    );
  };
  return cohort.choices.filter((list) => fits(list.choices, 0)).length;
}

/**
 * With group sizes: the most pupils who can each take one group of every choice, in distinct
 * blocks and within every group's maximum, by trying every seating.
 */
function seatable(cohort: Cohort, layout: { course: string; mask: number }[]): number {
  const max = new Map(cohort.courses.map((c) => [c.code, c.maxGroupSize]));
  const seats = layout.map((group) => max.get(group.course) ?? 0);
  const ways = (codes: readonly string[], used: number): number[][] => {
    const [first, ...rest] = codes;
    if (first === undefined) return [[]];
    return layout.flatMap((group, g) =>
      group.course === first && (group.mask & used) === 0
        ? ways(rest, used | group.mask).map((tail) => [g, ...tail])
        : [],
    );
  };
  const options = cohort.choices.map((list) => ways(list.choices, 0));
  const best = (p: number): number => {
    const mine = options[p];
    if (mine === undefined) return 0;
    let most = best(p + 1);
    for (const way of mine) {
      if (way.some((g) => (seats[g] ?? 0) === 0)) continue;
      for (const g of way) seats[g] = (seats[g] ?? 0) - 1;
      most = Math.max(most, 1 + best(p + 1));
      for (const g of way) seats[g] = (seats[g] ?? 0) + 1;
    }
    return most;
  };
  return best(0);
}

function tinyCohort(seed: number, maxSize = 100): Cohort {
  const random = createRandom(`brute-force/${seed}/${maxSize}`);
  const blocks = ['A', 'B', 'C'].slice(0, random.int(2, 3));
  const courses: CourseSpec[] = ['Hi', 'Gg', 'Fr', 'Ar']
    .slice(0, random.int(3, 4))
    .map((code, i) => ({
      code,
      max: maxSize,
      groups: random.int(1, 2),
      span: i === 0 && blocks.length === 3 && random.chance(0.4) ? 2 : 1,
    }));
  const codes = courses.map((c) => c.code);
  const pupils: [string[]][] = Array.from({ length: random.int(6, maxSize < 100 ? 9 : 14) }, () => [
    random.shuffle(codes).slice(0, random.int(2, Math.min(3, blocks.length))),
  ]);
  return makeCohort({ blocks, courses, pupils });
}

describe('the search against brute force on tiny cohorts', () => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))(
    'finds the most pupils with all their choices (seed %i)',
    (seed) => {
      const cohort = tinyCohort(seed);
      const best = Math.max(...allLayouts(cohort).map((layout) => satisfiable(cohort, layout)));
      const result = solve(cohort, { seed, maxIterations: 3000, timeLimitMs: 60_000 });
      expect(result.metrics.fullySatisfied).toBe(best);
    },
  );

  it.each(Array.from({ length: 25 }, (_, i) => i + 1))(
    'finds the most pupils with all their choices within group sizes (seed %i)',
    (seed) => {
      const cohort = tinyCohort(seed, 3);
      const best = Math.max(...allLayouts(cohort).map((layout) => seatable(cohort, layout)));
      const result = solve(cohort, { seed, maxIterations: 3000, timeLimitMs: 60_000 });
      expect(result.metrics.fullySatisfied).toBe(best);
    },
  );
});
