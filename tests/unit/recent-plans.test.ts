import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readPlanSummary } from '../../src/data/plan/plan-summary';
import { createPlanner, type ShellHooks } from '../../src/services';
import { RECENT_PLANS_LIMIT, RecentPlans } from '../../src/services/recent-plans';
import { UserPreferences } from '../../src/services/user-preferences';
import type { ApiMethod, ApiResult } from '../../src/shared/api';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';

let dir: string;
let userData: string;
let clock: Date;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-recent-'));
  userData = join(dir, 'user-data');
  clock = new Date('2026-09-01T08:00:00.000Z');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function recentPlans(): RecentPlans {
  const preferences = new UserPreferences(() => {
    // Made on first use, as the shell does.
    mkdirSync(userData, { recursive: true });
    return userData;
  });
  return new RecentPlans(preferences, () => clock);
}

/** A plan file that exists, opened at the next minute. */
function plan(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, 'plan');
  return path;
}

function tick(): void {
  clock = new Date(clock.getTime() + 60_000);
}

describe('the recent plans list', () => {
  it('lists plans newest first, moving a reopened plan back to the top', () => {
    const recent = recentPlans();
    const [autumn, spring, summer] = ['Autumn.ks4', 'Spring.ks4', 'Summer.ks4'].map(plan);
    for (const path of [autumn, spring, summer, autumn]) {
      recent.record(path ?? '');
      tick();
    }
    const listed = recent.list();
    expect(listed.map((entry) => entry.fileName)).toEqual([
      'Autumn.ks4',
      'Summer.ks4',
      'Spring.ks4',
    ]);
    expect(listed[0]).toMatchObject({
      folder: dir,
      lastOpenedAt: '2026-09-01T08:03:00.000Z',
      exists: true,
    });
    expect(listed[1]?.lastOpenedAt).toBe('2026-09-01T08:02:00.000Z');
    expect(recent.mostRecent()).toBe(autumn);
  });

  it(`keeps at most ${RECENT_PLANS_LIMIT} plans, dropping the oldest`, () => {
    const recent = recentPlans();
    const names = Array.from({ length: RECENT_PLANS_LIMIT + 3 }, (_, i) => `Plan ${i + 1}.ks4`);
    for (const name of names) {
      recent.record(plan(name));
      tick();
    }
    const listed = recent.list().map((entry) => entry.fileName);
    expect(listed).toHaveLength(RECENT_PLANS_LIMIT);
    expect(listed[0]).toBe(`Plan ${RECENT_PLANS_LIMIT + 3}.ks4`);
    expect(listed).not.toContain('Plan 1.ks4');
    expect(listed).not.toContain('Plan 3.ks4');
    expect(listed.at(-1)).toBe('Plan 4.ks4');
  });

  it('shows a moved or deleted plan as missing until it is removed from the list', () => {
    const recent = recentPlans();
    const kept = plan('Kept.ks4');
    const gone = plan('Gone.ks4');
    recent.record(kept);
    recent.record(gone);
    unlinkSync(gone);

    const [goneEntry, keptEntry] = recent.list();
    expect(goneEntry).toMatchObject({ fileName: 'Gone.ks4', exists: false });
    expect(keptEntry).toMatchObject({ fileName: 'Kept.ks4', exists: true });

    recent.forget(goneEntry?.id ?? '');
    expect(recent.list().map((entry) => entry.fileName)).toEqual(['Kept.ks4']);
    // Forgetting takes the entry off the list and never touches a file.
    recent.forget(keptEntry?.id ?? '');
    expect(recent.list()).toEqual([]);
    expect(readFileSync(kept, 'utf8')).toBe('plan');
  });

  it('names plans by ids that are never paths, and maps only its own ids back', () => {
    const recent = recentPlans();
    const path = plan('Year 9 options.ks4');
    recent.record(path);
    const [entry] = recent.list();
    const id = entry?.id ?? '';
    expect(id).toMatch(/^[0-9a-f]+$/);
    expect(id).not.toContain('Year');
    expect(JSON.stringify({ id })).not.toContain(dir);
    expect(recent.pathFor(id)).toBe(path);
    // The same plan keeps its id as the list changes around it.
    recent.record(plan('Other.ks4'));
    expect(recent.list()[1]?.id).toBe(id);
    expect(recent.pathFor('0123456789abcdef01234567')).toBeNull();
    expect(recent.pathFor(path)).toBeNull();
  });

  it('is kept in the preferences file, so a fresh start sees the same list', () => {
    recentPlans().record(plan('Kept between runs.ks4'));
    const stored = JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8')) as {
      recentPlans: unknown[];
    };
    expect(stored.recentPlans).toHaveLength(1);
    expect(
      recentPlans()
        .list()
        .map((entry) => entry.fileName),
    ).toEqual(['Kept between runs.ks4']);
  });

  it('skips damaged entries in a hand-edited preferences file and keeps the rest', () => {
    const good = plan('Good.ks4');
    mkdirSync(userData, { recursive: true });
    writeFileSync(
      join(userData, 'preferences.json'),
      JSON.stringify({
        recentPlans: [
          { path: 42 },
          { path: good, lastOpenedAt: '2026-08-30T10:00:00.000Z' },
          'nonsense',
          { path: join(dir, 'Bad date.ks4'), lastOpenedAt: 'yesterday' },
        ],
        otherSetting: { kept: true },
      }),
    );
    const recent = recentPlans();
    expect(recent.list().map((entry) => entry.fileName)).toEqual(['Good.ks4']);
    recent.record(plan('New.ks4'));
    const stored = JSON.parse(readFileSync(join(userData, 'preferences.json'), 'utf8')) as {
      otherSetting: unknown;
    };
    expect(stored.otherSetting).toEqual({ kept: true });
    expect(recent.list().map((entry) => entry.fileName)).toEqual(['New.ks4', 'Good.ks4']);
  });
});

describe('plan files as documents, through the planner API', () => {
  function plannerWith(hooks: Partial<ShellHooks> = {}) {
    const planner = createPlanner({
      hooks: nullShellHooks({ userDataDir: () => userData, ...hooks }),
      appName: 'KS4 Planner',
      appVersion: '0.0.0',
      createSolverWorker: sourceSolverWorker,
    });
    const call = async (method: ApiMethod, payload?: unknown) =>
      (await planner.dispatcher.dispatch(method, payload)) as ApiResult<never>;
    return { call, dispose: planner.dispose };
  }

  function demo(name: string): string {
    const path = join(dir, name);
    writeDemoPlan(path, { pupils: 20, seed: 4 });
    return path;
  }

  beforeEach(() => mkdirSync(userData, { recursive: true }));

  it('lists every plan opened or created, and opens one again by its id alone', async () => {
    const opened = demo('Opened.ks4');
    const { call, dispose } = plannerWith({
      choosePlanToOpen: async () => opened,
      choosePlanToCreate: async () => join(dir, 'Created'),
    });
    await call('choosePlanToOpen');
    await call('choosePlanToCreate');
    const listed = await call('listRecentPlans');
    expect(listed).toMatchObject({
      ok: true,
      value: [{ fileName: 'Created.ks4' }, { fileName: 'Opened.ks4', folder: dir, exists: true }],
    });
    const openedId = (listed as { value: { id: string }[] }).value[1]?.id;
    expect(await call('openRecentPlan', { id: openedId })).toMatchObject({
      ok: true,
      value: { fileName: 'Opened.ks4' },
    });
    // A path is not an id, and an id not on the list opens nothing.
    expect(await call('openRecentPlan', { id: opened })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
    expect(await call('openRecentPlan', { id: 'abcdef' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    dispose();
  });

  it('reopens the most recent plan at the next start, or nothing when it has gone', async () => {
    const last = demo('Last.ks4');
    const first = plannerWith({ choosePlanToOpen: async () => last });
    await first.call('choosePlanToOpen');
    first.dispose();

    const next = plannerWith();
    expect(await next.call('reopenLastPlan')).toMatchObject({
      ok: true,
      value: { fileName: 'Last.ks4' },
    });
    next.dispose();

    unlinkSync(last);
    const after = plannerWith();
    expect(await after.call('reopenLastPlan')).toEqual({ ok: true, value: null });
    after.dispose();
  });

  it('suggests "<name> copy.ks4" and writes the copy where the dialog said', async () => {
    const plan = demo('Options 2026.ks4');
    const suggested: string[] = [];
    const { call, dispose } = plannerWith({
      choosePlanToOpen: async () => plan,
      choosePlanCopyPath: async (name) => {
        suggested.push(name);
        return join(dir, 'Saved copy');
      },
    });
    expect(await call('savePlanCopy')).toMatchObject({
      ok: false,
      error: { code: 'no-plan-open' },
    });
    await call('choosePlanToOpen');
    expect(await call('savePlanCopy')).toEqual({
      ok: true,
      value: { fileName: 'Saved copy.ks4', folder: dir },
    });
    expect(suggested).toEqual(['Options 2026 copy.ks4']);
    // The open plan is still the one in use.
    expect(await call('getPlanSummary')).toMatchObject({
      ok: true,
      value: { plan: { fileName: 'Options 2026.ks4' }, counts: { pupils: 20 } },
    });
    dispose();
    const copy = openPlanFile(join(dir, 'Saved copy.ks4'), { readonly: true });
    expect(readPlanSummary(copy).counts.pupils).toBe(20);
    copy.close();
  });
});
