import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solve } from '../../src/core/solver';
import type { SolveResult } from '../../src/core/solver/types';
import { writeDemoPlan } from '../../src/data/demo-plan';
import {
  readChoices,
  readCohort,
  readCourses,
  readPupils,
} from '../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { saveScenario } from '../../src/data/plan/scenario-repository';
import { createPlanner, type Planner } from '../../src/services';
import type { CohortView, StatusFiguresView } from '../../src/shared/contract/cohort';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';
import { apiCalls } from '../helpers/api-calls';

let dir: string;
let planPath: string;
let planner: Planner;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-cohort-'));
  planPath = join(dir, 'Cohort.ks4');
  writeDemoPlan(planPath, { pupils: 80, seed: 7 });
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

async function openPlan(): Promise<void> {
  await value('choosePlanToOpen');
}

/** Works on the file directly, as the command line would (the app must not have it open). */
function withFile<T>(work: (db: PlanDatabase) => T): T {
  const db = openPlanFile(planPath);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

function solveAndSave(name: string, seed: number, at: string): SolveResult {
  return withFile((db) => {
    const result = solve(readCohort(db), { seed, maxIterations: 400, timeLimitMs: 20_000 });
    db.transaction(() =>
      saveScenario(db, {
        name,
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
        now: new Date(at),
      }),
    )();
    return result;
  });
}

describe('reading the cohort', () => {
  it('lists every pupil with their record, choices, reserves, the courses and the forms', async () => {
    const pupils = withFile(readPupils);
    const choices = withFile(readChoices);
    const courses = withFile(readCourses);
    await openPlan();
    const cohort = await value<CohortView>('getCohort');

    expect(cohort.pupils.map((pupil) => pupil.upn)).toEqual(pupils.map((pupil) => pupil.upn));
    expect(cohort.forms).toEqual([...new Set(pupils.map((pupil) => pupil.form))].sort());
    expect(cohort.scenario).toBeNull();
    expect(cohort.courses).toEqual(courses.map(({ code, name }) => ({ code, name })));
    for (const list of choices) {
      const shown = cohort.pupils.find((pupil) => pupil.upn === list.upn);
      expect(shown?.choices).toEqual(list.choices);
      expect(shown?.reserves).toEqual(list.reserves);
      expect(shown?.unresolved).toEqual([]);
    }
  });

  it('marks the pupils the latest scenario left unresolved, with its reasons', async () => {
    const result = solveAndSave('First try', 1, '2026-03-02T09:00:00Z');
    expect(result.unresolved.length).toBeGreaterThan(0);
    await openPlan();
    const cohort = await value<CohortView>('getCohort');

    expect(cohort.scenario).toEqual({ name: 'First try', isAgreed: false });
    const unresolvedUpns = cohort.pupils
      .filter((pupil) => pupil.unresolved.length > 0)
      .map((pupil) => pupil.upn);
    expect(unresolvedUpns.sort()).toEqual([...new Set(result.unresolved.map((u) => u.upn))].sort());
    expect(unresolvedUpns).toHaveLength(result.metrics.unresolved);
    // Every reason the scenario saved is shown against its pupil, and nothing else.
    for (const pupil of cohort.pupils) {
      expect(pupil.unresolved).toEqual(
        result.unresolved
          .filter((entry) => entry.upn === pupil.upn)
          .map((entry) => ({ course: entry.course, reason: entry.reason })),
      );
    }
  });

  it('prefers the agreed scenario over a later one, in the cohort and the status figures', async () => {
    const agreed = solveAndSave('Agreed layout', 1, '2026-03-02T09:00:00Z');
    solveAndSave('Later try', 2, '2026-03-03T09:00:00Z');
    withFile((db) =>
      db.prepare("UPDATE scenarios SET is_agreed = 1 WHERE name = 'Agreed layout'").run(),
    );
    await openPlan();

    expect((await value<CohortView>('getCohort')).scenario).toEqual({
      name: 'Agreed layout',
      isAgreed: true,
    });
    const figures = await value<StatusFiguresView>('getStatusFigures');
    expect(figures.scenario).toMatchObject({
      name: 'Agreed layout',
      fullySatisfied: agreed.metrics.fullySatisfied,
      unresolved: agreed.metrics.unresolved,
      groups: agreed.solution.groups.length,
    });
  });
});

describe('status figures', () => {
  it('counts pupils and says no blocks are built before any scenario', async () => {
    await openPlan();
    expect(await value<StatusFiguresView>('getStatusFigures')).toEqual({
      pupils: 80,
      scenario: null,
    });
  });

  it('shows the latest scenario’s figures', async () => {
    solveAndSave('Older', 3, '2026-03-01T09:00:00Z');
    const latest = solveAndSave('Newest', 4, '2026-03-04T09:00:00Z');
    await openPlan();
    expect(await value<StatusFiguresView>('getStatusFigures')).toEqual({
      pupils: 80,
      scenario: {
        name: 'Newest',
        isAgreed: false,
        fullySatisfied: latest.metrics.fullySatisfied,
        unresolved: latest.metrics.unresolved,
        groups: latest.solution.groups.length,
      },
    });
  });

  it('needs an open plan', async () => {
    expect(await call('getStatusFigures')).toMatchObject({
      ok: false,
      error: { code: 'no-plan-open' },
    });
  });
});

describe('editing a pupil', () => {
  it('saves new choices and returns the pupil as the screen shows them', async () => {
    await openPlan();
    const cohort = await value<CohortView>('getCohort');
    const pupil = cohort.pupils.find((candidate) => candidate.choices.length >= 2);
    if (!pupil) throw new Error('the demo cohort has pupils with choices');
    const unused = cohort.courses.find(
      (course) => ![...pupil.choices, ...pupil.reserves].includes(course.code),
    );
    if (!unused) throw new Error('some course is not among the pupil’s choices');
    const wanted = [unused.code, ...pupil.choices.slice(1)];

    const saved = await value<CohortView['pupils'][number]>('updatePupilChoices', {
      upn: pupil.upn,
      choices: wanted,
      reserves: [],
    });
    expect(saved.choices).toEqual(wanted);
    expect(saved.reserves).toEqual([]);
    await value('closePlan');
    expect(withFile(readChoices).find((list) => list.upn === pupil.upn)).toEqual({
      upn: pupil.upn,
      choices: wanted,
      reserves: [],
    });
  });

  it('refuses a duplicate course as an invalid edit naming the pupil, and saves nothing', async () => {
    const before = withFile(readChoices);
    await openPlan();
    const cohort = await value<CohortView>('getCohort');
    const pupil = cohort.pupils.find((candidate) => candidate.choices.length >= 2);
    const first = cohort.courses.find((course) => course.code === pupil?.choices[0]);
    if (!pupil || !first) throw new Error('the demo cohort has pupils with choices');

    const refused = await call('updatePupilChoices', {
      upn: pupil.upn,
      choices: [first.code, first.code],
      reserves: [],
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'invalid-edit',
        message: expect.stringContaining(
          `${first.name} (${first.code}) is listed twice in ${pupil.forename} ${pupil.surname}’s choices`,
        ),
      },
    });
    await value('closePlan');
    expect(withFile(readChoices)).toEqual(before);
  });

  it('refuses to change choices while blocks are being built from them', async () => {
    await openPlan();
    const pupil = (await value<CohortView>('getCohort')).pupils[0];
    if (!pupil) throw new Error('the demo cohort has pupils');
    await value('startSolve', { timeLimitSeconds: 30, seed: 1 });

    expect(await call('updatePupilChoices', { upn: pupil.upn, choices: [], reserves: [] })).toEqual(
      {
        ok: false,
        error: {
          code: 'solver-busy',
          message: expect.stringContaining(
            `before changing ${pupil.forename} ${pupil.surname}’s choices`,
          ),
        },
      },
    );
    await value('cancelSolve');
    await expect
      .poll(async () => (await value<{ state: string }>('getSolveStatus')).state, {
        timeout: 20_000,
      })
      .toBe('done');
    const cohort = await value<CohortView>('getCohort');
    expect(cohort.pupils[0]?.choices).toEqual(pupil.choices);
  });

  it('saves a pupil’s record and refuses a payload the contract does not allow', async () => {
    await openPlan();
    const pupil = (await value<CohortView>('getCohort')).pupils[0];
    if (!pupil) throw new Error('the demo cohort has pupils');
    const edit = {
      upn: pupil.upn,
      form: '11Z',
      gender: pupil.gender,
      disadvantaged: !pupil.disadvantaged,
      send: 'E',
      eal: pupil.eal,
      priorAttainmentScore: 99,
      priorAttainmentBand: null,
    };
    const saved = await value<CohortView['pupils'][number]>('updatePupil', edit);
    expect(saved).toMatchObject({
      form: '11Z',
      disadvantaged: !pupil.disadvantaged,
      send: 'E',
      priorAttainment: { score: 99, band: 'L' },
    });
    expect(await call('updatePupil', { ...edit, send: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    await value('closePlan');
    expect(withFile(readPupils).find((p) => p.upn === pupil.upn)).toMatchObject({
      form: '11Z',
      send: 'E',
    });
  });
});
