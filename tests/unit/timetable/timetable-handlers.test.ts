import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver';
import type { SolveResult } from '../../../src/core/solver/types';
import { cyclePeriods, type TimetableFrame } from '../../../src/core/timetable';
import { writeDemoPlan } from '../../../src/data/demo-plan';
import { readCohort } from '../../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { saveScenario } from '../../../src/data/plan/scenario-repository';
import { writeSetting } from '../../../src/data/plan/settings-repository';
import { TIMETABLE_SETTING } from '../../../src/data/timetable/timetable-repository';
import { createPlanner, type Planner } from '../../../src/services';
import type { TimetableView } from '../../../src/shared/contract/timetable';
import { nullShellHooks } from '../../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../../helpers/solver-worker';
import { apiCalls } from '../../helpers/api-calls';

let dir: string;
let planPath: string;
let planner: Planner;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-timetable-'));
  planPath = join(dir, 'Timetable.ks4');
  writeDemoPlan(planPath, { pupils: 60, seed: 3 });
  planner = createPlanner({
    hooks: nullShellHooks({ choosePlanToOpen: async () => planPath }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
});
afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const { call, value } = apiCalls(() => planner);

/** Works on the file before the app opens it (an open plan is locked). */
function saveSolvedScenario(name: string): SolveResult {
  const db = openPlanFile(planPath);
  try {
    const result = solve(readCohort(db), { seed: 1, maxIterations: 300, timeLimitMs: 20_000 });
    db.transaction(() =>
      saveScenario(db, {
        name,
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
        now: new Date('2026-03-01T09:00:00Z'),
      }),
    )();
    return result;
  } finally {
    db.close();
  }
}

/** Block n (from 0) in period n + 1 of every day of week 1. */
function eachBlockInItsOwnPeriod(frame: TimetableFrame, blocks: string[]): TimetableFrame {
  const days = frame.days.map((_, index) => index + 1);
  return {
    ...frame,
    blockPeriods: Object.fromEntries(
      blocks.map((block, index) => [
        block,
        days.map((day) => ({ week: 1, day, period: index + 1 })),
      ]),
    ),
  };
}

describe('the timetable services', () => {
  it('shows the default frame with every block unplaced, and keeps a saved frame', async () => {
    await value('choosePlanToOpen');
    const first = await value<TimetableView>('getTimetable');
    expect(first.saved).toBe(false);
    expect(first.scenario).toBeNull();
    expect(first.problems.map((problem) => problem.message)).toEqual(
      first.blocks.map((block) => `Block ${block} has no periods in the cycle.`),
    );

    const frame = eachBlockInItsOwnPeriod(first.frame, first.blocks);
    const saved = await value<TimetableView>('saveTimetable', { frame });
    expect(saved.saved).toBe(true);
    expect(saved.problems).toEqual([]);
    expect(saved.blockTimes.every((block) => block.periods === 5)).toBe(true);

    const again = await value<TimetableView>('getTimetable');
    expect(again.frame).toEqual(frame);
    expect(again.saved).toBe(true);
  });

  it('checks an edited frame without saving it', async () => {
    await value('choosePlanToOpen');
    const { frame, blocks, courses } = await value<TimetableView>('getTimetable');
    const course = courses[0];
    if (!course) throw new Error('The demo plan has no courses');
    const edited = {
      ...eachBlockInItsOwnPeriod(frame, blocks),
      coursePeriods: { [course.code]: 6 },
    };
    const checked = await value<TimetableView>('checkTimetable', { frame: edited });
    expect(checked.problems.map((problem) => problem.kind)).toContain('not-enough-time');
    expect(checked.problems[0]?.message).toMatch(
      new RegExp(`^${course.name} \\(${course.code}\\) needs 6 periods per cycle, but block `),
    );
    expect((await value<TimetableView>('getTimetable')).saved).toBe(false);
  });

  it('refuses a cycle with a day named twice and keeps the saved frame', async () => {
    await value('choosePlanToOpen');
    const { frame, blocks } = await value<TimetableView>('getTimetable');
    const kept = eachBlockInItsOwnPeriod(frame, blocks);
    await value('saveTimetable', { frame: kept });

    const refused = await call('saveTimetable', {
      frame: { ...kept, days: ['Monday', 'Tuesday', 'monday'] },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid-edit',
        message: 'Each day of the cycle needs its own name: “monday” is given twice.',
      },
    });
    expect((await value<TimetableView>('getTimetable')).frame).toEqual(kept);
  });

  it('drops blocks, courses and staff the plan lacks when saving', async () => {
    await value('choosePlanToOpen');
    const { frame, blocks } = await value<TimetableView>('getTimetable');
    const withStrangers = {
      ...eachBlockInItsOwnPeriod(frame, blocks),
      coursePeriods: { Latin: 3 },
      staffAway: { NOBODY: [{ week: 1, day: 1, period: 1 }] },
    };
    const checked = await value<TimetableView>('checkTimetable', { frame: withStrangers });
    expect(checked.problems.map((problem) => problem.message)).toEqual([
      'The frame sets time or partner days for course Latin, which this plan does not have.',
      'The frame marks teacher NOBODY as part-time, but this plan has no such teacher.',
    ]);
    const saved = await value<TimetableView>('saveTimetable', { frame: withStrangers });
    expect(saved.frame.coursePeriods).toEqual({});
    expect(saved.frame.staffAway).toEqual({});
    expect(saved.problems).toEqual([]);
  });

  it('names a part-time teacher away when a group they teach in the scenario meets', async () => {
    const { solution } = saveSolvedScenario('First try');
    const group = solution.groups.find((entry) => entry.teacher !== null);
    if (!group?.teacher) throw new Error('The scenario has no staffed group');
    await value('choosePlanToOpen');
    const view = await value<TimetableView>('getTimetable');
    expect(view.scenario).toBe('First try');
    const placed = eachBlockInItsOwnPeriod(view.frame, view.blocks);
    const block = group.blocks[0] ?? '';
    const meets = placed.blockPeriods[block]?.[0];
    if (!meets) throw new Error(`Block ${block} was not placed`);
    const checked = await value<TimetableView>('checkTimetable', {
      frame: { ...placed, staffAway: { [group.teacher]: [meets] } },
    });
    const away = checked.problems.filter((problem) => problem.kind === 'teacher-away');
    expect(away.map((problem) => problem.staff)).toContainEqual([group.teacher]);
    expect(
      away.some((problem) => problem.message.includes(`group ${group.label} in block ${block}`)),
    ).toBe(true);
  });

  it('offers to start again when the saved frame is damaged, without touching anything else', async () => {
    const db = openPlanFile(planPath);
    writeSetting(db, TIMETABLE_SETTING, 'not json');
    db.close();
    await value('choosePlanToOpen');
    const view = await value<TimetableView>('getTimetable');
    expect(view.damaged).toBe(
      'The saved timetable frame could not be read (it is not valid JSON).',
    );
    expect(view.frame.blockPeriods).toEqual({});
    expect(cyclePeriods(view.frame)).toHaveLength(50);
    const saved = await value<TimetableView>('saveTimetable', { frame: view.frame });
    expect(saved.damaged).toBeNull();
    expect((await value<TimetableView>('getTimetable')).damaged).toBeNull();
  });

  it('refuses a scenario the plan does not have', async () => {
    await value('choosePlanToOpen');
    expect(await call('getTimetable', { scenario: 'Nope' })).toEqual({
      ok: false,
      error: { code: 'invalid-edit', message: 'The plan has no scenario called "Nope".' },
    });
  });
});
