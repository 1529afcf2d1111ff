import { describe, expect, it } from 'vitest';
import { combingChart } from '../../../src/core/board';
import { computeMetrics, type Solution } from '../../../src/core/solver';
import { teacher } from '../solver/cohorts';
import { group, namedCohort } from './cohorts';

const cohort = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'HI', name: 'History', category: 'Humanities' },
    { code: 'GE', name: 'Geography', category: 'Humanities' },
    { code: 'SC', name: 'Triple Science', span: 2, category: 'Science' },
  ],
  staff: [
    teacher('PAT', ['HI', 'GE'], { name: 'Ms Patel', unavailableBlocks: ['C'], maxGroups: 1 }),
    teacher('CUR', ['SC'], { name: 'Dr Curie', maxGroups: 2 }),
    teacher('JON', ['GE'], { name: 'Mr Jones' }),
  ],
  pupils: [{ name: ['Amira', 'Khan'], choices: ['HI', 'GE', 'SC'] }],
});

// Ms Patel has two groups in block A (a clash) and is over her maximum of one group;
// Dr Curie's double group sits in A and B; GE9 names a teacher who has left the staff list.
const solution: Solution = {
  groups: [
    group('HI2', 'HI', ['C'], null),
    group('HI1', 'HI', ['A'], 'PAT'),
    group('GE1', 'GE', ['A'], 'PAT'),
    group('SC1', 'SC', ['A', 'B'], 'CUR'),
    group('GE2', 'GE', ['B'], null),
    group('GE9', 'GE', ['C'], 'OLD'),
  ],
  placements: [],
};

describe('the combing chart', () => {
  const chart = combingChart(cohort, solution);
  const row = (code: string) => chart.rows.find((r) => r.code === code);

  it('has a row per teacher in staff order, then teachers missing from the list by code', () => {
    expect(chart.blocks).toEqual(['A', 'B', 'C']);
    expect(chart.rows.map((r) => [r.code, r.name])).toEqual([
      ['PAT', 'Ms Patel'],
      ['CUR', 'Dr Curie'],
      ['JON', 'Mr Jones'],
      ['OLD', 'OLD'],
    ]);
    expect(row('OLD')?.cells.map((c) => c.groups.map((g) => g.group))).toEqual([[], [], ['GE9']]);
  });

  it('shows a double group in both its blocks and counts it once in the load', () => {
    const curie = row('CUR');
    expect(curie?.cells.map((c) => c.groups.map((g) => g.group))).toEqual([['SC1'], ['SC1'], []]);
    expect(curie?.cells[0]?.groups[0]).toEqual({
      group: 'SC1',
      courseCode: 'SC',
      courseName: 'Triple Science',
      category: 'Science',
    });
    expect([curie?.load, curie?.maxGroups, curie?.overLoad]).toEqual([1, 2, false]);
  });

  it('marks clashes, unavailable blocks and free blocks', () => {
    const patel = row('PAT');
    expect(
      patel?.cells.map((c) => [c.block, c.groups.length, c.clash, c.unavailable, c.free]),
    ).toEqual([
      ['A', 2, true, false, false],
      ['B', 0, false, false, true],
      ['C', 0, false, true, false],
    ]);
    expect(row('JON')?.cells.every((c) => c.free && !c.clash)).toBe(true);
  });

  it('flags a teacher over their maximum number of groups', () => {
    expect(row('PAT')).toMatchObject({ load: 2, maxGroups: 1, overLoad: true });
    expect(row('JON')).toMatchObject({ load: 0, maxGroups: null, overLoad: false });
    expect(row('PAT')?.courses).toEqual(['HI', 'GE']);
  });

  it('lists groups without a teacher in block order', () => {
    expect(chart.unstaffed).toEqual([
      { group: 'GE2', courseCode: 'GE', courseName: 'Geography', blocks: ['B'] },
      { group: 'HI2', courseCode: 'HI', courseName: 'History', blocks: ['C'] },
    ]);
  });

  it('counts clashes as the engine does', () => {
    expect(chart.clashes).toBe(1);
    expect(chart.clashes).toBe(computeMetrics(cohort, solution).teacherClashes);
  });

  it('has no clashes once the clashing group is given to someone free', () => {
    const fixed = {
      ...solution,
      groups: solution.groups.map((g) => (g.label === 'GE1' ? { ...g, teacher: 'JON' } : g)),
    };
    const after = combingChart(cohort, fixed);
    expect(after.clashes).toBe(0);
    expect(after.rows.find((r) => r.code === 'JON')?.cells[0]?.groups.map((g) => g.group)).toEqual([
      'GE1',
    ]);
  });
});
