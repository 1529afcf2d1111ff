import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGroupDrop } from '../../src/core/board';
import type { Cohort } from '../../src/core/model';
import { computeMetrics, solve, type Solution } from '../../src/core/solver';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../src/data/plan/scenario-repository';
import { createPlanner, type Planner } from '../../src/services';
import type {
  BoardChangeView,
  BoardScreenView,
  CounsellingView,
  DropPreviewView,
  GroupDetailView,
} from '../../src/shared/contract/board';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';
import { apiCalls } from '../helpers/api-calls';

const SCENARIO = 'Spring draft';

let dir: string;
let planPath: string;
let planner: Planner;

function startPlanner(): void {
  planner = createPlanner({
    hooks: nullShellHooks({ choosePlanToOpen: async () => planPath }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
}

const { value, refusal } = apiCalls(() => planner);

/** A solved demo plan, written before the app opens it (an open plan is locked). */
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-board-'));
  planPath = join(dir, 'Year 9.ks4');
  // 240 pupils: the demo has a course kept to some blocks and parallel groups in one block.
  writeDemoPlan(planPath, { pupils: 240, seed: 4 });
  const db = openPlanFile(planPath);
  try {
    const cohort = readSolverCohort(db);
    const result = solve(cohort, { seed: 1, maxIterations: 300 });
    saveScenario(db, {
      name: SCENARIO,
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
    });
  } finally {
    db.close();
  }
  startPlanner();
});
afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function openBoard(): Promise<BoardScreenView> {
  await value('choosePlanToOpen');
  return value<BoardScreenView>('getBoard', {});
}

/** The scenario and cohort as saved in the file, read after the app has closed it. */
async function savedInFile(): Promise<{ cohort: Cohort; solution: Solution }> {
  await value('closePlan');
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const scenario = readScenario(db, SCENARIO);
    if (!scenario) throw new Error('scenario missing');
    return { cohort: readSolverCohort(db), solution: scenario.solution };
  } finally {
    db.close();
  }
}

/** A move of a one-block group that the board allows, found from the saved layout. */
function allowedMove(cohort: Cohort, solution: Solution): { group: string; blocks: string[] } {
  for (const group of solution.groups) {
    if (group.blocks.length !== 1) continue;
    for (const block of cohort.blocks) {
      if (group.blocks.includes(block)) continue;
      if (checkGroupDrop(cohort, solution, group.label, [block]).allowed) {
        return { group: group.label, blocks: [block] };
      }
    }
  }
  throw new Error('no allowed move in the demo layout');
}

function savedLayout(): { cohort: Cohort; solution: Solution } {
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const scenario = readScenario(db, SCENARIO);
    if (!scenario) throw new Error('scenario missing');
    return { cohort: readSolverCohort(db), solution: scenario.solution };
  } finally {
    db.close();
  }
}

describe('the blocks board through the API', () => {
  it('shows the engine’s own figures for the saved scenario', async () => {
    const { cohort, solution } = savedLayout();
    const board = await openBoard();
    expect(board.scenario).toBe(SCENARIO);
    expect(board.metrics).toEqual(computeMetrics(cohort, solution));
    expect(board.columns.map((column) => column.block)).toEqual(cohort.blocks);
    const cards = new Set(board.columns.flatMap((column) => column.cards.map((c) => c.group)));
    expect(cards.size + board.unplaced.length).toBe(solution.groups.length);
  });

  it('previews a move, makes it with the previewed figures, and undoes it after reopening', async () => {
    const { cohort, solution } = savedLayout();
    const move = allowedMove(cohort, solution);
    const board = await openBoard();
    const preview = await value<DropPreviewView>('previewGroupMove', {
      scenario: SCENARIO,
      ...move,
    });
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    const change = await value<BoardChangeView>('moveGroup', { scenario: SCENARIO, ...move });
    expect(change.board.metrics?.fullySatisfied).toBe(preview.after.fullySatisfied);
    expect(change.before?.fullySatisfied).toBe(board.metrics?.fullySatisfied);
    expect(change.board.history.undoLabel).toBe(change.label);
    const moved = change.board.columns
      .find((column) => column.block === move.blocks[0])
      ?.cards.some((card) => card.group === move.group);
    expect(moved).toBe(true);

    // What the file holds agrees with what the board showed.
    const saved = await savedInFile();
    expect(saved.solution.groups.find((g) => g.label === move.group)?.blocks).toEqual(move.blocks);
    expect(computeMetrics(saved.cohort, saved.solution).fullySatisfied).toBe(
      change.board.metrics?.fullySatisfied,
    );

    // The history survives closing the plan.
    const reopened = await openBoard();
    expect(reopened.history.canUndo).toBe(true);
    const undone = await value<BoardChangeView>('undoBoard', { scenario: SCENARIO });
    expect(undone.label).toBe(`Undone: ${change.label}`);
    expect(undone.board.metrics).toEqual(board.metrics);
    expect(undone.board.history.canRedo).toBe(true);
    const redone = await value<BoardChangeView>('redoBoard', { scenario: SCENARIO });
    expect(redone.board.metrics).toEqual(change.board.metrics);
  });

  it('refuses a move onto a block the course is not allowed in, naming it, and saves nothing', async () => {
    const { cohort, solution } = savedLayout();
    const restricted = solution.groups.find((group) => {
      const course = cohort.courses.find((c) => c.code === group.course);
      return course && course.allowedBlocks.length > 0 && group.blocks.length === 1;
    });
    const board = await openBoard();
    const course = cohort.courses.find((c) => c.code === restricted?.course);
    const elsewhere = cohort.blocks.find((block) => !course?.allowedBlocks.includes(block));
    if (!restricted || !elsewhere) throw new Error('the demo has no course kept to some blocks');
    const error = await refusal('moveGroup', {
      scenario: SCENARIO,
      group: restricted.label,
      blocks: [elsewhere],
    });
    expect(error.code).toBe('invalid-edit');
    expect(error.message).toContain(elsewhere);
    const after = await value<BoardScreenView>('getBoard', { scenario: SCENARIO });
    expect(after.metrics).toEqual(board.metrics);
    expect(after.history.canUndo).toBe(false);
  });

  it('keeps a pinned group where it is when re-solving around the pins', async () => {
    const board = await openBoard();
    const card = board.columns[0]?.cards.find((c) => !c.spansTwoBlocks);
    if (!card) throw new Error('no card to pin');
    const pinned = await value<BoardChangeView>('setGroupPinned', {
      scenario: SCENARIO,
      group: card.group,
      pinned: true,
    });
    expect(pinned.board.columns[0]?.cards.find((c) => c.group === card.group)?.pinned).toBe(true);
    const resolved = await value<BoardChangeView>('resolveAroundPins', {
      scenario: SCENARIO,
      timeLimitSeconds: 1,
    });
    const still = resolved.board.columns[0]?.cards.find((c) => c.group === card.group);
    expect(still?.pinned).toBe(true);
    expect(resolved.board.metrics?.fullySatisfied).toBeGreaterThanOrEqual(
      board.metrics?.fullySatisfied ?? 0,
    );
    expect(resolved.changes.groupsMoved.map((moved) => moved.group)).not.toContain(card.group);
    const refused = await refusal('moveGroup', {
      scenario: SCENARIO,
      group: card.group,
      blocks: [board.blocks[1] ?? ''],
    });
    expect(refused.message).toMatch(/pinned/i);
  });

  it('applies a counselling fix and the pupil leaves the list', async () => {
    await openBoard();
    const before = await value<CounsellingView>('getCounselling', { scenario: SCENARIO });
    const pupil = before.pupils.find((entry) =>
      entry.fixes.some((fix) => fix.applicable && fix.kind !== 'move-group'),
    );
    if (!pupil) throw new Error('no pupil with a fix the board can apply');
    const index = pupil.fixes.findIndex((fix) => fix.applicable && fix.kind !== 'move-group');
    const fix = pupil.fixes[index];
    if (!fix) throw new Error('fix missing');
    const change = await value<BoardChangeView>('applyCounsellingFix', {
      scenario: SCENARIO,
      upn: pupil.upn,
      fix: index,
      description: fix.description,
    });
    const after = await value<CounsellingView>('getCounselling', { scenario: SCENARIO });
    expect(after.pupils.map((entry) => entry.upn)).not.toContain(pupil.upn);
    expect(change.board.metrics?.unresolved).toBe(after.totals.unresolved);
    // Undo gives the pupil back their choices and their place in the list.
    await value('undoBoard', { scenario: SCENARIO });
    const undone = await value<CounsellingView>('getCounselling', { scenario: SCENARIO });
    expect(undone.pupils.map((entry) => entry.upn)).toContain(pupil.upn);
  });

  it('refuses a teacher who already teaches in that block, naming the clash', async () => {
    const board = await openBoard();
    for (const row of board.staffing.rows) {
      for (const cell of row.cells) {
        const mine = cell.groups[0];
        if (!mine) continue;
        const other = board.columns
          .find((column) => column.block === cell.block)
          ?.cards.find((card) => card.group !== mine.group && card.teacher?.code !== row.code);
        if (!other) continue;
        const check = await value<{ allowed: boolean; reasons: string[] }>('checkTeacher', {
          scenario: SCENARIO,
          group: other.group,
          teacher: row.code,
        });
        expect(check.allowed).toBe(false);
        const error = await refusal('assignTeacher', {
          scenario: SCENARIO,
          group: other.group,
          teacher: row.code,
        });
        expect(error.message).toContain(mine.group);
        return;
      }
    }
    throw new Error('no teacher with a group to clash with');
  });

  it('shows a group’s make-up and balances its parallel groups without changing the figures', async () => {
    const board = await openBoard();
    // A double group has a card in each of its blocks: count each group once.
    const cards = [
      ...new Map(board.columns.flatMap((column) => column.cards).map((c) => [c.group, c])).values(),
    ];
    const course = cards.find(
      (card) =>
        cards.filter(
          (other) =>
            other.courseCode === card.courseCode && other.blocks.join() === card.blocks.join(),
        ).length > 1,
    );
    if (!course) throw new Error('the demo layout has no parallel groups in one block');
    const detail = await value<GroupDetailView>('getGroup', {
      scenario: SCENARIO,
      group: course.group,
    });
    expect(detail.members).toHaveLength(detail.size);
    expect(detail.parallel.length).toBeGreaterThan(1);
    const balanced = await value<BoardChangeView | null>('balanceCourse', {
      scenario: SCENARIO,
      course: course.courseCode,
    });
    if (balanced === null) throw new Error('the demo groups were already even: nothing to test');
    expect(balanced.board.metrics?.fullySatisfied).toBe(board.metrics?.fullySatisfied);
    expect(balanced.board.history.undoLabel).toMatch(/^Balance the /);

    // Balanced again, nothing can move: nothing is written and there is nothing new to undo.
    const again = await value<BoardChangeView | null>('balanceCourse', {
      scenario: SCENARIO,
      course: course.courseCode,
    });
    expect(again).toBeNull();
    const after = await value<BoardScreenView>('getBoard', { scenario: SCENARIO });
    expect(after.history.undoLabel).toBe(balanced.board.history.undoLabel);
    expect(after.columns).toEqual(balanced.board.columns);
  });
});
