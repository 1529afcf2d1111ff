import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  applyBoardSide,
  diffBoardStates,
  type BoardDelta,
  type BoardState,
  type PupilChoiceEdit,
} from '../../src/core/board';
import { solve } from '../../src/core/solver';
import type { SolveResult } from '../../src/core/solver/types';
import { generateSyntheticCohort } from '../../src/core/synthetic';
import { writeDemoPlan } from '../../src/data/demo-plan';
import {
  BOARD_HISTORY_LIMIT,
  boardHistory,
  BoardStorageError,
  readBoardState,
  recordBoardEdit,
  takeRedo,
  takeUndo,
  writeBoardState,
  writeChoiceEdits,
} from '../../src/data/plan/board-repository';
import {
  readCohort,
  replaceChoices,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from '../../src/data/plan/cohort-repository';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/data/plan/migrations';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { readPupilChoices } from '../../src/data/plan/pupil-edits';
import {
  readScenario,
  saveScenario,
  type ScenarioFigures,
} from '../../src/data/plan/scenario-repository';
import { makeTempDir } from './plan/temp-plan';

const SCENARIO = 'First try';

/** A solved demo plan, copied afresh for each test so tests cannot disturb one another. */
let template: { dir: string; cleanup: () => void };
let templatePath: string;
let solved: SolveResult;
let blocks: string[];

beforeAll(() => {
  template = makeTempDir();
  templatePath = join(template.dir, 'template.ks4');
  writeDemoPlan(templatePath, { pupils: 150, seed: 7 });
  const db = openPlanFile(templatePath);
  const cohort = readCohort(db);
  blocks = cohort.blocks;
  solved = solve(cohort, { seed: 1, maxIterations: 1500, timeLimitMs: 20_000 });
  db.transaction(() =>
    saveScenario(db, {
      name: SCENARIO,
      solution: solved.solution,
      figures: figuresOf(solved, { seed: 1 }),
      notes: 'For the governors',
      now: new Date('2026-03-02T09:00:00Z'),
    }),
  )();
  db.prepare('UPDATE scenarios SET is_agreed = 1').run();
  db.close();
});
afterAll(() => template.cleanup());

let dir: string;
let cleanup: () => void;
let path: string;
let db: PlanDatabase;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  path = join(dir, 'plan.ks4');
  copyFileSync(templatePath, path);
  db = openPlanFile(path);
});
afterEach(() => {
  if (db.open) db.close();
  cleanup();
});

function figuresOf(result: SolveResult, origin?: ScenarioFigures['origin']): ScenarioFigures {
  return { metrics: result.metrics, unresolved: result.unresolved, origin };
}

function reopen(): void {
  db.close();
  db = openPlanFile(path);
}

function current(): BoardState {
  const state = readBoardState(db, SCENARIO);
  if (!state) throw new Error('The test scenario is missing.');
  return state;
}

/** What the board does for one action: write the new state and record the change. */
function act(label: string, edit: (state: BoardState) => BoardState): BoardState {
  const before = current();
  const after = edit(structuredClone(before));
  db.transaction(() => {
    writeBoardState(db, SCENARIO, after, figuresOf(solved));
    recordBoardEdit(db, SCENARIO, label, diffBoardStates(before, after));
  })();
  const read = current();
  expect(inOneOrder(read)).toEqual(inOneOrder(after));
  return read;
}

/** The plan file lists groups and seats in its own order; compare states whatever the order. */
function inOneOrder(state: BoardState): BoardState {
  const key = (entry: { upn: string; course: string }) => `${entry.upn} ${entry.course}`;
  return {
    solution: {
      groups: [...state.solution.groups].sort((a, b) => a.label.localeCompare(b.label)),
      placements: [...state.solution.placements].sort((a, b) => key(a).localeCompare(key(b))),
    },
    pins: state.pins,
    lockedPlacements: [...state.lockedPlacements].sort((a, b) => key(a).localeCompare(key(b))),
  };
}

/** What the board does for Undo or Redo: lay the side over the current state and write it. */
function step(take: typeof takeUndo): string | null {
  const taken = take(db, SCENARIO);
  if (!taken) return null;
  db.transaction(() => {
    writeBoardState(db, SCENARIO, applyBoardSide(current(), taken.side), figuresOf(solved));
    writeChoiceEdits(db, Object.values(taken.side.choices));
  })();
  return taken.label;
}

function moveFirstGroup(state: BoardState): BoardState {
  const group = state.solution.groups.find((candidate) => candidate.blocks.length === 1);
  if (!group) throw new Error('The demo plan has no single-block group.');
  group.blocks = [blocks.find((block) => block !== group.blocks[0]) ?? ''];
  return state;
}

/** Moves a pupil to another group of the same course, locked there as the board does. */
function moveAPupil(state: BoardState): BoardState {
  const seat = state.solution.placements.find(
    (candidate) =>
      state.solution.groups.filter((group) => group.course === candidate.course).length > 1,
  );
  if (!seat) throw new Error('The demo plan has no course with parallel groups.');
  const other = state.solution.groups.find(
    (group) => group.course === seat.course && group.label !== seat.group,
  );
  seat.group = other?.label ?? '';
  state.lockedPlacements.push({ upn: seat.upn, course: seat.course, group: seat.group });
  return state;
}

function pinLastGroup(state: BoardState): BoardState {
  const group = state.solution.groups.at(-1);
  if (group) state.pins[group.label] = [...group.blocks];
  return state;
}

function editCount(): number {
  return db.prepare('SELECT count(*) FROM scenario_edits').pluck().get() as number;
}

describe('the board state of a scenario', () => {
  it('reads back what was written, and keeps the scenario’s name, date, notes and agreement', () => {
    const moved = act('Move a group', moveFirstGroup);
    const locked = act('Move a pupil', moveAPupil);
    const pinned = act('Pin a group', pinLastGroup);
    expect(moved).not.toEqual(locked);
    expect(Object.keys(pinned.pins)).toHaveLength(1);
    expect(pinned.lockedPlacements).toHaveLength(1);

    const stored = readScenario(db, SCENARIO);
    expect(stored).toMatchObject({
      name: SCENARIO,
      createdAt: '2026-03-02T09:00:00.000Z',
      isAgreed: true,
      notes: 'For the governors',
      // The figures say how the scenario was first made even after hand edits.
      origin: { seed: 1 },
    });
    expect(stored?.solution.placements).toHaveLength(solved.solution.placements.length);
  });

  it('refuses a teacher the plan does not have, as saving a scenario does, and keeps the board', () => {
    const before = current();
    const broken = structuredClone(before);
    const group = broken.solution.groups[0];
    if (group) group.teacher = 'ZZZ';
    expect(() => writeBoardState(db, SCENARIO, broken, figuresOf(solved))).toThrow(
      'The solution names teacher "ZZZ", which the plan does not have.',
    );
    expect(current()).toEqual(before);
  });

  it('drops a lock on a seat that does not exist, and a pin on a group that does not exist', () => {
    const state = current();
    const seat = state.solution.placements[0];
    state.lockedPlacements.push({ upn: seat?.upn ?? '', course: 'NOPE', group: 'Nowhere' });
    state.pins.Nowhere = ['A'];
    writeBoardState(db, SCENARIO, state, figuresOf(solved));
    const read = current();
    expect(read.lockedPlacements).toEqual([]);
    expect(read.pins).toEqual({});
  });

  it('is null for a scenario the plan does not have, and writing to one is refused', () => {
    expect(readBoardState(db, 'No such plan')).toBeNull();
    expect(() => writeBoardState(db, 'Gone', current(), figuresOf(solved))).toThrow(
      'There is no scenario called "Gone" in this plan',
    );
  });
});

describe('undo and redo', () => {
  it('survive closing and reopening the plan, and give back each state in turn', () => {
    const states = [current()];
    states.push(act('Move a group', moveFirstGroup));
    states.push(act('Move a pupil', moveAPupil));
    states.push(act('Pin a group', pinLastGroup));
    reopen();

    expect(boardHistory(db, SCENARIO)).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Pin a group',
      redoLabel: null,
    });
    for (const [index, label] of ['Pin a group', 'Move a pupil', 'Move a group'].entries()) {
      expect(step(takeUndo)).toBe(label);
      reopen();
      expect(current()).toEqual(states[states.length - 2 - index]);
    }
    expect(step(takeUndo)).toBeNull();
    expect(boardHistory(db, SCENARIO)).toEqual({
      canUndo: false,
      canRedo: true,
      undoLabel: null,
      redoLabel: 'Move a group',
    });

    for (const [index, label] of ['Move a group', 'Move a pupil', 'Pin a group'].entries()) {
      expect(step(takeRedo)).toBe(label);
      reopen();
      expect(current()).toEqual(states[index + 1]);
    }
    expect(step(takeRedo)).toBeNull();
  });

  it('forget what could be redone once a new action is made after an undo', () => {
    act('Move a group', moveFirstGroup);
    act('Move a pupil', moveAPupil);
    step(takeUndo);
    expect(boardHistory(db, SCENARIO).redoLabel).toBe('Move a pupil');
    act('Pin a group', pinLastGroup);
    expect(boardHistory(db, SCENARIO)).toEqual({
      canUndo: true,
      canRedo: false,
      undoLabel: 'Pin a group',
      redoLabel: null,
    });
    expect(step(takeUndo)).toBe('Pin a group');
    expect(step(takeUndo)).toBe('Move a group');
    expect(step(takeUndo)).toBeNull();
  });

  it(`keep the latest ${BOARD_HISTORY_LIMIT} actions of a scenario and drop older ones`, () => {
    const state = current();
    const delta = diffBoardStates(state, state);
    const extra = 5;
    db.transaction(() => {
      for (let n = 1; n <= BOARD_HISTORY_LIMIT + extra; n += 1) {
        recordBoardEdit(db, SCENARIO, `Action ${n}`, delta);
      }
    })();
    expect(editCount()).toBe(BOARD_HISTORY_LIMIT);
    reopen();
    const labels: string[] = [];
    for (let taken = takeUndo(db, SCENARIO); taken; taken = takeUndo(db, SCENARIO)) {
      labels.push(taken.label);
    }
    expect(labels).toHaveLength(BOARD_HISTORY_LIMIT);
    expect(labels[0]).toBe(`Action ${BOARD_HISTORY_LIMIT + extra}`);
    expect(labels.at(-1)).toBe(`Action ${extra + 1}`);
  });

  it('put back the choices a counselling fix changed', () => {
    const pupil = readCohort(db).choices.find((list) => list.choices.length >= 2);
    if (!pupil) throw new Error('The demo plan has no pupil with two choices.');
    const dropped = pupil.choices.at(-1) ?? '';
    const before: PupilChoiceEdit = { ...pupil };
    const after: PupilChoiceEdit = {
      upn: pupil.upn,
      choices: pupil.choices.slice(0, -1),
      reserves: [...pupil.reserves.filter((code) => code !== dropped), dropped],
    };
    const state = current();
    db.transaction(() => {
      writeChoiceEdits(db, [after]);
      const delta = diffBoardStates(state, state, { before: [before], after: [after] });
      recordBoardEdit(db, SCENARIO, `Make ${dropped} a reserve`, delta);
    })();
    expect(readPupilChoices(db, pupil.upn)).toEqual(after);
    reopen();

    expect(step(takeUndo)).toBe(`Make ${dropped} a reserve`);
    expect(readPupilChoices(db, pupil.upn)).toEqual(pupil);
    expect(step(takeRedo)).toBe(`Make ${dropped} a reserve`);
    expect(readPupilChoices(db, pupil.upn)).toEqual(after);
  });

  it('refuse choices that name a course the plan does not have, and change nothing', () => {
    const [first, second] = readCohort(db).choices;
    if (!first || !second) throw new Error('The demo plan has too few pupils.');
    expect(() =>
      writeChoiceEdits(db, [
        { upn: first.upn, choices: [], reserves: [] },
        { upn: second.upn, choices: ['NOPE'], reserves: [] },
      ]),
    ).toThrow(/"NOPE", which is not a course in this plan/);
    expect(readPupilChoices(db, first.upn)).toEqual(first);
    expect(readPupilChoices(db, second.upn)).toEqual(second);
  });

  it('are kept per scenario, and deleting a scenario deletes its history', () => {
    db.transaction(() =>
      saveScenario(db, { name: 'Second', solution: solved.solution, figures: figuresOf(solved) }),
    )();
    act('Move a group', moveFirstGroup);
    expect(boardHistory(db, 'Second').canUndo).toBe(false);
    db.prepare('DELETE FROM scenarios WHERE name = ?').run(SCENARIO);
    expect(editCount()).toBe(0);
    expect(boardHistory(db, SCENARIO)).toEqual({
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
    });
    expect(takeUndo(db, SCENARIO)).toBeNull();
  });

  it.each([
    ['is not JSON', '{"before": '],
    ['is JSON of the wrong shape', '{"before": {"groups": []}, "after": 3}'],
  ])('refuse clearly when an edit in the file %s, and leave the history as it was', (_, json) => {
    act('Move a group', moveFirstGroup);
    act('Move a pupil', moveAPupil);
    db.prepare("UPDATE scenario_edits SET delta_json = ? WHERE label = 'Move a pupil'").run(json);
    const error = (() => {
      try {
        takeUndo(db, SCENARIO);
      } catch (thrown) {
        return thrown;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(BoardStorageError);
    expect((error as Error).message).toBe(
      'The undo history of scenario "First try" is damaged: edit 2 ("Move a pupil") cannot be ' +
        'read, so it cannot be undone or redone. The scenario itself is unharmed.',
    );
    expect(boardHistory(db, SCENARIO).undoLabel).toBe('Move a pupil');
  });

  it('refuse an action on a scenario the plan does not have', () => {
    const delta: BoardDelta = diffBoardStates(current(), current());
    expect(() => recordBoardEdit(db, 'Gone', 'Move a group', delta)).toThrow(
      'There is no scenario called "Gone" in this plan',
    );
  });
});

describe('migration 3: the board’s edit history', () => {
  /** A plan in format 2 with a cohort and a saved scenario, as the previous version wrote it. */
  function writeFormat2Plan(file: string): SolveResult {
    const { cohort } = generateSyntheticCohort({ pupils: 40, seed: 11 });
    const old = openPlanFile(file, { create: true, migrations: MIGRATIONS.slice(0, 2) });
    expect(old.pragma('user_version', { simple: true })).toBe(2);
    const result = solve(cohort, { seed: 2, maxIterations: 800 });
    old.transaction(() => {
      writeBlocks(old, cohort.blocks);
      upsertCourses(old, cohort.courses);
      upsertPupils(old, cohort.pupils);
      upsertStaff(old, cohort.staff);
      replaceChoices(old, cohort.choices);
      saveScenario(old, { name: 'Old', solution: result.solution, figures: figuresOf(result) });
    })();
    old.close();
    return result;
  }

  it('opens a format 2 plan with its scenario intact and an empty history that then works', () => {
    const file = join(dir, 'format2.ks4');
    const result = writeFormat2Plan(file);
    const upgraded = openPlanFile(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readdirSync(dir).some((name) => name.startsWith('format2.ks4.format2-'))).toBe(true);
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);

    const state = readBoardState(upgraded, 'Old');
    expect(state?.solution.placements).toHaveLength(result.solution.placements.length);
    expect(boardHistory(upgraded, 'Old').canUndo).toBe(false);
    if (!state) throw new Error('The old scenario was lost.');
    const pinned = { ...state, pins: { [state.solution.groups[0]?.label ?? '']: [] } };
    recordBoardEdit(upgraded, 'Old', 'Pin a group', diffBoardStates(state, pinned));
    expect(takeUndo(upgraded, 'Old')?.side.pins).toEqual({
      [state.solution.groups[0]?.label ?? '']: null,
    });
    expect(() => upgraded.prepare('UPDATE scenario_edits SET undone = 2').run()).toThrow(/CHECK/);
    upgraded.close();
  });
});
