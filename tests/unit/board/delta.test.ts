import { describe, expect, it } from 'vitest';
import {
  applyBoardSide,
  diffBoardStates,
  isEmptyBoardSide,
  placementKey,
  type BoardState,
} from '../../../src/core/board';
import type { SolutionGroup } from '../../../src/core/solver';

/** A small seeded generator, so a failing random case can be run again. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLOCKS = ['A', 'B', 'C', 'D'];
const COURSES = ['HI', 'GE', 'FR', 'AR'];
const TEACHERS = [null, 'ABC', 'DEF', 'GHI'];
const LABELS = ['10Hi1', '10Hi2', '10Ge1', '10Ge2', '10Fr1', '10Ar1', '10Ar2', '10Ar3'];
const UPNS = ['P01', 'P02', 'P03', 'P04', 'P05', 'P06', 'P07', 'P08', 'P09', 'P10'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomGroup(random: () => number, label: string): SolutionGroup {
  const first = pick(random, BLOCKS);
  const blocks =
    random() < 0.2
      ? [
          first,
          pick(
            random,
            BLOCKS.filter((b) => b !== first),
          ),
        ]
      : [first];
  return { label, course: pick(random, COURSES), blocks, teacher: pick(random, TEACHERS) };
}

function randomState(random: () => number): BoardState {
  const groups = LABELS.filter(() => random() < 0.7).map((label) => randomGroup(random, label));
  const placements = UPNS.flatMap((upn) =>
    COURSES.filter(() => random() < 0.5).flatMap((course) => {
      const options = groups.filter((group) => group.course === course);
      if (options.length === 0) return [];
      return [{ upn, course, group: pick(random, options).label, reserve: random() < 0.2 }];
    }),
  );
  const pins = Object.fromEntries(
    groups.filter(() => random() < 0.3).map((group) => [group.label, [...group.blocks]]),
  );
  const lockedPlacements = placements
    .filter(() => random() < 0.2)
    .map(({ upn, course, group }) => ({ upn, course, group }));
  return { solution: { groups, placements }, pins, lockedPlacements };
}

/** A few edits of the kind the board makes: a group moved, a pupil moved, a pin or lock. */
function editedState(random: () => number, state: BoardState): BoardState {
  const next: BoardState = structuredClone(state);
  const edits = 1 + Math.floor(random() * 4);
  for (let edit = 0; edit < edits; edit += 1) {
    const roll = random();
    const groups = next.solution.groups;
    if (roll < 0.3 && groups.length > 0) {
      const group = pick(random, groups);
      group.blocks = [pick(random, BLOCKS)];
      group.teacher = pick(random, TEACHERS);
    } else if (roll < 0.55 && next.solution.placements.length > 0) {
      const seat = pick(random, next.solution.placements);
      const parallel = groups.filter((group) => group.course === seat.course);
      seat.group = pick(random, parallel).label;
      next.lockedPlacements = next.lockedPlacements.filter(
        (lock) => placementKey(lock.upn, lock.course) !== placementKey(seat.upn, seat.course),
      );
      next.lockedPlacements.push({ upn: seat.upn, course: seat.course, group: seat.group });
    } else if (roll < 0.7 && groups.length > 0) {
      const group = pick(random, groups);
      if (next.pins[group.label]) next.pins = withoutKey(next.pins, group.label);
      else next.pins[group.label] = [...group.blocks];
    } else if (roll < 0.85) {
      // A group dropped, with its pupils' seats, pin and locks.
      const gone = groups.length > 0 ? pick(random, groups).label : '';
      next.solution.groups = groups.filter((group) => group.label !== gone);
      next.solution.placements = next.solution.placements.filter((seat) => seat.group !== gone);
      next.lockedPlacements = next.lockedPlacements.filter((lock) => lock.group !== gone);
      next.pins = withoutKey(next.pins, gone);
    } else {
      const label = `11New${edit}`;
      next.solution.groups.push(randomGroup(random, label));
    }
  }
  return next;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([name]) => name !== key));
}

/** The state with its lists in one order, so two states can be compared whatever their order. */
function canonical(state: BoardState): BoardState {
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const bySeat = (a: { upn: string; course: string }, b: { upn: string; course: string }) =>
    placementKey(a.upn, a.course).localeCompare(placementKey(b.upn, b.course));
  return {
    solution: {
      groups: [...state.solution.groups].sort(byLabel),
      placements: [...state.solution.placements].sort(bySeat),
    },
    pins: state.pins,
    lockedPlacements: [...state.lockedPlacements].sort(bySeat),
  };
}

const base: BoardState = {
  solution: {
    groups: [
      { label: '10Hi1', course: 'HI', blocks: ['A'], teacher: 'ABC' },
      { label: '10Hi2', course: 'HI', blocks: ['B'], teacher: 'DEF' },
      { label: '10Ar1', course: 'AR', blocks: ['C', 'D'], teacher: null },
    ],
    placements: [
      { upn: 'P01', course: 'HI', group: '10Hi1', reserve: false },
      { upn: 'P02', course: 'HI', group: '10Hi2', reserve: false },
      { upn: 'P02', course: 'AR', group: '10Ar1', reserve: true },
    ],
  },
  pins: { '10Ar1': ['C', 'D'] },
  lockedPlacements: [{ upn: 'P02', course: 'HI', group: '10Hi2' }],
};

describe('diffBoardStates', () => {
  it('records nothing when the board did not change', () => {
    const delta = diffBoardStates(base, structuredClone(base), {
      before: [{ upn: 'P01', choices: ['HI', 'AR'], reserves: ['GE'] }],
      after: [{ upn: 'P01', choices: ['HI', 'AR'], reserves: ['GE'] }],
    });
    expect(isEmptyBoardSide(delta.before)).toBe(true);
    expect(isEmptyBoardSide(delta.after)).toBe(true);
  });

  it('records a group moved to another block and given another teacher, and nothing else', () => {
    const after = structuredClone(base);
    after.solution.groups[1] = { label: '10Hi2', course: 'HI', blocks: ['C'], teacher: 'GHI' };
    const delta = diffBoardStates(base, after);
    expect(delta.before).toEqual({
      groups: { '10Hi2': { label: '10Hi2', course: 'HI', blocks: ['B'], teacher: 'DEF' } },
      placements: {},
      pins: {},
      locks: {},
      choices: {},
    });
    expect(delta.after.groups).toEqual({
      '10Hi2': { label: '10Hi2', course: 'HI', blocks: ['C'], teacher: 'GHI' },
    });
  });

  it('records a pupil moved between parallel groups with the lock that holds them there', () => {
    const after = structuredClone(base);
    after.solution.placements[0] = { upn: 'P01', course: 'HI', group: '10Hi2', reserve: false };
    after.lockedPlacements.push({ upn: 'P01', course: 'HI', group: '10Hi2' });
    const delta = diffBoardStates(base, after);
    const key = placementKey('P01', 'HI');
    expect(delta.before.placements).toEqual({
      [key]: { upn: 'P01', course: 'HI', group: '10Hi1', reserve: false },
    });
    expect(delta.after.placements).toEqual({
      [key]: { upn: 'P01', course: 'HI', group: '10Hi2', reserve: false },
    });
    expect(delta.before.locks).toEqual({ [key]: null });
    expect(delta.after.locks).toEqual({ [key]: { upn: 'P01', course: 'HI', group: '10Hi2' } });
    expect(Object.keys(delta.after.groups)).toEqual([]);
  });

  it('records an unpinned group as a pin going to null', () => {
    const delta = diffBoardStates(base, { ...base, pins: {} });
    expect(delta.before.pins).toEqual({ '10Ar1': ['C', 'D'] });
    expect(delta.after.pins).toEqual({ '10Ar1': null });
  });

  it('keeps the choices only of pupils whose choices or reserves changed', () => {
    const delta = diffBoardStates(base, base, {
      before: [
        { upn: 'P01', choices: ['HI', 'AR'], reserves: ['GE'] },
        { upn: 'P02', choices: ['HI', 'AR'], reserves: [] },
      ],
      after: [
        { upn: 'P01', choices: ['HI', 'GE'], reserves: ['AR'] },
        { upn: 'P02', choices: ['HI', 'AR'], reserves: [] },
      ],
    });
    expect(delta.before.choices).toEqual({
      P01: { upn: 'P01', choices: ['HI', 'AR'], reserves: ['GE'] },
    });
    expect(delta.after.choices).toEqual({
      P01: { upn: 'P01', choices: ['HI', 'GE'], reserves: ['AR'] },
    });
  });

  it('refuses choices given without what they were, since that could not be undone', () => {
    expect(() =>
      diffBoardStates(base, base, {
        before: [],
        after: [{ upn: 'P01', choices: ['HI'], reserves: [] }],
      }),
    ).toThrow(/P01/);
  });
});

describe('applyBoardSide', () => {
  it('keeps groups and seats in place, adds new ones at the end and removes those set to null', () => {
    const next = applyBoardSide(base, {
      groups: {
        '10Hi1': null,
        '10Ge1': { label: '10Ge1', course: 'GE', blocks: ['A'], teacher: null },
        '10Hi2': { label: '10Hi2', course: 'HI', blocks: ['D'], teacher: 'DEF' },
      },
      placements: { [placementKey('P01', 'HI')]: null },
      pins: { '10Ar1': null, '10Hi2': ['D'] },
      locks: {},
      choices: {},
    });
    expect(next.solution.groups.map((group) => [group.label, group.blocks])).toEqual([
      ['10Hi2', ['D']],
      ['10Ar1', ['C', 'D']],
      ['10Ge1', ['A']],
    ]);
    expect(next.solution.placements.map((seat) => `${seat.upn} ${seat.course}`)).toEqual([
      'P02 HI',
      'P02 AR',
    ]);
    expect(next.pins).toEqual({ '10Hi2': ['D'] });
    expect(next.lockedPlacements).toEqual(base.lockedPlacements);
  });

  it('leaves the state it was given untouched', () => {
    const copy = structuredClone(base);
    const next = applyBoardSide(base, {
      groups: { '10Hi1': { label: '10Hi1', course: 'HI', blocks: ['D'], teacher: null } },
      placements: {},
      pins: { '10Hi1': ['D'] },
      locks: { [placementKey('P02', 'HI')]: null },
      choices: {},
    });
    expect(base).toEqual(copy);
    next.solution.groups[1]?.blocks.push('Z');
    expect(base).toEqual(copy);
  });
});

describe('a delta goes both ways', () => {
  it('takes any state to the other and back, for random pairs of states', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = randomSource(seed);
      const before = randomState(random);
      // Half the pairs are small edits of the same board, half unrelated boards.
      const after = seed % 2 === 0 ? editedState(random, before) : randomState(random);
      const delta = diffBoardStates(before, after);
      expect(canonical(applyBoardSide(before, delta.after)), `seed ${seed}`).toEqual(
        canonical(after),
      );
      expect(canonical(applyBoardSide(after, delta.before)), `seed ${seed}`).toEqual(
        canonical(before),
      );
      const unchanged = diffBoardStates(after, structuredClone(after));
      expect(isEmptyBoardSide(unchanged.before) && isEmptyBoardSide(unchanged.after)).toBe(true);
    }
  });

  it('gives back the same order of groups and seats after an undo of an edit that removed none', () => {
    const after = structuredClone(base);
    after.solution.groups[0] = { label: '10Hi1', course: 'HI', blocks: ['D'], teacher: null };
    after.solution.placements[2] = { upn: 'P02', course: 'AR', group: '10Ar1', reserve: false };
    const delta = diffBoardStates(base, after);
    expect(applyBoardSide(after, delta.before)).toEqual(base);
    expect(applyBoardSide(base, delta.after)).toEqual(after);
  });
});
