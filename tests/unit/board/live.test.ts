import { describe, expect, it } from 'vitest';
import {
  BoardEditRefused,
  checkGroupDrop,
  createLiveBoard,
  previewGroupDrop,
  type BoardState,
  type LiveBoard,
} from '../../../src/core/board';
import type { Cohort } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';
import {
  computeMetrics,
  createEvaluator,
  solve,
  type Solution,
  type SolverMetrics,
} from '../../../src/core/solver';
import { randomCohort } from '../solver/cohorts';
import { group, named, namedCohort, seated } from './cohorts';

/**
 * History, Geography and Art have one group each. Amira wants History and Geography, Ben
 * History and Art, Cara Geography and Art. With History and Art both in block A, Ben cannot
 * have both; moving Art to block B gives them to him but puts Cara's two in block B.
 */
const trio = namedCohort({
  blocks: ['A', 'B'],
  courses: [
    { code: 'HI', name: 'History' },
    { code: 'GE', name: 'Geography' },
    { code: 'AR', name: 'Art' },
  ],
  staff: [
    named('PAT', 'Ms Patel', ['HI']),
    named('SMI', 'Mr Smith', ['HI'], ['B']),
    named('JON', 'Mr Jones', ['GE']),
    named('OKA', 'Mrs Okafor', ['AR']),
  ],
  pupils: [
    { name: ['Amira', 'Khan'], choices: ['HI', 'GE'] },
    { name: ['Ben', 'Lewis'], choices: ['HI', 'AR'] },
    { name: ['Cara', 'Moss'], choices: ['GE', 'AR'] },
  ],
});
const trioState = (): BoardState => ({
  solution: seated(trio, [
    group('HI1', 'HI', ['A'], 'PAT'),
    group('GE1', 'GE', ['B'], 'JON'),
    group('AR1', 'AR', ['A'], 'OKA'),
  ]),
  pins: {},
  lockedPlacements: [],
});

/**
 * Two parallel History groups of three in block A, and one Geography group in block B. Four
 * pupils take History; the stored seats are not the engine's own order.
 */
const parallel = namedCohort({
  blocks: ['A', 'B'],
  courses: [
    { code: 'HI', name: 'History', max: 3 },
    { code: 'GE', name: 'Geography' },
  ],
  staff: [
    named('PAT', 'Ms Patel', ['HI']),
    named('SMI', 'Mr Smith', ['HI']),
    named('JON', 'Mr Jones', ['GE']),
  ],
  pupils: [
    { name: ['Dev', 'Adams'], choices: ['HI', 'GE'] },
    { name: ['Ella', 'Brown'], choices: ['HI', 'GE'] },
    { name: ['Finn', 'Clark'], choices: ['HI', 'GE'] },
    { name: ['Gia', 'Dunn'], choices: ['HI', 'GE'] },
  ],
});
const parallelGroups = [
  group('HI1', 'HI', ['A'], 'PAT'),
  group('HI2', 'HI', ['A'], 'SMI'),
  group('GE1', 'GE', ['B'], 'JON'),
];
const seat = (upn: string, course: string, label: string) => ({
  upn,
  course,
  group: label,
  reserve: false,
});
const parallelState = (): BoardState => ({
  solution: {
    groups: parallelGroups,
    placements: [
      seat('P1', 'HI', 'HI2'),
      seat('P2', 'HI', 'HI1'),
      seat('P3', 'HI', 'HI2'),
      seat('P4', 'HI', 'HI1'),
      ...['P1', 'P2', 'P3', 'P4'].map((upn) => seat(upn, 'GE', 'GE1')),
    ],
  },
  pins: {},
  lockedPlacements: [],
});

const groupOf = (solution: Solution, upn: string, course: string): string | undefined =>
  solution.placements.find((p) => p.upn === upn && p.course === course)?.group;
const blocksOf = (solution: Solution, label: string): string[] | undefined =>
  solution.groups.find((g) => g.label === label)?.blocks;

/** The figures that depend on who has which course when, not on which parallel group. */
function engineFigures(metrics: SolverMetrics) {
  const { fullySatisfied, choicesMet, reservesUsed, unresolved, teacherClashes } = metrics;
  return { fullySatisfied, choicesMet, reservesUsed, unresolved, teacherClashes };
}

/** The board's figures are the engine's: measured from its own solution, and as a fresh evaluator finds them. */
function expectEngineAgrees(cohort: Cohort, board: LiveBoard): void {
  const { solution, pins, lockedPlacements } = board.state;
  expect(board.metrics()).toEqual(computeMetrics(cohort, solution));
  expect(board.view().metrics).toEqual(board.metrics());
  const fresh = createEvaluator(cohort, solution, { pins, lockedPlacements });
  expect(engineFigures(board.metrics())).toEqual(engineFigures(fresh.metrics()));
}

describe('the live board', () => {
  it('shows the stored scenario with the figures the engine gives it', () => {
    const state = trioState();
    const board = createLiveBoard(trio, state);
    expect(board.state).toBe(state);
    expect(board.metrics()).toEqual(computeMetrics(trio, state.solution));
    expect(board.metrics()).toMatchObject({ fullySatisfied: 2, unresolved: 1 });
    expect(board.unresolved().map((u) => u.upn)).toEqual(['P2']);
    const columnA = board.view().columns.find((column) => column.block === 'A');
    expect(columnA?.cards.map((card) => card.group)).toEqual(['AR1', 'HI1']);
  });

  it('previews a drop as the one-off preview does, and leaves the board as it was', () => {
    const state = trioState();
    const board = createLiveBoard(trio, state);
    const preview = board.previewGroupDrop('AR1', ['B']);
    expect(preview).toEqual(previewGroupDrop(trio, state.solution, 'AR1', ['B']));
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    expect(preview.gains).toEqual([{ upn: 'P2', name: 'Ben Lewis' }]);
    expect(preview.losses).toEqual([{ upn: 'P3', name: 'Cara Moss' }]);
    expect(board.state).toBe(state);
    expect(board.metrics()).toEqual(computeMetrics(trio, state.solution));
    // The evaluator is back where it was: another drop measures from the stored layout.
    const other = board.previewGroupDrop('GE1', ['A']);
    expect(other).toEqual(previewGroupDrop(trio, state.solution, 'GE1', ['A']));
    expect(other).toMatchObject({ after: { fullySatisfied: 0, unresolved: 3 } });
  });

  it('moves a group and gives exactly the figures its preview promised', () => {
    const board = createLiveBoard(trio, trioState());
    const preview = board.previewGroupDrop('AR1', ['B']);
    const after = board.moveGroup('AR1', ['B']);
    expect(board.state).toBe(after);
    expect(blocksOf(after.solution, 'AR1')).toEqual(['B']);
    expect(preview).toMatchObject({ after: board.metrics() });
    expect(board.unresolved().map((u) => u.upn)).toEqual(['P3']);
    expectEngineAgrees(trio, board);
    // The next drop is measured from the new layout.
    expect(board.previewGroupDrop('AR1', ['A'])).toMatchObject({
      gains: [{ upn: 'P3', name: 'Cara Moss' }],
      losses: [{ upn: 'P2', name: 'Ben Lewis' }],
    });
  });

  it('refuses a drop that breaks a rule, with the reasons, and changes nothing', () => {
    const state = { ...trioState(), pins: { AR1: ['A'] } };
    const board = createLiveBoard(trio, state);
    const reasons = checkGroupDrop(trio, state.solution, 'AR1', ['B'], state).reasons;
    expect(reasons).toEqual(['AR1 (Art) is pinned to block A; unpin it before moving it.']);
    expect(board.previewGroupDrop('AR1', ['B'])).toEqual({ allowed: false, reasons });
    let refused: unknown;
    try {
      board.moveGroup('AR1', ['B']);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BoardEditRefused);
    expect((refused as BoardEditRefused).reasons).toEqual(reasons);
    expect(board.state).toBe(state);
    expect(blocksOf(board.state.solution, 'AR1')).toEqual(['A']);
  });

  it('keeps pupils in their parallel group when a drop elsewhere re-seats everyone', () => {
    const state = parallelState();
    const board = createLiveBoard(parallel, state);
    const after = board.moveGroup('GE1', ['B']);
    for (const upn of ['P1', 'P2', 'P3', 'P4']) {
      expect(groupOf(after.solution, upn, 'HI')).toBe(groupOf(state.solution, upn, 'HI'));
    }
    expectEngineAgrees(parallel, board);
  });

  it('moves a pupil into another group, locks them there, and replaces an earlier lock', () => {
    const board = createLiveBoard(parallel, parallelState());
    const preview = board.previewPupilMove('P2', 'HI', 'HI2');
    const first = board.movePupil('P2', 'HI', 'HI2');
    expect(groupOf(first.solution, 'P2', 'HI')).toBe('HI2');
    expect(first.lockedPlacements).toEqual([{ upn: 'P2', course: 'HI', group: 'HI2' }]);
    expect(preview).toMatchObject({ allowed: true, after: board.metrics() });
    // The others stay where they were: HI2 now has three, which is its maximum.
    expect(groupOf(first.solution, 'P1', 'HI')).toBe('HI2');
    expect(groupOf(first.solution, 'P3', 'HI')).toBe('HI2');
    expect(groupOf(first.solution, 'P4', 'HI')).toBe('HI1');
    expectEngineAgrees(parallel, board);

    const second = board.movePupil('P2', 'HI', 'HI1');
    expect(groupOf(second.solution, 'P2', 'HI')).toBe('HI1');
    expect(second.lockedPlacements).toEqual([{ upn: 'P2', course: 'HI', group: 'HI1' }]);
    expectEngineAgrees(parallel, board);
  });

  it('refuses to put a pupil in a group of another course', () => {
    const state = parallelState();
    const board = createLiveBoard(parallel, state);
    expect(board.previewPupilMove('P1', 'HI', 'GE1')).toEqual({
      allowed: false,
      reasons: ['GE1 (Geography) is not a History group.'],
    });
    expect(() => board.movePupil('P1', 'HI', 'GE1')).toThrow(BoardEditRefused);
    expect(board.state).toBe(state);
  });

  it('gives a group another teacher, or none, and refuses one who cannot take it', () => {
    const board = createLiveBoard(trio, trioState());
    const seatsBefore = board.state.solution.placements;
    const changed = board.assignTeacher('HI1', 'SMI');
    expect(changed.solution.groups.find((g) => g.label === 'HI1')?.teacher).toBe('SMI');
    expect(changed.solution.placements).toEqual(seatsBefore);
    expectEngineAgrees(trio, board);

    const none = board.assignTeacher('HI1', null);
    expect(none.solution.groups.find((g) => g.label === 'HI1')?.teacher).toBeNull();
    expect(board.metrics().unstaffedGroups).toBe(1);
    expectEngineAgrees(trio, board);

    expect(() => board.assignTeacher('HI1', 'JON')).toThrow(/Mr Jones.*History/);
    // Mr Smith is away in block B, where Geography is.
    board.moveGroup('AR1', ['B']);
    expect(() => board.assignTeacher('GE1', 'SMI')).toThrow(BoardEditRefused);
    expect(board.state.solution.groups.find((g) => g.label === 'GE1')?.teacher).toBe('JON');
  });

  it('agrees with a fresh evaluator after every edit of a random sequence', () => {
    for (let seed = 1; seed <= 6; seed += 1) {
      const cohort = randomCohort(seed);
      const { solution } = solve(cohort, { seed, maxIterations: 200, stallIterations: 100 });
      const board = createLiveBoard(cohort, { solution, pins: {}, lockedPlacements: [] });
      const random = createRandom(`live-board/${seed}`);
      expectEngineAgrees(cohort, board);
      for (let edit = 0; edit < 12; edit += 1) {
        const { solution: current } = board.state;
        if (random.chance(0.6)) {
          const moving = random.pick(current.groups);
          const course = cohort.courses.find((c) => c.code === moving.course);
          const allowed = course?.allowedBlocks.length ? course.allowedBlocks : cohort.blocks;
          const blocks = random.shuffle(allowed).slice(0, moving.blocks.length);
          const preview = board.previewGroupDrop(moving.label, blocks);
          if (!preview.allowed) {
            expect(() => board.moveGroup(moving.label, blocks)).toThrow(BoardEditRefused);
            continue;
          }
          expect(preview.before).toEqual(board.metrics());
          board.moveGroup(moving.label, blocks);
          expect(preview.after).toEqual(board.metrics());
        } else {
          const placement = random.pick(current.placements);
          const to = random.pick(current.groups.filter((g) => g.course === placement.course));
          board.movePupil(placement.upn, placement.course, to.label);
          for (const lock of board.state.lockedPlacements) {
            expect(groupOf(board.state.solution, lock.upn, lock.course)).toBe(lock.group);
          }
        }
        expectEngineAgrees(cohort, board);
      }
    }
  });
});
