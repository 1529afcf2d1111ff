import { describe, expect, it } from 'vitest';
import { solve, SolverInputError, type SolveOptions } from '../../../src/core/solver';
import type { Cohort } from '../../../src/core/model';
import { makeCohort, teacher } from './cohorts';

function problemsOf(cohort: Cohort, options: SolveOptions = {}): readonly string[] {
  try {
    solve(cohort, { maxIterations: 10, ...options });
  } catch (error) {
    if (error instanceof SolverInputError) return error.problems;
    throw error;
  }
  return [];
}

const base = {
  blocks: ['A', 'B', 'C'],
  pupils: [[['Hi', 'Gg']], [['Hi', 'TSc']]] as [string[]][],
};

describe('input that no layout can honour', () => {
  it('names a chosen course that nobody can teach', () => {
    const cohort = makeCohort({
      ...base,
      courses: [
        { code: 'Hi', name: 'History' },
        { code: 'Gg', name: 'Geography' },
        { code: 'TSc' },
      ],
      staff: [teacher('AB', ['Gg', 'TSc'])],
    });
    expect(problemsOf(cohort)).toEqual([
      'Nobody can teach History, which 2 pupils chose: add a teacher who can take it.',
    ]);
  });

  it('names a course set to run more groups than its teachers have time for', () => {
    const cohort = makeCohort({
      ...base,
      courses: [{ code: 'Hi', name: 'History', groups: 4 }, { code: 'Gg' }, { code: 'TSc' }],
      staff: [teacher('AB', ['Hi'], { maxGroups: 2 }), teacher('CD', ['Gg', 'TSc'])],
    });
    expect(problemsOf(cohort)).toEqual([
      'History is set to run 4 groups, but its teachers have time for 2.',
    ]);
    expect(problemsOf(cohort, { groupCounts: { Hi: 2 } })).toEqual([]);
  });

  it('names a course whose teachers are never free where it may run', () => {
    const cohort = makeCohort({
      ...base,
      courses: [{ code: 'Hi', name: 'History', allowed: ['A'] }, { code: 'Gg' }, { code: 'TSc' }],
      staff: [teacher('AB', ['Hi'], { unavailableBlocks: ['A'] }), teacher('CD', ['Gg', 'TSc'])],
    });
    expect(problemsOf(cohort)).toEqual([
      'The teachers of History, which 2 pupils chose, are not free in any block it may run in.',
    ]);
  });

  it('names a pin outside the allowed blocks', () => {
    const cohort = makeCohort({
      ...base,
      courses: [
        { code: 'Hi', name: 'History', allowed: ['B', 'C'] },
        { code: 'Gg' },
        { code: 'TSc' },
      ],
    });
    expect(problemsOf(cohort, { pins: { Hi1: ['A'] } })).toEqual([
      'Group Hi1 is pinned to block A, where History is not allowed.',
    ]);
  });

  it('names more pins in a block than there are teachers for them', () => {
    const cohort = makeCohort({
      ...base,
      courses: [{ code: 'Hi', name: 'History', groups: 2 }, { code: 'Gg' }, { code: 'TSc' }],
      staff: [
        teacher('AB', ['Hi']),
        teacher('CD', ['Gg', 'TSc', 'Hi'], { unavailableBlocks: ['A'] }),
      ],
    });
    expect(problemsOf(cohort, { pins: { Hi1: ['A'], Hi2: ['A'] } })).toEqual([
      '2 groups of History are pinned to block A, but only 1 teacher who can teach it is free there.',
    ]);
  });

  it('names a double course with fewer than two allowed blocks', () => {
    const cohort = makeCohort({
      ...base,
      courses: [
        { code: 'Hi' },
        { code: 'Gg' },
        { code: 'TSc', name: 'Triple Science', span: 2, allowed: ['A'] },
      ],
    });
    expect(problemsOf(cohort)).toEqual([
      'Triple Science spans two blocks but is allowed in only 1 block.',
    ]);
  });

  it('names unknown groups, blocks and courses', () => {
    const cohort = makeCohort({ ...base, courses: [{ code: 'Hi' }, { code: 'Gg' }] });
    expect(problemsOf(cohort, { pins: { Zz1: ['A'] }, groupCounts: { Qq: 1 } })).toEqual([
      'A group count was given for "Qq", which is not a course.',
      'Group Zz1 is pinned, but there is no such group.',
      'Pupils chose TSc, which is not a course on offer.',
    ]);
  });

  it('lists every problem at once in the message', () => {
    const cohort = makeCohort({
      ...base,
      courses: [
        { code: 'Hi', name: 'History' },
        { code: 'Gg' },
        { code: 'TSc', span: 2, allowed: ['B'] },
      ],
      staff: [teacher('AB', ['Gg', 'TSc'])],
    });
    expect(() => solve(cohort)).toThrow(/Nobody can teach History.*allowed in only 1 block/);
  });
});
