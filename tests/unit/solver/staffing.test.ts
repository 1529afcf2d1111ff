import { describe, expect, it } from 'vitest';
import { formatMetrics } from '../../../src/cli/commands/solve';
import { decideGroupCounts, solve } from '../../../src/core/solver';
import { expectValidSolution } from './check';
import { makeCohort, teacher } from './cohorts';

describe('a plan without staff', () => {
  const unstaffed = makeCohort({
    blocks: ['A', 'B', 'C', 'D'],
    courses: [{ code: 'Hi', max: 2 }, { code: 'Gg' }, { code: 'TSc', span: 2 }, { code: 'Ar' }],
    staff: [],
    pupils: [
      [['Hi', 'Gg', 'Ar']],
      [['Hi', 'TSc']],
      [['Hi', 'Gg']],
      [['Gg', 'TSc']],
      [['Hi', 'Ar', 'Gg']],
    ],
  });

  it('places groups and seats pupils, leaving every teacher empty', () => {
    const result = solve(unstaffed, { seed: 2, maxIterations: 2000 });
    expect(result.metrics.fullySatisfied).toBe(5);
    expect(result.metrics.staffingPlanned).toBe(false);
    expect(result.metrics.unstaffedGroups).toBe(0);
    expect(result.metrics.teacherClashes).toBe(0);
    expect(result.solution.groups.map((group) => group.teacher)).toEqual(
      result.solution.groups.map(() => null),
    );
    // Four pupils chose History, at most two a group: size, not staffing, sets the count.
    expect(result.solution.groups.filter((group) => group.course === 'Hi')).toHaveLength(2);
    expectValidSolution(unstaffed, result.solution);
    const lines = formatMetrics(result.metrics);
    expect(lines).toContainEqual(expect.stringMatching(/^Staffing:\s+not planned/));
    expect(lines.some((line) => line.startsWith('Unstaffed groups'))).toBe(false);
  });

  it('raises no staffing problem for group counts or pins', () => {
    expect(decideGroupCounts(unstaffed, { Gg: 3 }).problems).toEqual([]);
    const pinned = solve(unstaffed, {
      seed: 1,
      maxIterations: 100,
      groupCounts: { Gg: 2 },
      pins: { Gg1: ['A'], Gg2: ['A'] },
    });
    expect(pinned.solution.groups.find((group) => group.label === 'Gg2')?.blocks).toEqual(['A']);
  });

  it('still reports staffing when the plan has staff', () => {
    const staffed = { ...unstaffed, staff: [teacher('AB', ['Gg', 'TSc', 'Ar'])] };
    expect(() => solve(staffed, { maxIterations: 10 })).toThrow(/Nobody can teach Hi,/);
    const planned = solve(
      { ...staffed, staff: [...staffed.staff, teacher('CD', ['Hi'])] },
      { seed: 1, maxIterations: 500 },
    );
    expect(planned.metrics.staffingPlanned).toBe(true);
    expect(planned.solution.groups.every((group) => group.teacher !== null)).toBe(true);
  });
});

describe('max_groups counts groups', () => {
  // One teacher for everything, who may take two groups: one double and one single.
  const cohort = makeCohort({
    blocks: ['A', 'B', 'C'],
    courses: [
      { code: 'TSc', span: 2, groups: 1 },
      { code: 'Gg', groups: 1 },
    ],
    staff: [teacher('AB', ['TSc', 'Gg'], { maxGroups: 2 })],
    pupils: [[['TSc', 'Gg']], [['TSc']], [['Gg']]],
  });

  it('lets a teacher with max_groups 2 take a double and a single group in distinct blocks', () => {
    const result = solve(cohort, { seed: 3, maxIterations: 500 });
    expect(result.metrics.unstaffedGroups).toBe(0);
    expect(result.metrics.teacherClashes).toBe(0);
    expect(result.metrics.fullySatisfied).toBe(3);
    expect(result.solution.groups.map((group) => group.teacher)).toEqual(['AB', 'AB']);
    const [double, single] = result.solution.groups;
    expect(double?.blocks).toHaveLength(2);
    expect(double?.blocks).not.toContain(single?.blocks[0]);
    expectValidSolution(cohort, result.solution);
  });

  it('still counts a double group against both of its blocks', () => {
    // A second single group cannot fit beside the double in three blocks.
    const crowded = { ...cohort, courses: cohort.courses.map((c) => ({ ...c, groups: 2 })) };
    const counts = decideGroupCounts({
      ...crowded,
      staff: [teacher('AB', ['TSc', 'Gg'], { maxGroups: 3 })],
    });
    expect(counts.problems).toEqual([
      'TSc is set to run 2 groups, but its teachers have time for 1.',
    ]);
    const result = solve(
      { ...cohort, staff: [teacher('AB', ['TSc', 'Gg'], { maxGroups: 3 })] },
      { seed: 1, maxIterations: 200, groupCounts: { Gg: 2 } },
    );
    expect(result.metrics.unstaffedGroups).toBe(1);
  });

  it('caps a teacher at max_groups groups, not blocks', () => {
    const capped = decideGroupCounts({
      ...cohort,
      courses: cohort.courses.map((c) => ({ ...c, groups: null })),
      staff: [teacher('AB', ['Gg'], { maxGroups: 2 }), teacher('CD', ['TSc'], { maxGroups: 1 })],
    });
    // CD has one group: a double fits, where counting blocks would have left none.
    expect(capped.problems).toEqual([]);
    expect(capped.counts.get('TSc')).toBe(1);
  });
});
