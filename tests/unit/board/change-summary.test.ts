import { describe, expect, it } from 'vitest';
import { summariseChange, type BoardState } from '../../../src/core/board';
import type { Solution } from '../../../src/core/solver';
import { group, named, namedCohort, seated } from './cohorts';

/**
 * History, Geography and Art have one group each; History also a second group. Amira wants
 * History and Geography, Ben History and Art, Cara Geography and Art, Dan History and Art.
 */
const cohort = namedCohort({
  blocks: ['A', 'B', 'C'],
  courses: [
    { code: 'HI', name: 'History' },
    { code: 'GE', name: 'Geography' },
    { code: 'AR', name: 'Art' },
  ],
  staff: [
    named('PAT', 'Ms Patel', ['HI']),
    named('SMI', 'Mr Smith', ['HI']),
    named('JON', 'Mr Jones', ['GE']),
    named('OKA', 'Mrs Okafor', ['AR']),
  ],
  pupils: [
    { name: ['Amira', 'Khan'], choices: ['HI', 'GE'] },
    { name: ['Ben', 'Lewis'], choices: ['HI', 'AR'] },
    { name: ['Cara', 'Moss'], choices: ['GE', 'AR'] },
    { name: ['Dan', 'Evans'], choices: ['HI', 'AR'] },
  ],
});
const stateOf = (solution: Solution): BoardState => ({ solution, pins: {}, lockedPlacements: [] });
const before = seated(cohort, [
  group('HI1', 'HI', ['A'], 'PAT'),
  group('HI2', 'HI', ['C'], 'SMI'),
  group('GE1', 'GE', ['B'], 'JON'),
  group('AR1', 'AR', ['A'], 'OKA'),
]);

describe('summarising what a change did', () => {
  it('says nothing changed when nothing did', () => {
    expect(summariseChange(cohort, stateOf(before), stateOf(before))).toEqual({
      groupsMoved: [],
      teachersChanged: [],
      pupilsMoved: [],
      gains: [],
      losses: [],
    });
  });

  it('names the groups that moved and the teachers that changed, in block order', () => {
    const after = {
      ...before,
      groups: before.groups.map((g) => {
        if (g.label === 'AR1') return { ...g, blocks: ['C'] };
        if (g.label === 'HI2') return { ...g, blocks: ['B'], teacher: 'PAT' };
        if (g.label === 'HI1') return { ...g, teacher: 'SMI' };
        return g;
      }),
    };
    const summary = summariseChange(cohort, stateOf(before), stateOf(after));
    expect(summary.groupsMoved).toEqual([
      { group: 'HI2', courseName: 'History', from: ['C'], to: ['B'] },
      { group: 'AR1', courseName: 'Art', from: ['A'], to: ['C'] },
    ]);
    expect(summary.teachersChanged).toEqual([
      { group: 'HI1', courseName: 'History', from: 'Ms Patel (PAT)', to: 'Mr Smith (SMI)' },
      { group: 'HI2', courseName: 'History', from: 'Mr Smith (SMI)', to: 'Ms Patel (PAT)' },
    ]);
  });

  it('lists pupils who changed group by surname, and who gained or lost a full timetable', () => {
    // Art moves from block A to B: Dan no longer has History and Art both in A, while Cara
    // now has Geography and Art both in B. Amira and Ben swap History groups; Cara stays.
    const stored = withSeats(before, [
      ['P1', 'HI', 'HI1'],
      ['P1', 'GE', 'GE1'],
      ['P2', 'HI', 'HI2'],
      ['P2', 'AR', 'AR1'],
      ['P3', 'GE', 'GE1'],
      ['P3', 'AR', 'AR1'],
      ['P4', 'HI', 'HI1'],
      ['P4', 'AR', 'AR1'],
    ]);
    const after = withSeats(
      {
        ...before,
        groups: before.groups.map((g) => (g.label === 'AR1' ? { ...g, blocks: ['B'] } : g)),
      },
      [
        ['P1', 'HI', 'HI2'],
        ['P1', 'GE', 'GE1'],
        ['P2', 'HI', 'HI1'],
        ['P2', 'AR', 'AR1'],
        ['P3', 'GE', 'GE1'],
        ['P3', 'AR', 'AR1'],
        ['P4', 'HI', 'HI2'],
        ['P4', 'AR', 'AR1'],
      ],
    );
    const summary = summariseChange(cohort, stateOf(stored), stateOf(after));
    expect(summary.pupilsMoved).toEqual([
      { upn: 'P4', name: 'Dan Evans', course: 'History', from: 'HI1', to: 'HI2' },
      { upn: 'P1', name: 'Amira Khan', course: 'History', from: 'HI1', to: 'HI2' },
      { upn: 'P2', name: 'Ben Lewis', course: 'History', from: 'HI2', to: 'HI1' },
    ]);
    expect(summary.gains).toEqual([{ upn: 'P4', name: 'Dan Evans' }]);
    expect(summary.losses).toEqual([{ upn: 'P3', name: 'Cara Moss' }]);
    expect(summary.groupsMoved).toEqual([
      { group: 'AR1', courseName: 'Art', from: ['A'], to: ['B'] },
    ]);
    expect(summary.teachersChanged).toEqual([]);
  });

  it('leaves out pupils who dropped or took up a course', () => {
    const stored = withSeats(before, [
      ['P2', 'HI', 'HI2'],
      ['P2', 'AR', 'AR1'],
    ]);
    const after = withSeats(before, [
      ['P2', 'HI', 'HI1'],
      ['P2', 'GE', 'GE1'],
    ]);
    const summary = summariseChange(cohort, stateOf(stored), stateOf(after));
    expect(summary.pupilsMoved).toEqual([
      { upn: 'P2', name: 'Ben Lewis', course: 'History', from: 'HI2', to: 'HI1' },
    ]);
    expect(summary.losses).toEqual([{ upn: 'P2', name: 'Ben Lewis' }]);
  });
});

/** The layout's groups with exactly these seats: [UPN, course, group]. */
function withSeats(layout: Solution, seats: [string, string, string][]): Solution {
  return {
    groups: layout.groups,
    placements: seats.map(([upn, course, label]) => ({
      upn,
      course,
      group: label,
      reserve: false,
    })),
  };
}
