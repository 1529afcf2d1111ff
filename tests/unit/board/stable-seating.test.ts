import { describe, expect, it } from 'vitest';
import { keepSeats } from '../../../src/core/board';
import type { Cohort } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';
import {
  computeMetrics,
  createEvaluator,
  solve,
  type LockedPlacement,
  type PupilPlacement,
  type Solution,
} from '../../../src/core/solver';
import { makeCohort, randomCohort } from '../solver/cohorts';

/** History runs two parallel groups of three in block A; Geography one group in block B. */
const cohort = makeCohort({
  blocks: ['A', 'B'],
  courses: [
    { code: 'HI', max: 3 },
    { code: 'GE', max: 30 },
  ],
  pupils: [1, 2, 3, 4, 5].map(() => [['HI', 'GE']]),
});
const groups = [
  { label: 'HI1', course: 'HI', blocks: ['A'], teacher: null },
  { label: 'HI2', course: 'HI', blocks: ['A'], teacher: null },
  { label: 'GE1', course: 'GE', blocks: ['B'], teacher: null },
];
const history = (seats: Record<string, string>, withGroups = groups): Solution => ({
  groups: withGroups,
  placements: Object.entries(seats).map(([upn, group]) => ({
    upn,
    course: 'HI',
    group,
    reserve: false,
  })),
});
const seatsOf = (solution: Solution): Record<string, string> =>
  Object.fromEntries(solution.placements.map((p) => [p.upn, p.group]));

describe('keeping seats after the engine re-seats', () => {
  it('puts each pupil back in the parallel group they were in', () => {
    const previous = history({ P1: 'HI2', P2: 'HI1', P3: 'HI2', P4: 'HI1' });
    const engine = history({ P1: 'HI1', P2: 'HI1', P3: 'HI2', P4: 'HI2' });
    expect(seatsOf(keepSeats(cohort, previous, engine))).toEqual(seatsOf(previous));
  });

  it('seats a newcomer in the group the engine left short, keeping sizes even', () => {
    const previous = history({ P1: 'HI2', P2: 'HI2', P3: 'HI1' });
    const engine = history({ P1: 'HI1', P2: 'HI1', P3: 'HI2', P4: 'HI2' });
    const kept = keepSeats(cohort, previous, engine);
    expect(seatsOf(kept)).toEqual({ P1: 'HI2', P2: 'HI2', P3: 'HI1', P4: 'HI1' });
  });

  it('sends a returning pupil elsewhere when their old group is full', () => {
    // Four pupils were in HI1 (the engine had overfilled it); now it may hold three.
    const previous = history({ P1: 'HI1', P2: 'HI1', P3: 'HI1', P4: 'HI1' });
    const engine = history({ P1: 'HI1', P2: 'HI1', P3: 'HI2', P4: 'HI2' });
    const kept = keepSeats(cohort, previous, engine);
    expect(seatsOf(kept)).toEqual({ P1: 'HI1', P2: 'HI1', P3: 'HI1', P4: 'HI2' });
  });

  it('does not hold a pupil in a group that has moved to other blocks', () => {
    const moved = groups.map((g) => (g.label === 'HI2' ? { ...g, blocks: ['B'] } : g));
    const previous = history({ P1: 'HI2', P2: 'HI1' });
    // HI2 is now in block B; P1 is in block A with HI1 only, so stays where the engine put them.
    const engine = history({ P1: 'HI1', P2: 'HI1' }, moved);
    expect(seatsOf(keepSeats(cohort, previous, engine))).toEqual({ P1: 'HI1', P2: 'HI1' });
  });

  it('lets a locked pupil keep the group they are locked in before anyone returns', () => {
    const previous = history({ P1: 'HI1', P2: 'HI1', P3: 'HI1', P4: 'HI2' });
    const engine = history({ P4: 'HI1', P1: 'HI1', P2: 'HI1', P3: 'HI2' });
    const locks: LockedPlacement[] = [{ upn: 'P4', course: 'HI', group: 'HI1' }];
    const kept = keepSeats(cohort, previous, engine, locks);
    // P4 takes a seat in HI1 first; of the three returning, the last in order goes to HI2.
    expect(seatsOf(kept)).toEqual({ P4: 'HI1', P1: 'HI1', P2: 'HI1', P3: 'HI2' });
  });

  it('on random cohorts changes only the parallel group, and keeps unaffected pupils', () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      const random = randomCohort(seed);
      const { solution } = solve(random, { seed, maxIterations: 100, stallIterations: 50 });
      const evaluator = createEvaluator(random, solution);
      const previous = evaluator.solution();
      const shuffled = shuffleWithinBuckets(random, previous, `keep/${seed}`);
      const moving = pickMovable(random, previous, `move/${seed}`);
      if (moving) evaluator.moveGroup(moving.label, moving.blocks);
      const next = evaluator.solution();
      const kept = keepSeats(random, shuffled, next);

      const bucket = bucketsOf(next);
      expect(kept.groups).toEqual(next.groups);
      expect(kept.placements).toHaveLength(next.placements.length);
      kept.placements.forEach((placement, i) => {
        const engine = next.placements[i] as PupilPlacement;
        expect({ ...placement, group: '' }).toEqual({ ...engine, group: '' });
        expect(bucket.get(placement.group)).toBe(bucket.get(engine.group));
      });
      // Only group sizes may differ: who has which course in which blocks is the engine's.
      expect({ ...computeMetrics(random, kept), groupSizes: null }).toEqual({
        ...computeMetrics(random, next),
        groupSizes: null,
      });

      const max = new Map(random.courses.map((c) => [c.code, c.maxGroupSize]));
      const engineSizes = sizes(next);
      const previousSizes = sizes(shuffled);
      for (const [label, size] of sizes(kept)) {
        const course = next.groups.find((g) => g.label === label)?.course ?? '';
        expect(size).toBeLessThanOrEqual(
          Math.max(max.get(course) ?? 0, engineSizes.get(label) ?? 0),
        );
      }
      const before = bucketsOf(shuffled);
      const seatBefore = new Map(shuffled.placements.map((p) => [`${p.upn}/${p.course}`, p.group]));
      for (const placement of kept.placements) {
        const old = seatBefore.get(`${placement.upn}/${placement.course}`);
        const here = bucket.get(placement.group);
        // Unaffected: same course in the same blocks, and their old group is still there.
        if (old === undefined || before.get(old) !== here || bucket.get(old) !== here) continue;
        const course = next.groups.find((g) => g.label === old)?.course ?? '';
        if ((previousSizes.get(old) ?? 0) > (max.get(course) ?? 0)) continue;
        // Their group was within its maximum, so there is room for all who return to it.
        expect(placement.group).toBe(old);
      }
    }
  });
});

/** The seats of each set of parallel groups dealt out again at random, as a user might have. */
function shuffleWithinBuckets(cohort: Cohort, solution: Solution, seed: string): Solution {
  const random = createRandom(seed);
  const bucket = bucketsOf(solution);
  const members = new Map<string, string[]>();
  for (const group of solution.groups) {
    const key = bucket.get(group.label) ?? '';
    members.set(key, [...(members.get(key) ?? []), group.label]);
  }
  const max = new Map(cohort.courses.map((c) => [c.code, c.maxGroupSize]));
  const taken = new Map<string, number>();
  return {
    groups: solution.groups,
    placements: solution.placements.map((placement) => {
      const options = (members.get(bucket.get(placement.group) ?? '') ?? []).filter(
        (label) => (taken.get(label) ?? 0) < (max.get(placement.course) ?? 0),
      );
      const group = options.length > 0 ? random.pick(options) : placement.group;
      taken.set(group, (taken.get(group) ?? 0) + 1);
      return { ...placement, group };
    }),
  };
}

function pickMovable(
  cohort: Cohort,
  solution: Solution,
  seed: string,
): { label: string; blocks: string[] } | null {
  const random = createRandom(seed);
  const single = solution.groups.filter((g) => g.blocks.length === 1);
  if (single.length === 0) return null;
  const moving = random.pick(single);
  const course = cohort.courses.find((c) => c.code === moving.course);
  const allowed = course?.allowedBlocks.length ? course.allowedBlocks : cohort.blocks;
  return { label: moving.label, blocks: [random.pick(allowed)] };
}

function bucketsOf(solution: Solution): Map<string, string> {
  return new Map(
    solution.groups.map((g) => [g.label, `${g.course}|${[...g.blocks].sort().join(',')}`]),
  );
}

function sizes(solution: Solution): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of solution.placements) counts.set(p.group, (counts.get(p.group) ?? 0) + 1);
  return counts;
}
