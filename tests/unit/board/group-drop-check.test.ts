import { describe, expect, it } from 'vitest';
import { checkGroupDrop } from '../../../src/core/board';
import type { Solution } from '../../../src/core/solver';
import { group, named, namedCohort } from './cohorts';

const cohort = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'SC', name: 'Triple Science', span: 2 },
    { code: 'HI', name: 'History' },
    { code: 'GE', name: 'Geography' },
    { code: 'LA', name: 'Latin', allowed: ['B'] },
  ],
  staff: [
    named('CUR', 'Dr Curie', ['SC']),
    named('PAT', 'Ms Patel', ['HI', 'GE']),
    named('JON', 'Mr Jones', ['GE'], ['C']),
    named('VIR', 'Mr Virgil', ['LA']),
  ],
  pupils: [{ name: ['Amira', 'Khan'], choices: ['SC', 'HI'] }],
});

const solution: Solution = {
  groups: [
    group('SC1', 'SC', ['A', 'B'], 'CUR'),
    group('HI1', 'HI', ['A'], 'PAT'),
    group('GE1', 'GE', ['B'], 'PAT'),
    group('GE2', 'GE', ['A'], 'JON'),
    group('LA1', 'LA', ['B'], 'VIR'),
  ],
  placements: [],
};

describe('checking a group drop', () => {
  it('allows a move that breaks no rule, and a drop back where the group was', () => {
    expect(checkGroupDrop(cohort, solution, 'HI1', ['C'])).toEqual({ allowed: true, reasons: [] });
    expect(checkGroupDrop(cohort, solution, 'SC1', ['B', 'C']).allowed).toBe(true);
    expect(checkGroupDrop(cohort, solution, 'HI1', ['A']).allowed).toBe(true);
  });

  it('refuses a block the course may not sit in', () => {
    expect(checkGroupDrop(cohort, solution, 'LA1', ['A'])).toEqual({
      allowed: false,
      reasons: ['Latin may sit only in block B, not in block A.'],
    });
  });

  it('refuses to put a double course in one block, or a single course across two', () => {
    expect(checkGroupDrop(cohort, solution, 'SC1', ['C']).reasons).toEqual([
      'Triple Science is a double course: SC1 needs two different blocks, not block C.',
    ]);
    expect(checkGroupDrop(cohort, solution, 'SC1', ['C', 'C']).allowed).toBe(false);
    expect(checkGroupDrop(cohort, solution, 'HI1', ['A', 'C']).reasons).toEqual([
      'History takes one block: HI1 cannot sit in blocks A and C.',
    ]);
  });

  it('names the other group a teacher already has in that block', () => {
    expect(checkGroupDrop(cohort, solution, 'HI1', ['B']).reasons).toEqual([
      'Ms Patel (PAT) already teaches GE1 (Geography) in block B.',
    ]);
  });

  it('refuses a block where the teacher is not in school', () => {
    expect(checkGroupDrop(cohort, solution, 'GE2', ['C']).reasons).toEqual([
      'Mr Jones (JON), who teaches GE2, is not available in block C.',
    ]);
  });

  it('gives every reason at once', () => {
    const busy: Solution = {
      ...solution,
      groups: [...solution.groups, group('GE3', 'GE', ['B'], 'JON')],
    };
    expect(checkGroupDrop(cohort, busy, 'GE2', ['B', 'C']).reasons).toEqual([
      'Geography takes one block: GE2 cannot sit in blocks B and C.',
      'Mr Jones (JON) already teaches GE3 (Geography) in block B.',
      'Mr Jones (JON), who teaches GE2, is not available in block C.',
    ]);
  });

  it('keeps a pinned group where it is', () => {
    const pins = { HI1: ['A'] };
    expect(checkGroupDrop(cohort, solution, 'HI1', ['C'], { pins }).reasons).toEqual([
      'HI1 (History) is pinned to block A; unpin it before moving it.',
    ]);
    expect(checkGroupDrop(cohort, solution, 'GE2', ['C'], { pins }).reasons).toHaveLength(1);
  });

  it('respects groups kept apart and groups kept together', () => {
    const apart = {
      rules: [{ kind: 'apart' as const, groups: ['LA1', 'HI1'] as [string, string] }],
    };
    expect(checkGroupDrop(cohort, solution, 'HI1', ['B'], apart).reasons).toContain(
      'HI1 must not share a block with LA1 (Latin), which is in block B.',
    );
    const together = {
      rules: [{ kind: 'together' as const, groups: ['HI1', 'GE2'] as [string, string] }],
    };
    expect(checkGroupDrop(cohort, solution, 'HI1', ['C'], together).reasons).toEqual([
      'HI1 must stay with GE2 (Geography), which is in block A.',
    ]);
  });

  it('says so when the group or a block does not exist', () => {
    expect(checkGroupDrop(cohort, solution, 'MU1', ['A']).reasons).toEqual([
      'There is no group MU1 in this plan.',
    ]);
    expect(checkGroupDrop(cohort, solution, 'HI1', ['D']).reasons).toEqual([
      'D is not a block of this plan.',
    ]);
  });
});
