import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/core/random';
import { solve, type SolveOptions } from '../../../src/core/solver';
import { expectValidSolution } from './check';
import { randomCohort } from './cohorts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('every solution on random small cohorts', () => {
  it.each(SEEDS)('keeps every hard rule (seed %i)', (seed) => {
    const cohort = randomCohort(seed);
    const result = solve(cohort, { seed, maxIterations: 1500, timeLimitMs: 60_000 });
    expectValidSolution(cohort, result.solution);
    expect(result.metrics.teacherClashes).toBe(0);
    expect(result.metrics.unstaffedGroups).toBe(0);
    expect(result.metrics.pupils).toBe(cohort.choices.length);
    expect(result.metrics.unresolved).toBe(result.metrics.pupils - result.metrics.fullySatisfied);
    // Every pupil who is not fully satisfied has at least one choice explained.
    const explained = new Set(result.unresolved.map((entry) => entry.upn));
    expect(explained.size).toBe(result.metrics.unresolved);
  });

  it.each(SEEDS.slice(0, 25))('keeps pins, rules and locked pupils (seed %i)', (seed) => {
    const cohort = randomCohort(seed);
    const first = solve(cohort, { seed, maxIterations: 300 });
    const random = createRandom(`constraints/${seed}`);
    const singles = first.solution.groups.filter((group) => group.blocks.length === 1);
    const pinned = random.pick(singles);
    const course = cohort.courses.find((c) => c.code === pinned.course);
    const allowed = course?.allowedBlocks.length ? course.allowedBlocks : cohort.blocks;
    const others = singles.filter((group) => group.label !== pinned.label);
    const [apartA, apartB, ...rest] = random.shuffle(others);
    const free = rest.filter(
      (group) => cohort.courses.find((c) => c.code === group.course)?.allowedBlocks.length === 0,
    );
    const [togetherA, togetherB] = free;
    const placement = random.pick(first.solution.placements);
    const options: SolveOptions = {
      seed,
      maxIterations: 1500,
      pins: { [pinned.label]: [random.pick(allowed)] },
      rules: [
        ...(apartA && apartB
          ? [{ kind: 'apart' as const, groups: [apartA.label, apartB.label] as [string, string] }]
          : []),
        ...(togetherA && togetherB
          ? [
              {
                kind: 'together' as const,
                groups: [togetherA.label, togetherB.label] as [string, string],
              },
            ]
          : []),
      ],
      lockedPlacements: [{ upn: placement.upn, course: placement.course, group: placement.group }],
    };
    const result = solve(cohort, options);
    expectValidSolution(cohort, result.solution, options);
  });
});
