import { describe, expect, it } from 'vitest';
import { plantedInstance } from '../../../src/core/planted';
import { generateSyntheticCohort } from '../../../src/core/synthetic';
import { solve, type SolverProgress } from '../../../src/core/solver';
import { expectValidSolution } from './check';
import { makeCohort, randomCohort } from './cohorts';
import { plantedCohort } from './planted';

describe('solve', () => {
  it('gives the same solution for the same seed', () => {
    const cohort = generateSyntheticCohort({ pupils: 120, seed: 'determinism' }).cohort;
    const options = { seed: 7, maxIterations: 400, timeLimitMs: 60_000 };
    const first = solve(cohort, options);
    const second = solve(cohort, options);
    expect(second.solution).toEqual(first.solution);
    expect(second.stats.iterations).toBe(first.stats.iterations);
  });

  it('gives every pupil every choice on a planted cohort', () => {
    const { cohort } = plantedCohort(1, 150);
    const result = solve(cohort, { seed: 1, timeLimitMs: 20_000, stallIterations: 4000 });
    expect(result.metrics.fullySatisfied).toBe(150);
    expect(result.unresolved).toEqual([]);
    expectValidSolution(cohort, result.solution);
  });

  it('starts from a constructive layout that can already satisfy everyone', () => {
    const { cohort } = plantedInstance({ pupils: 240, blocks: 5, courses: 24, seed: 1 });
    const result = solve(cohort, { seed: 1, maxIterations: 1 });
    expect(result.metrics.fullySatisfied).toBe(240);
    expectValidSolution(cohort, result.solution);
  });

  it('does not freeze on a tight cohort where every move costs several pupils', () => {
    // One group per course and pupils filling every block: a perfect layout exists, but any
    // single move from a wrong one breaks many pupils' timetables at once.
    for (const seed of [1, 2, 3]) {
      const { cohort } = plantedInstance({ pupils: 30, blocks: 4, courses: 8, seed });
      const result = solve(cohort, { seed, maxIterations: 20_000, timeLimitMs: 60_000 });
      expect(result.metrics.fullySatisfied).toBe(30);
      expectValidSolution(cohort, result.solution);
    }
  });

  it('stops early once every pupil has every choice and balance stops improving', () => {
    const { cohort } = plantedCohort(1, 150);
    const options = { seed: 1, timeLimitMs: 60_000, maxIterations: 1_000_000 };
    const result = solve(cohort, { ...options, stallIterations: 1_000_000 });
    expect(result.stats.stoppedBy).toBe('optimal');
    expect(result.metrics.fullySatisfied).toBe(150);
    expect(result.stats.iterations).toBeLessThan(100_000);
    expect(solve(cohort, { ...options, stallIterations: 1_000_000 }).solution).toEqual(
      result.solution,
    );
  });

  it('keeps searching while some pupil still misses a choice', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B'],
      courses: [
        { code: 'Hi', groups: 1 },
        { code: 'Gg', groups: 1 },
        { code: 'Ar', groups: 1 },
      ],
      pupils: [[['Hi', 'Gg']], [['Gg', 'Ar']], [['Hi', 'Ar']]],
    });
    const result = solve(cohort, { seed: 1, maxIterations: 5000, stallIterations: 1_000_000 });
    expect(result.metrics.fullySatisfied).toBe(2);
    expect(result.stats.stoppedBy).toBe('iterations');
  });

  it('returns a valid best-so-far layout when cancelled', () => {
    const cohort = generateSyntheticCohort({ pupils: 200, seed: 'cancel' }).cohort;
    let checks = 0;
    const progress: SolverProgress[] = [];
    const result = solve(cohort, {
      seed: 3,
      shouldStop: () => (checks += 1) > 20,
      onProgress: (report) => progress.push(report),
    });
    expect(result.stats.stoppedBy).toBe('cancelled');
    expect(result.stats.iterations).toBeLessThanOrEqual(20 * 8);
    expect(result.metrics.teacherClashes).toBe(0);
    expectValidSolution(cohort, result.solution);
    for (const report of progress) expect(report.best.pupils).toBe(200);
  });

  it('reports progress with the best figures so far', () => {
    const cohort = generateSyntheticCohort({ pupils: 240, seed: 'progress' }).cohort;
    const progress: SolverProgress[] = [];
    solve(cohort, { seed: 1, timeLimitMs: 1500, onProgress: (report) => progress.push(report) });
    expect(progress.length).toBeGreaterThan(0);
    const best = progress.map((report) => report.best.fullySatisfied);
    expect([...best].sort((a, b) => a - b)).toEqual(best);
  });

  it('re-solving from a solution with no new pins moves nothing', () => {
    const { cohort, layout } = plantedCohort(2, 120);
    const result = solve(cohort, { seed: 4, startFrom: layout, maxIterations: 2000 });
    const before = new Map(layout.groups.map((g) => [g.label, g.blocks]));
    for (const group of result.solution.groups)
      expect(group.blocks).toEqual(before.get(group.label));
    expect(result.metrics.fullySatisfied).toBe(120);
  });

  it('re-solves around a new pin, keeping the other groups where they were when it can', () => {
    const { cohort, layout } = plantedCohort(3, 60);
    const moved = layout.groups[0];
    if (!moved) throw new Error('planted layout has no groups');
    const target = cohort.blocks.find((b) => !moved.blocks.includes(b)) ?? 'A';
    const pins = { [moved.label]: [target] };
    const result = solve(cohort, { seed: 5, startFrom: layout, pins, maxIterations: 3000 });
    expectValidSolution(cohort, result.solution, { pins });
    const before = new Map(layout.groups.map((g) => [g.label, g.blocks.join()]));
    const changed = result.solution.groups.filter((g) => before.get(g.label) !== g.blocks.join());
    expect(changed.map((g) => g.label)).toContain(moved.label);
    const fresh = solve(cohort, { seed: 5, pins, maxIterations: 3000 });
    const changedFresh = fresh.solution.groups.filter(
      (g) => before.get(g.label) !== g.blocks.join(),
    );
    expect(changed.length).toBeLessThan(changedFresh.length);
  });

  it('re-solving keeps each group’s teacher when the group stays in its blocks', () => {
    const cohort = generateSyntheticCohort({ pupils: 200, seed: 'keep-staff' }).cohort;
    expect(cohort.staff.length).toBeGreaterThan(0);
    const first = solve(cohort, { seed: 2, maxIterations: 1500 });
    const result = solve(cohort, { seed: 9, startFrom: first.solution, maxIterations: 1500 });
    const before = new Map(first.solution.groups.map((g) => [g.label, g]));
    const stayed = result.solution.groups.filter(
      (g) => before.get(g.label)?.blocks.join() === g.blocks.join(),
    );
    expect(stayed.length).toBeGreaterThan(result.solution.groups.length / 2);
    const reshuffled = stayed.filter((g) => before.get(g.label)?.teacher !== g.teacher);
    expect(reshuffled.map((g) => g.label)).toEqual([]);
  });

  it('keeps the group counts of the solution it starts from', () => {
    const { cohort, layout } = plantedCohort(5, 40);
    const extra = { label: 'K03', course: 'K0', blocks: ['A'], teacher: null };
    const startFrom = { ...layout, groups: [...layout.groups, extra] };
    const result = solve(cohort, { seed: 1, startFrom, maxIterations: 200 });
    expect(result.solution.groups.filter((g) => g.course === 'K0')).toHaveLength(3);
    const recounted = solve(cohort, {
      seed: 1,
      startFrom,
      groupCounts: { K0: 1 },
      maxIterations: 200,
    });
    expect(recounted.solution.groups.filter((g) => g.course === 'K0')).toHaveLength(1);
  });

  it('puts double-course groups in two distinct blocks and pupils around them', () => {
    const cohort = randomCohort(2);
    const result = solve(cohort, { seed: 2, maxIterations: 500 });
    expectValidSolution(cohort, result.solution);
  });

  it('uses a reserve only when a choice cannot be had, and counts it as met', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B'],
      courses: [
        { code: 'Hi', name: 'History', groups: 1 },
        { code: 'Gg', name: 'Geography', groups: 1 },
        { code: 'Ar', name: 'Art', groups: 1 },
      ],
      pupils: [[['Hi', 'Gg'], ['Ar']], [['Hi', 'Gg'], ['Ar']], [['Hi', 'Ar']]],
    });
    const pins = { Hi1: ['A'], Gg1: ['A'], Ar1: ['B'] };
    const result = solve(cohort, { pins, maxIterations: 50 });
    expect(result.metrics.fullySatisfied).toBe(1);
    expect(result.metrics.reservesUsed).toBe(2);
    expect(result.metrics.choicesMet).toBe(6);
    const reasons = result.unresolved.map((entry) => entry.reason);
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) {
      expect(reason).toBe('Geography and History only run in block A; given Art instead');
    }
  });

  it('says which course is full and where', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B', 'C'],
      courses: [
        { code: 'Ar', name: 'Art', groups: 1, max: 2 },
        { code: 'Hi', name: 'History', groups: 1 },
      ],
      pupils: [[['Ar', 'Hi']], [['Ar', 'Hi']], [['Ar', 'Hi']]],
    });
    const result = solve(cohort, { pins: { Ar1: ['C'] }, maxIterations: 100 });
    expect(result.metrics.fullySatisfied).toBe(2);
    expect(result.unresolved).toEqual([
      { upn: expect.any(String), course: 'Ar', reason: 'Art is full in block C' },
    ]);
  });
});
