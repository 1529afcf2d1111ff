import { describe, expect, it } from 'vitest';
import { checkTeacherAssignment } from '../../../src/core/board';
import type { Solution } from '../../../src/core/solver';
import { teacher } from '../solver/cohorts';
import { group, namedCohort } from './cohorts';

const cohort = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'HI', name: 'History' },
    { code: 'GE', name: 'Geography' },
    { code: 'SC', name: 'Triple Science', span: 2 },
  ],
  staff: [
    teacher('PAT', ['HI', 'GE'], { name: 'Ms Patel', unavailableBlocks: ['C'], maxGroups: 2 }),
    teacher('JON', ['GE'], { name: 'Mr Jones' }),
    teacher('CUR', ['SC'], { name: 'Dr Curie', maxGroups: 2 }),
    teacher('HOL', ['HI'], { name: 'Mrs Holt', maxGroups: 1 }),
  ],
  pupils: [{ name: ['Amira', 'Khan'], choices: ['HI', 'GE', 'SC'] }],
});

const solution: Solution = {
  groups: [
    group('HI1', 'HI', ['A'], 'PAT'),
    group('HI2', 'HI', ['C'], null),
    group('HI3', 'HI', ['B'], 'HOL'),
    group('GE1', 'GE', ['B'], 'JON'),
    group('GE2', 'GE', ['B'], null),
    group('SC1', 'SC', ['A', 'B'], 'CUR'),
    group('SC2', 'SC', ['B', 'C'], null),
    group('SC3', 'SC', ['C', 'A'], null),
  ],
  placements: [],
};

describe('checking a teacher for a group', () => {
  it('allows a qualified, free teacher within their load, with nothing to warn about', () => {
    expect(checkTeacherAssignment(cohort, solution, 'GE2', 'PAT')).toEqual({
      allowed: true,
      reasons: [],
      warnings: [],
    });
  });

  it('refuses a teacher who is not down to teach the course', () => {
    expect(checkTeacherAssignment(cohort, solution, 'HI2', 'CUR')).toEqual({
      allowed: false,
      reasons: ['Dr Curie (CUR) is not down to teach History, so cannot take HI2.'],
      warnings: [],
    });
  });

  it('refuses a teacher who is away in the group’s block', () => {
    const check = checkTeacherAssignment(cohort, solution, 'HI2', 'PAT');
    expect(check.allowed).toBe(false);
    expect(check.reasons).toEqual([
      'Ms Patel (PAT) is not available in block C, where HI2 (History) is taught.',
    ]);
  });

  it('refuses a clash, naming the group the teacher already has in that block', () => {
    const check = checkTeacherAssignment(cohort, solution, 'GE2', 'JON');
    expect(check.allowed).toBe(false);
    expect(check.reasons).toEqual([
      'Mr Jones (JON) already teaches GE1 (Geography) in block B, so cannot also take GE2 (Geography) there.',
    ]);
  });

  it('finds a clash in either block of a double group', () => {
    const check = checkTeacherAssignment(cohort, solution, 'SC2', 'CUR');
    expect(check.allowed).toBe(false);
    expect(check.reasons).toEqual([
      'Dr Curie (CUR) already teaches SC1 (Triple Science) in block B, so cannot also take SC2 (Triple Science) there.',
    ]);
  });

  it('gives every reason at once when there are several', () => {
    const check = checkTeacherAssignment(cohort, solution, 'SC3', 'PAT');
    expect(check.allowed).toBe(false);
    expect(check.reasons).toEqual([
      'Ms Patel (PAT) is not down to teach Triple Science, so cannot take SC3.',
      'Ms Patel (PAT) is not available in block C, where SC3 (Triple Science) is taught.',
      'Ms Patel (PAT) already teaches HI1 (History) in block A, so cannot also take SC3 (Triple Science) there.',
    ]);
  });

  it('allows a teacher over their maximum number of groups, with a warning', () => {
    expect(checkTeacherAssignment(cohort, solution, 'HI1', 'HOL')).toEqual({
      allowed: true,
      reasons: [],
      warnings: ['Mrs Holt (HOL) would teach 2 groups, over their maximum of 1.'],
    });
  });

  it('counts a double group once towards a teacher’s load', () => {
    // Dr Curie has the double group SC1 (two blocks) and may take one more group.
    const withSc4 = {
      ...solution,
      groups: [...solution.groups, group('SC4', 'SC', ['C'], null)],
    };
    expect(checkTeacherAssignment(cohort, withSc4, 'SC4', 'CUR')).toEqual({
      allowed: true,
      reasons: [],
      warnings: [],
    });
  });

  it('allows leaving a group without a teacher, with a warning', () => {
    expect(checkTeacherAssignment(cohort, solution, 'HI1', null)).toEqual({
      allowed: true,
      reasons: [],
      warnings: ['HI1 (History) would have no teacher.'],
    });
  });

  it('allows the group’s current teacher with no warnings', () => {
    expect(checkTeacherAssignment(cohort, solution, 'HI3', 'HOL')).toEqual({
      allowed: true,
      reasons: [],
      warnings: [],
    });
    expect(checkTeacherAssignment(cohort, solution, 'HI2', null).warnings).toEqual([]);
  });

  it('refuses an unknown group or teacher by name', () => {
    expect(checkTeacherAssignment(cohort, solution, 'HI9', 'PAT').reasons).toEqual([
      'There is no group HI9 in this plan.',
    ]);
    expect(checkTeacherAssignment(cohort, solution, 'HI2', 'XYZ').reasons).toEqual([
      'There is no teacher XYZ in the staff list.',
    ]);
  });
});
