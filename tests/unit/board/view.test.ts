import { describe, expect, it } from 'vitest';
import { boardView } from '../../../src/core/board';
import { computeMetrics, type Solution } from '../../../src/core/solver';
import { group, named, namedCohort } from './cohorts';

const cohort = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'SC', name: 'Triple Science', span: 2, max: 2, category: 'Science' },
    { code: 'HI', name: 'History', max: 2, category: 'Humanities' },
    { code: 'GE', name: 'Geography', max: 1, category: 'Humanities' },
    { code: 'AR', name: 'Art', max: 2 },
  ],
  staff: [
    named('CUR', 'Dr Curie', ['SC']),
    named('PAT', 'Ms Patel', ['HI']),
    named('JON', 'Mr Jones', ['GE']),
  ],
  pupils: [
    { name: ['Amira', 'Khan'], choices: ['SC', 'HI'] },
    { name: ['Ben', 'Lewis'], choices: ['SC', 'GE'] },
    { name: ['Cara', 'Moss'], choices: ['HI', 'GE', 'AR'] },
  ],
});

// Laid out by hand: Geography is one pupil over its limit of 1, Art has no teacher.
const solution: Solution = {
  groups: [
    group('AR1', 'AR', ['A'], null),
    group('HI2', 'HI', ['A'], 'PAT'),
    group('SC1', 'SC', ['A', 'B'], 'CUR'),
    group('GE1', 'GE', ['C'], 'JON'),
    group('HI10', 'HI', ['C'], null),
  ],
  placements: [
    { upn: 'P1', course: 'SC', group: 'SC1', reserve: false },
    { upn: 'P1', course: 'HI', group: 'HI10', reserve: false },
    { upn: 'P2', course: 'SC', group: 'SC1', reserve: false },
    { upn: 'P2', course: 'GE', group: 'GE1', reserve: false },
    { upn: 'P3', course: 'HI', group: 'HI2', reserve: false },
    { upn: 'P3', course: 'GE', group: 'GE1', reserve: false },
    { upn: 'P3', course: 'AR', group: 'AR1', reserve: false },
  ],
};

describe('the board view', () => {
  const view = boardView(cohort, solution);

  it('has a column per block in the plan order, each counting its pupils and groups', () => {
    expect(view.columns.map((c) => [c.block, c.pupils, c.groups])).toEqual([
      ['A', 3, 3],
      ['B', 2, 1],
      ['C', 3, 2],
    ]);
    expect(view.unplaced).toEqual([]);
  });

  it('orders cards by category, then course name, then group number, uncategorised last', () => {
    expect(view.columns[0]?.cards.map((c) => c.group)).toEqual(['HI2', 'SC1', 'AR1']);
    expect(view.columns[2]?.cards.map((c) => c.group)).toEqual(['GE1', 'HI10']);
  });

  it('shows a double course in both its blocks as one group', () => {
    const inA = view.columns[0]?.cards.find((c) => c.group === 'SC1');
    const inB = view.columns[1]?.cards.find((c) => c.group === 'SC1');
    expect(inA).toEqual(inB);
    expect(inA).toMatchObject({ blocks: ['A', 'B'], spansTwoBlocks: true, size: 2 });
    expect(view.columns[0]?.cards.find((c) => c.group === 'HI2')?.spansTwoBlocks).toBe(false);
  });

  it('describes each card with its course, teacher, size and limit', () => {
    const cards = view.columns.flatMap((c) => c.cards);
    expect(cards.find((c) => c.group === 'GE1')).toEqual({
      group: 'GE1',
      courseCode: 'GE',
      courseName: 'Geography',
      category: 'Humanities',
      teacher: { code: 'JON', name: 'Mr Jones' },
      size: 2,
      maxGroupSize: 1,
      blocks: ['C'],
      spansTwoBlocks: false,
      overLimit: true,
    });
    expect(cards.find((c) => c.group === 'AR1')).toMatchObject({
      teacher: null,
      category: null,
      size: 1,
      overLimit: false,
    });
  });

  it('carries the figures given, or measures them', () => {
    expect(view.metrics).toEqual(computeMetrics(cohort, solution));
    const given = { ...computeMetrics(cohort, solution), fullySatisfied: 99 };
    expect(boardView(cohort, solution, given).metrics).toBe(given);
  });

  it('keeps a group whose block is no longer in the plan, rather than losing it', () => {
    const renamed = { ...solution, groups: [...solution.groups, group('AR2', 'AR', ['Z'], null)] };
    expect(boardView(cohort, renamed).unplaced.map((c) => c.group)).toEqual(['AR2']);
  });
});
