import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../../src/services/dispatcher';
import { createPlanner, type ApiHandlers, type ShellHooks } from '../../src/services';
import { createPlannerServices } from '../../src/services/planner-services';
import {
  API_CHANNEL,
  API_CONTRACT,
  API_METHODS,
  type ApiMethod,
  type ApiResult,
} from '../../src/shared/api';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';

const sorted = (names: Iterable<string>) => [...names].sort();

const electronMock = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electronMock.exposeInMainWorld },
  ipcRenderer: { invoke: electronMock.invoke },
}));

const nullHooks = nullShellHooks;

function servicesWith(hooks: ShellHooks) {
  return createPlannerServices({
    hooks,
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
}

describe('the contract', () => {
  it('lists each method once, with a schema for each', () => {
    expect(new Set(API_METHODS).size).toBe(API_METHODS.length);
    expect(sorted(Object.keys(API_CONTRACT))).toEqual(sorted(API_METHODS));
  });

  it('has a handler in the services for every method, and no other', () => {
    const { handlers, dispose } = servicesWith(nullHooks());
    expect(sorted(Object.keys(handlers))).toEqual(sorted(API_METHODS));
    for (const method of API_METHODS) expect(typeof handlers[method]).toBe('function');
    dispose();
  });

  it('is what the preload exposes: exactly the methods, forwarded on the one channel', async () => {
    await import('../../electron/preload/index');
    // Its only other exposure, the menu subscription, is checked in security-preload.test.ts.
    const calls = electronMock.exposeInMainWorld.mock.calls as [string, Record<string, unknown>][];
    const plannerCalls = calls.filter(([name]) => name === 'planner');
    expect(plannerCalls).toHaveLength(1);
    const exposed = plannerCalls[0]?.[1] ?? {};
    expect(sorted(Object.keys(exposed))).toEqual(sorted(API_METHODS));
    expect(Object.isFrozen(exposed)).toBe(true);
    for (const method of API_METHODS) {
      electronMock.invoke.mockClear();
      const call = exposed[method] as (payload?: unknown) => Promise<unknown>;
      await call({ probe: method });
      expect(electronMock.invoke).toHaveBeenCalledWith(API_CHANNEL, method, { probe: method });
    }
  });
});

describe('the dispatcher', () => {
  function spyHandlers(): ApiHandlers {
    const { handlers, dispose } = servicesWith(nullHooks());
    dispose();
    for (const method of API_METHODS) vi.spyOn(handlers, method);
    return handlers;
  }

  it('refuses an unknown method with an error value', async () => {
    const dispatcher = createDispatcher(spyHandlers());
    for (const method of ['deleteEverything', '__proto__', 'constructor', 42, null, undefined]) {
      const result = await dispatcher.dispatch(method, undefined);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('refuses a malformed payload before the handler runs, saying what is wrong', async () => {
    const handlers = spyHandlers();
    const dispatcher = createDispatcher(handlers);
    const malformed: [ApiMethod, unknown][] = [
      ['openDemoPlan', undefined],
      ['openDemoPlan', { pupils: 'lots', seed: 1 }],
      ['openDemoPlan', { pupils: 240 }],
      ['openDemoPlan', { pupils: 2.5, seed: 1 }],
      ['openDemoPlan', { pupils: 1_000_000, seed: 1 }],
      ['openDemoPlan', { pupils: 240, seed: 1, path: '/etc/passwd' }],
      ['choosePlanToOpen', { path: '/etc/passwd' }],
      ['getPlanSummary', 'anything'],
      ['startSolve', undefined],
      ['startSolve', { seed: 1 }],
      ['startSolve', { timeLimitSeconds: 0, seed: 1 }],
      ['startSolve', { timeLimitSeconds: 100_000, seed: 1 }],
      ['startSolve', { timeLimitSeconds: '10', seed: 1 }],
      ['startSolve', { timeLimitSeconds: 10, seed: -1 }],
      ['startSolve', { timeLimitSeconds: 10, seed: 1, scenarioName: '   ' }],
      ['startSolve', { timeLimitSeconds: 10, seed: 1, scenarioName: 'x'.repeat(500) }],
      ['startSolve', { timeLimitSeconds: 10, seed: 1, planPath: '/etc/passwd' }],
      ['cancelSolve', { runId: 'anything' }],
      ['getSolveStatus', 1],
      ['listScenarios', { plan: 'other.ks4' }],
    ];
    for (const [method, payload] of malformed) {
      const result = await dispatcher.dispatch(method, payload);
      expect(result, JSON.stringify([method, payload])).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
      const message = (result as { error: { message: string } }).error.message;
      expect(message).toContain(method);
      expect(handlers[method]).not.toHaveBeenCalled();
    }
    const pupils = await dispatcher.dispatch('openDemoPlan', { pupils: 'lots', seed: 1 });
    expect(JSON.stringify(pupils)).toContain('pupils');
  });

  it('turns a thrown bug into an error value and reports it', async () => {
    const handlers = spyHandlers();
    vi.mocked(handlers.getAppInfo).mockImplementation(() => {
      throw new TypeError('boom');
    });
    const onInternalError = vi.fn();
    const result = await createDispatcher(handlers, { onInternalError }).dispatch(
      'getAppInfo',
      undefined,
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong: boom' },
    });
    expect(onInternalError).toHaveBeenCalledWith('getAppInfo', expect.any(TypeError));
  });
});

describe('the services behind the contract', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ks4-api-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function plannerWith(overrides: Partial<ShellHooks>) {
    const planChanged = vi.fn();
    const planner = createPlanner({
      hooks: nullHooks({ demoPlanPath: () => join(dir, 'demo.ks4'), planChanged, ...overrides }),
      appName: 'KS4 Planner',
      appVersion: '0.0.0',
      createSolverWorker: sourceSolverWorker,
    });
    const call = async (method: ApiMethod, payload?: unknown) => {
      const result = await planner.dispatcher.dispatch(method, payload);
      if (result.ok) API_CONTRACT[method].output.parse(result.value);
      return result as ApiResult<never>;
    };
    return { call, planChanged, dispose: planner.dispose };
  }

  it('opens a demo plan and summarises it in the shape the contract promises', async () => {
    const { call, planChanged, dispose } = plannerWith({});
    const opened = await call('openDemoPlan', { pupils: 60, seed: 3 });
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'demo.ks4' } });
    expect(planChanged).toHaveBeenLastCalledWith(expect.objectContaining({ fileName: 'demo.ks4' }));
    const summary = await call('getPlanSummary');
    expect(summary).toMatchObject({ ok: true, value: { counts: { pupils: 60 } } });
    expect(await call('closePlan')).toEqual({ ok: true, value: null });
    expect(planChanged).toHaveBeenLastCalledWith(null);
    expect(await call('getPlanSummary')).toMatchObject({
      ok: false,
      error: { code: 'no-plan-open' },
    });
    dispose();
  });

  it('maps plan file errors to error values the user can read', async () => {
    const csv = join(dir, 'pupils.csv');
    writeFileSync(csv, 'UPN,Surname,Forename\nA123,Smith,Ann\n');
    const csvResult = await plannerWith({ choosePlanToOpen: async () => csv }).call(
      'choosePlanToOpen',
    );
    expect(csvResult).toMatchObject({ ok: false, error: { code: 'not-a-plan' } });
    expect((csvResult as { error: { message: string } }).error.message).toMatch(/CSV/);

    const missing = await plannerWith({
      choosePlanToOpen: async () => join(dir, 'gone.ks4'),
    }).call('choosePlanToOpen');
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });

    const demo = plannerWith({});
    await demo.call('openDemoPlan', { pupils: 20, seed: 1 });
    demo.dispose();
    const newer = join(dir, 'newer.ks4');
    copyFileSync(join(dir, 'demo.ks4'), newer);
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    const newerResult = await plannerWith({ choosePlanToOpen: async () => newer }).call(
      'choosePlanToOpen',
    );
    expect(newerResult).toMatchObject({ ok: false, error: { code: 'newer-version' } });
  });

  it('creates a new plan, adding the extension, and never replaces an existing file', async () => {
    const created = plannerWith({ choosePlanToCreate: async () => join(dir, 'Year 9') });
    expect(await created.call('choosePlanToCreate')).toMatchObject({
      ok: true,
      value: { fileName: 'Year 9.ks4' },
    });
    created.dispose();
    expect(existsSync(join(dir, 'Year 9.ks4'))).toBe(true);

    const again = plannerWith({ choosePlanToCreate: async () => join(dir, 'Year 9.ks4') });
    expect(await again.call('choosePlanToCreate')).toMatchObject({
      ok: false,
      error: { code: 'already-exists' },
    });
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { call, planChanged } = plannerWith({});
    expect(await call('choosePlanToOpen')).toEqual({ ok: true, value: null });
    expect(await call('choosePlanToCreate')).toEqual({ ok: true, value: null });
    expect(planChanged).not.toHaveBeenCalled();
  });

  it('keeps the open plan open when another cannot be opened', async () => {
    const csv = join(dir, 'choices.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const { call, dispose } = plannerWith({ choosePlanToOpen: async () => csv });
    await call('openDemoPlan', { pupils: 20, seed: 1 });
    expect(await call('choosePlanToOpen')).toMatchObject({ ok: false });
    expect(await call('getPlanSummary')).toMatchObject({
      ok: true,
      value: { plan: { fileName: 'demo.ks4' } },
    });
    dispose();
  });
});
