import { describe, expect, it } from 'vitest';
import { asSolution } from '../../src/core/baselines/as-solution';
import { greedyBlocking } from '../../src/core/baselines/greedy';
import type { Cohort, Course, StaffMember } from '../../src/core/model';
import { plantedInstance } from '../../src/core/planted';
import { computeMetrics } from '../../src/core/solver';
import { fullySatisfiedCount, layoutProblems } from '../helpers/check-layout';

const course = (code: string, extra: Partial<Course> = {}): Course => ({
  code,
  name: code,
  maxGroupSize: 30,
  minGroupSize: 1,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: null,
  category: null,
  ...extra,
});
const everyone = (count: number, choices: string[]) =>
  Array.from({ length: count }, (_, i) => ({ upn: `u${i}`, choices, reserves: [] }));

describe('greedyBlocking', () => {
  it('puts courses that pupils take together in different blocks', () => {
    const cohort: Cohort = {
      blocks: ['A', 'B', 'C'],
      courses: [course('X'), course('Y'), course('Z')],
      pupils: [],
      choices: [...everyone(10, ['X', 'Y', 'Z']), ...everyone(5, ['X', 'Y'])],
      staff: [],
    };
    const result = greedyBlocking(cohort);
    expect(new Set(result.groups.map((g) => g.blocks[0])).size).toBe(3);
    expect(result.metrics).toMatchObject({ pupils: 15, fullySatisfied: 15, choicesMet: 40 });
    expect(result.unstaffed).toEqual([]);
  });

  it('runs enough groups for the demand when the count is not fixed, spread over blocks', () => {
    const cohort: Cohort = {
      blocks: ['A', 'B', 'C'],
      courses: [course('X'), course('Y', { groups: 1 })],
      pupils: [],
      choices: everyone(70, ['X']),
      staff: [],
    };
    const { groups } = greedyBlocking(cohort);
    const x = groups.filter((g) => g.course === 'X');
    expect(x.map((g) => g.label)).toEqual(['X-1', 'X-2', 'X-3']);
    expect(new Set(x.map((g) => g.blocks[0])).size).toBe(3);
    expect(groups.filter((g) => g.course === 'Y')).toHaveLength(1);
  });

  it('places groups only where a qualified teacher is free, unless told to ignore staff', () => {
    const teacher: StaffMember = {
      code: 'T1',
      name: 'T1',
      courses: ['X'],
      maxGroups: null,
      unavailableBlocks: ['A'],
    };
    const cohort: Cohort = {
      blocks: ['A', 'B'],
      courses: [course('X', { groups: 1 }), course('Y', { groups: 1 })],
      pupils: [],
      choices: everyone(4, ['X', 'Y']),
      staff: [teacher],
    };
    const staffed = greedyBlocking(cohort);
    expect(staffed.groups.find((g) => g.course === 'X')).toMatchObject({
      blocks: ['B'],
      teacher: 'T1',
    });
    expect(layoutProblems(cohort, staffed.groups, { staff: true })).toEqual([]);
    // Nobody teaches Y: it is placed, and reported unstaffed.
    expect(staffed.unstaffed).toEqual(['Y-1']);
    expect(staffed.metrics.fullySatisfied).toBe(4);

    const ignoring = greedyBlocking(cohort, { respectStaff: false });
    expect(ignoring.groups.find((g) => g.course === 'X')).toMatchObject({
      blocks: ['A'],
      teacher: null,
    });
    expect(ignoring.unstaffed).toEqual([]);
  });

  it('keeps a double course in two blocks and a restricted course in its block', () => {
    const cohort: Cohort = {
      blocks: ['A', 'B', 'C', 'D'],
      courses: [
        course('TSc', { blocksSpanned: 2, groups: 1 }),
        course('Col', { allowedBlocks: ['D'], groups: 1, maxGroupSize: 40 }),
        course('Fr', { groups: 2 }),
      ],
      pupils: [],
      choices: [...everyone(20, ['TSc', 'Fr', 'Col']), ...everyone(20, ['Fr', 'Col'])],
      staff: [],
    };
    const result = greedyBlocking(cohort);
    expect(layoutProblems(cohort, result.groups)).toEqual([]);
    expect(result.metrics.fullySatisfied).toBe(40);
  });

  it('reports a course it cannot place instead of failing', () => {
    const cohort: Cohort = {
      blocks: ['A', 'B'],
      courses: [course('TSc', { blocksSpanned: 2, allowedBlocks: ['A'] }), course('Fr')],
      pupils: [],
      choices: everyone(3, ['TSc', 'Fr']),
      staff: [],
    };
    const result = greedyBlocking(cohort);
    expect(result.unplaced).toEqual(['TSc']);
    expect(result.groups.map((g) => g.course)).toEqual(['Fr']);
    expect(result.metrics).toMatchObject({ fullySatisfied: 0, choicesMet: 3 });
  });

  it.each([
    { pupils: 150, blocks: 4, courses: 14, seed: 21 },
    { pupils: 260, blocks: 5, courses: 22, seed: 22 },
  ])('gives a valid, staffed layout and allocation on planted cohorts (seed $seed)', (options) => {
    const { cohort } = plantedInstance(options);
    const result = greedyBlocking(cohort);
    expect(
      layoutProblems(cohort, result.groups, { staff: true, allocation: result.allocation }),
    ).toEqual([]);
    expect(fullySatisfiedCount(cohort, result.groups, result.allocation)).toBe(
      result.metrics.fullySatisfied,
    );
    expect(result.metrics.fullySatisfied).toBeLessThanOrEqual(result.ignoringSizes.fullySatisfied);
    expect(result.metrics.choicesMet).toBeLessThanOrEqual(result.metrics.choicesRequested);
    // A baseline, not a solver: it should still seat most pupils of a cohort that all fit.
    expect(result.metrics.fullySatisfied).toBeGreaterThan(options.pupils * 0.8);
    expect(greedyBlocking(cohort)).toEqual(result);
    // The solver's own measure of the same answer agrees.
    const measured = computeMetrics(cohort, asSolution(result.groups, result.allocation));
    expect(measured).toMatchObject({
      pupils: result.metrics.pupils,
      fullySatisfied: result.metrics.fullySatisfied,
      choicesRequested: result.metrics.choicesRequested,
      choicesMet: result.metrics.choicesMet,
      teacherClashes: 0,
      unstaffedGroups: 0,
    });
  });
});
