import { once } from 'node:events';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/core/model';
import { computeMetrics } from '../../src/core/solver';
import type { SolverProgress } from '../../src/core/solver/types';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario } from '../../src/data/plan/scenario-repository';
import { createPlanner, type Planner, type ShellHooks } from '../../src/services';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import {
  builtSolverWorker,
  SolverRunError,
  startSolverRun,
} from '../../src/services/solver-runner';
import {
  API_CONTRACT,
  type ApiMethod,
  type ApiOutput,
  type ApiResult,
  type SolveStatusView,
} from '../../src/shared/api';
import { makeTempDir } from '../data/plan/temp-plan';
import { layoutProblems } from '../helpers/check-layout';
import { sourceSolverWorker } from '../helpers/solver-worker';

/** Search settings that keep the search going until the time limit or a cancel. */
const NEVER_STALL = { maxIterations: 1e12, stallIterations: 1e12 };

let temp: ReturnType<typeof makeTempDir>;
let cohort: Cohort;

beforeAll(() => {
  temp = makeTempDir('ks4-solver-runner-');
  const path = join(temp.dir, 'cohort.ks4');
  writeDemoPlan(path, { pupils: 120, seed: 2 });
  const db = openPlanFile(path);
  cohort = readCohort(db);
  db.close();
});
afterAll(() => temp.cleanup());

function expectValidResult(solution: Parameters<typeof computeMetrics>[1], metrics: unknown) {
  expect(layoutProblems(cohort, solution.groups, { staff: true })).toEqual([]);
  expect(metrics).toEqual(computeMetrics(cohort, solution));
}

describe('the solver runner', () => {
  it('solves in a worker while the main thread keeps running, reporting progress', async () => {
    const progress: SolverProgress[] = [];
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    try {
      const run = startSolverRun(
        sourceSolverWorker,
        cohort,
        { seed: 1, timeLimitMs: 1500, ...NEVER_STALL },
        { onProgress: (report) => progress.push(report), progressEveryMs: 250 },
      );
      const result = await run.result;
      const elapsed = Date.now() - started;
      // A solve on this thread would block the timer for its whole 1.5 s.
      expect(ticks).toBeGreaterThan((elapsed / 10) * 0.3);
      expect(result.stats.stoppedBy).toBe('time');
      expectValidResult(result.solution, result.metrics);
    } finally {
      clearInterval(ticker);
    }
    expect(progress.length).toBeGreaterThanOrEqual(2);
    // At most a few reports a second, each with the best figures so far.
    for (let i = 1; i < progress.length; i += 1) {
      const gap = (progress[i]?.elapsedMs ?? 0) - (progress[i - 1]?.elapsedMs ?? 0);
      expect(gap).toBeGreaterThanOrEqual(250);
    }
    expect(progress.every((report) => report.best.pupils === cohort.pupils.length)).toBe(true);
  });

  it('stops soon after a cancel with the best layout so far', async () => {
    let cancelledAt = 0;
    const run = startSolverRun(
      sourceSolverWorker,
      cohort,
      { seed: 1, timeLimitMs: 60_000, ...NEVER_STALL },
      {
        onProgress: () => {
          if (cancelledAt !== 0) return;
          cancelledAt = Date.now();
          run.cancel();
        },
      },
    );
    const result = await run.result;
    expect(cancelledAt).toBeGreaterThan(0);
    expect(Date.now() - cancelledAt).toBeLessThan(2000);
    expect(result.stats.stoppedBy).toBe('cancelled');
    expect(result.stats.elapsedMs).toBeLessThan(10_000);
    expect(result.metrics.pupils).toBe(cohort.pupils.length);
    expectValidResult(result.solution, result.metrics);
  });

  it('reports input no layout can honour as an input failure', async () => {
    const run = startSolverRun(sourceSolverWorker, { ...cohort, blocks: [] }, { seed: 1 });
    const error: unknown = await run.result.catch((failure: unknown) => failure);
    expect(error).toBeInstanceOf(SolverRunError);
    expect((error as SolverRunError).failure).toMatchObject({ kind: 'input' });
    expect((error as SolverRunError).message).toMatch(/blocks/);
  });

  it('fails with a message when the worker cannot start', async () => {
    // No build in the temp folder: the worker's file is missing.
    const run = startSolverRun(builtSolverWorker(temp.dir), cohort, { seed: 1 });
    const error: unknown = await run.result.catch((failure: unknown) => failure);
    expect((error as SolverRunError).failure).toMatchObject({ kind: 'internal' });
    expect((error as SolverRunError).message).toContain('solver-worker.js');
  });

  it('loses the result when terminated, as a last resort', async () => {
    const run = startSolverRun(sourceSolverWorker, cohort, {
      seed: 1,
      timeLimitMs: 60_000,
      ...NEVER_STALL,
    });
    const outcome = run.result.catch((failure: unknown) => failure);
    await run.terminate();
    const error = await outcome;
    expect((error as SolverRunError).failure).toEqual({ kind: 'terminated' });
  });
});

describe('solving through the planner API', () => {
  let planner: Planner;
  let dir: ReturnType<typeof makeTempDir>;
  const demoPath = () => join(dir.dir, 'demo.ks4');

  /** The workers started, so a test can see them end. */
  const workers: Worker[] = [];

  function start(hooks: Partial<ShellHooks> = {}) {
    workers.length = 0;
    planner = createPlanner({
      hooks: nullShellHooks({ demoPlanPath: demoPath, ...hooks }),
      appName: 'KS4 Planner',
      appVersion: '0.0.0',
      createSolverWorker: (data) => {
        const worker = sourceSolverWorker(data);
        workers.push(worker);
        return worker;
      },
    });
  }

  /** Calls a method and checks a successful value against the contract. */
  async function call<M extends ApiMethod>(
    method: M,
    payload?: unknown,
  ): Promise<ApiResult<ApiOutput<M>>> {
    const result = await planner.dispatcher.dispatch(method, payload);
    if (result.ok) API_CONTRACT[method].output.parse(result.value);
    return result as ApiResult<ApiOutput<M>>;
  }

  async function value<M extends ApiMethod>(method: M, payload?: unknown): Promise<ApiOutput<M>> {
    const result = await call(method, payload);
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
    return result.value;
  }

  /** Polls the status like the renderer does, keeping every status seen. */
  async function pollUntilFinished(seen: SolveStatusView[] = []): Promise<SolveStatusView> {
    for (;;) {
      const status = await value('getSolveStatus');
      seen.push(status);
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits until the running search has reported once, so it is surely searching. */
  async function waitForProgress(): Promise<void> {
    let status = await value('getSolveStatus');
    while (status.state === 'running' && status.progress === null) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      status = await value('getSolveStatus');
    }
    expect(status).toMatchObject({ state: 'running' });
  }

  afterEach(() => {
    planner.dispose();
    dir.cleanup();
  });

  it('runs a solve in the background, refuses a second one, and saves a scenario', async () => {
    dir = makeTempDir('ks4-solve-api-');
    start();
    expect(await value('getSolveStatus')).toEqual({ state: 'idle' });
    await value('openDemoPlan', { pupils: 120, seed: 2 });
    const { runId } = await value('startSolve', { timeLimitSeconds: 1.5, seed: 7 });

    expect(await call('startSolve', { timeLimitSeconds: 1, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'solver-busy' },
    });
    const seen: SolveStatusView[] = [];
    const final = await pollUntilFinished(seen);
    expect(seen.some((status) => status.state === 'running' && status.progress !== null)).toBe(
      true,
    );
    expect(final).toMatchObject({ state: 'done', runId, timeLimitSeconds: 1.5 });
    if (final.state !== 'done') return;
    expect(final.result.scenarioName).toMatch(/^Solver run \d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(final.result.metrics.pupils).toBe(120);

    const scenarios = await value('listScenarios');
    expect(scenarios.map((scenario) => scenario.name)).toEqual([final.result.scenarioName]);
    expect(scenarios[0]?.metrics).toEqual(final.result.metrics);
    planner.dispose();

    const db = openPlanFile(demoPath());
    const stored = readScenario(db, final.result.scenarioName);
    db.close();
    expect(stored?.origin).toMatchObject({ seed: 7, timeLimitSeconds: 1.5 });
    expect(stored?.solution.groups.length).toBeGreaterThan(0);
  });

  it('cancels quickly and still saves the best layout so far', async () => {
    dir = makeTempDir('ks4-solve-api-');
    start();
    await value('openDemoPlan', { pupils: 300, seed: 1 });
    expect(await value('cancelSolve')).toEqual({ wasRunning: false });
    await value('startSolve', { timeLimitSeconds: 120, seed: 1, scenarioName: 'Cancelled run' });
    await waitForProgress();
    const cancelledAt = Date.now();
    expect(await value('cancelSolve')).toEqual({ wasRunning: true });
    expect(await value('getSolveStatus')).toMatchObject({ cancelRequested: true });
    const final = await pollUntilFinished();
    expect(Date.now() - cancelledAt).toBeLessThan(3000);
    expect(final).toMatchObject({
      state: 'done',
      result: { scenarioName: 'Cancelled run', stoppedBy: 'cancelled', metrics: { pupils: 300 } },
    });
    expect((await value('listScenarios')).map((scenario) => scenario.name)).toEqual([
      'Cancelled run',
    ]);
    // The name is taken now: refused before any work is done.
    expect(
      await call('startSolve', { timeLimitSeconds: 1, seed: 1, scenarioName: 'Cancelled run' }),
    ).toMatchObject({ ok: false, error: { code: 'scenario-exists' } });
    expect(await value('getSolveStatus')).toMatchObject({ state: 'done' });
  });

  it('stops a run whose plan is closed, saving nothing', async () => {
    dir = makeTempDir('ks4-solve-api-');
    start();
    await value('openDemoPlan', { pupils: 60, seed: 1 });
    await value('startSolve', { timeLimitSeconds: 60, seed: 1 });
    const exited = once(workers[0] as Worker, 'exit');
    await waitForProgress();
    await value('closePlan');
    expect(await value('getSolveStatus')).toEqual({ state: 'idle' });
    // Exit code 1: terminated, not finished.
    expect(await exited).toEqual([1]);
    await value('openDemoPlan', { pupils: 60, seed: 1 });
    expect(await value('listScenarios')).toEqual([]);
    // The next run starts at once: the abandoned worker no longer counts.
    await value('startSolve', { timeLimitSeconds: 1, seed: 1 });
    expect(await pollUntilFinished()).toMatchObject({ state: 'done' });
  });

  it('refuses to solve without an open plan or without choices', async () => {
    dir = makeTempDir('ks4-solve-api-');
    start({ choosePlanToCreate: async () => join(dir.dir, 'empty.ks4') });
    expect(await call('startSolve', { timeLimitSeconds: 1, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'no-plan-open' },
    });
    expect(await call('listScenarios')).toMatchObject({
      ok: false,
      error: { code: 'no-plan-open' },
    });
    await value('choosePlanToCreate');
    expect(await call('startSolve', { timeLimitSeconds: 1, seed: 1 })).toMatchObject({
      ok: false,
      error: { code: 'cannot-solve' },
    });
    expect(await value('getSolveStatus')).toEqual({ state: 'idle' });
  });
});
