import { describe, expect, it } from 'vitest';
import { groupDetail, type BoardState } from '../../../src/core/board';
import type { Cohort, Pupil } from '../../../src/core/model';
import type { PupilPlacement } from '../../../src/core/solver';
import { teacher } from '../solver/cohorts';
import { group, namedCohort } from './cohorts';

const base = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'HI', name: 'History', max: 4 },
    { code: 'GE', name: 'Geography' },
  ],
  staff: [teacher('PAT', ['HI'], { name: 'Ms Patel' })],
  pupils: [
    { name: ['Zara', 'Adams'], choices: ['HI', 'GE'] },
    { name: ['Ben', 'Lewis'], choices: ['GE'], reserves: ['HI'] },
    { name: ['Amira', 'Khan'], choices: ['HI'] },
    { name: ['Aaron', 'Adams'], choices: ['HI'] },
    { name: ['Cara', 'Moss'], choices: ['HI'] },
  ],
});

const traits: Record<string, Partial<Pupil>> = {
  P1: { gender: 'F', priorAttainment: { score: 110, band: 'H' }, disadvantaged: true, form: '9A' },
  P2: { gender: 'M', priorAttainment: { score: null, band: null }, send: 'K', eal: true },
  P3: { gender: 'F', priorAttainment: { score: 95, band: 'L' }, send: 'E' },
  P4: { gender: null, priorAttainment: { score: 104, band: 'M' } },
  P5: { gender: 'F', priorAttainment: { score: 100, band: 'M' }, disadvantaged: true },
};

const cohort: Cohort = {
  ...base,
  pupils: base.pupils.map((pupil) => ({ ...pupil, ...traits[pupil.upn] })),
};

const seat = (upn: string, group: string, reserve = false): PupilPlacement => ({
  upn,
  course: group.slice(0, 2),
  group,
  reserve,
});

const state: BoardState = {
  solution: {
    groups: [
      group('HI3', 'HI', ['C'], null),
      group('HI1', 'HI', ['B'], 'PAT'),
      group('HI2', 'HI', ['A'], null),
      group('GE1', 'GE', ['A'], null),
    ],
    placements: [
      seat('P1', 'HI1'),
      seat('P1', 'GE1'),
      seat('P2', 'HI1', true),
      seat('P2', 'GE1'),
      seat('P3', 'HI1'),
      seat('P4', 'HI1'),
      seat('P5', 'HI2'),
    ],
  },
  pins: { HI1: ['B'] },
  lockedPlacements: [
    { upn: 'P3', course: 'HI', group: 'HI1' },
    // A lock into another group does not hold the pupil in this one.
    { upn: 'P4', course: 'HI', group: 'HI2' },
  ],
};

describe('a group opened up', () => {
  const detail = groupDetail(cohort, state, 'HI1');

  it('describes the group, its course, teacher and pin', () => {
    expect(detail).toMatchObject({
      group: 'HI1',
      courseCode: 'HI',
      courseName: 'History',
      blocks: ['B'],
      teacher: { code: 'PAT', name: 'Ms Patel' },
      pinned: true,
      size: 4,
      maxGroupSize: 4,
    });
    expect(groupDetail(cohort, state, 'HI2').pinned).toBe(false);
  });

  it('lists the members by surname then forename, with their flags', () => {
    expect(detail.members.map((m) => m.name)).toEqual([
      'Aaron Adams',
      'Zara Adams',
      'Amira Khan',
      'Ben Lewis',
    ]);
    expect(detail.members.find((m) => m.upn === 'P1')).toEqual({
      upn: 'P1',
      name: 'Zara Adams',
      form: '9A',
      gender: 'F',
      priorAttainment: 'H',
      disadvantaged: true,
      send: false,
      eal: false,
      locked: false,
      reserve: false,
    });
    expect(detail.members.find((m) => m.upn === 'P2')).toMatchObject({
      send: true,
      eal: true,
      reserve: true,
      priorAttainment: null,
    });
  });

  it('marks as locked only pupils held in this very group', () => {
    expect(detail.members.filter((m) => m.locked).map((m) => m.upn)).toEqual(['P3']);
  });

  it('counts genders and bands as recorded, with gaps as "Not recorded"', () => {
    expect(detail.byGender).toEqual({ F: 2, M: 1, 'Not recorded': 1 });
    expect(detail.byPriorAttainment).toEqual({ H: 1, 'Not recorded': 1, L: 1, M: 1 });
  });

  it('counts SEN support and EHC plans alike as SEND', () => {
    expect([detail.disadvantaged, detail.send, detail.eal]).toEqual([1, 2, 1]);
  });

  it('compares the group with every group of its course, in block order', () => {
    expect(detail.parallel.map((p) => [p.group, p.blocks, p.size])).toEqual([
      ['HI2', ['A'], 1],
      ['HI1', ['B'], 4],
      ['HI3', ['C'], 0],
    ]);
    expect(detail.parallel[0]).toMatchObject({
      teacher: null,
      byGender: { F: 1 },
      byPriorAttainment: { M: 1 },
      disadvantaged: 1,
    });
  });

  it('refuses a group that does not exist, naming it', () => {
    expect(() => groupDetail(cohort, state, 'HI7')).toThrow('There is no group HI7');
  });
});
