import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounsellingReport } from '../../src/core/counselling';
import { makeTempDir } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
let plan: string;
let report: CounsellingReport & { scenario: string };

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  await ks4plan('demo', plan, '--pupils', '120', '--seed', '3');
  const solved = await ks4plan('solve', plan, '--time-limit', '3', '--scenario', 'Spring');
  expect(solved.code).toBe(0);
  const run = await ks4plan('counsel', plan, '--json');
  expect(run.err).toBe('');
  report = JSON.parse(run.out);
});
afterAll(() => cleanup());

describe('ks4plan counsel', () => {
  it('counsels every pupil the solver left without all their choices', async () => {
    const stored = JSON.parse((await ks4plan('info', plan, '--json')).out);
    expect(stored.counts.scenarios).toBe(1);
    expect(report.scenario).toBe('Spring');
    expect(report.totals.pupils).toBe(120);
    // The demo cohort is crowded enough that some pupils always miss out.
    expect(report.pupils.length).toBeGreaterThan(0);
    expect(report.totals.unresolved).toBe(report.pupils.length);
    expect(report.totals.fullySatisfied + report.totals.unresolved).toBe(120);
    const byBest = Object.values(report.totals.byBestFix).reduce((a, b) => a + b, 0);
    expect(byBest).toBe(report.pupils.length);
    for (const pupil of report.pupils) {
      expect(pupil.unmet.length).toBeGreaterThan(0);
      expect(pupil.reason).not.toBe('');
      expect(pupil.fixes.length).toBeGreaterThan(0);
      const costs = pupil.fixes.map((fix) => fix.cost);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
    }
  });

  it('prints the reason and ranked fixes for each pupil', async () => {
    const run = await ks4plan('counsel', plan, '--scenario', 'Spring');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Scenario "Spring": \d+ of 120 pupils have all their choices/);
    for (const pupil of report.pupils) {
      expect(run.out).toContain(
        `${pupil.name} (${pupil.upn}): missing ${pupil.unmetNames.join(', ')}`,
      );
      expect(run.out).toContain(`  Why: ${pupil.reason}.`);
      expect(run.out).toContain(`  1. [`);
    }
  });

  it('writes every fix as CSV, one row per fix', async () => {
    const out = join(dir, 'counsel.csv');
    const run = await ks4plan('counsel', plan, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote ${out}`);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(report.pupils.reduce((sum, p) => sum + p.fixes.length, 0));
    const first = report.pupils[0];
    const fix = first?.fixes[0];
    expect(rows[0]).toMatchObject({
      upn: first?.upn,
      unmet: first?.unmet.join(';'),
      rank: '1',
      fix: fix?.kind,
      cost: String(fix?.cost),
      gains: fix?.gains.join(';'),
    });
  });

  it('explains a missing scenario', async () => {
    const run = await ks4plan('counsel', plan, '--scenario', 'Autumn');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no scenario called "Autumn"/);
    const empty = join(dir, 'empty.ks4');
    await ks4plan('demo', empty, '--pupils', '10');
    const none = await ks4plan('counsel', empty);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no scenarios yet/);
  });
});
