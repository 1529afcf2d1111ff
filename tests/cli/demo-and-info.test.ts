import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/data/plan/plan-summary';
import { makeTempDir, sha256OfFile } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('ks4plan demo then info', () => {
  it('writes the cohort asked for and info --json counts it back', async () => {
    const plan = join(dir, 'a.ks4');
    const demo = await ks4plan('demo', plan, '--pupils', '240', '--seed', '1');
    expect(demo.code).toBe(0);
    expect(demo.out).toMatch(/240 pupils/);

    const info = await ks4plan('info', plan, '--json');
    expect(info.code).toBe(0);
    const summary = JSON.parse(info.out) as PlanSummary;
    expect(summary.counts.pupils).toBe(240);
    expect(summary.counts.pupilsWithChoices).toBe(240);
    expect(summary.blocks).toEqual(['A', 'B', 'C', 'D', 'E']);
    const firstChoices = summary.demand.reduce((sum, course) => sum + course.firstChoice, 0);
    expect(firstChoices).toBe(240);
    const allChoices = summary.demand.reduce((sum, course) => sum + course.total, 0);
    expect(allChoices).toBe(summary.counts.choices);
    const reserves = summary.demand.reduce((sum, course) => sum + course.reserve, 0);
    expect(reserves).toBe(summary.counts.reserves);
  });

  it('gives the same cohort for the same seed and another for another seed', async () => {
    const summaries: string[] = [];
    for (const [name, seed] of [
      ['x', '7'],
      ['y', '7'],
      ['z', '8'],
    ] as const) {
      await ks4plan('demo', join(dir, `${name}.ks4`), '--pupils', '120', '--seed', seed);
      const info = JSON.parse((await ks4plan('info', join(dir, `${name}.ks4`), '--json')).out);
      summaries.push(JSON.stringify(info.demand));
    }
    expect(summaries[0]).toBe(summaries[1]);
    expect(summaries[2]).not.toBe(summaries[0]);
  });

  it('prints a readable table of demand', async () => {
    const plan = join(dir, 'b.ks4');
    await ks4plan('demo', plan, '--pupils', '60', '--seed', '3', '--blocks', 'P,Q,R,S');
    const info = await ks4plan('info', plan);
    expect(info.out).toMatch(/^Blocks: P Q R S$/m);
    expect(info.out).toMatch(/^Pupils: 60 \(60 with choices\)/m);
    expect(info.out).toMatch(/Code\s+Course\s+1st choice\s+All choices\s+Reserve/);
    expect(info.out).toMatch(/^Hi\s+History\s+\d+/m);
  });

  it('refuses to overwrite an existing plan without --force, leaving it as it was', async () => {
    const plan = join(dir, 'c.ks4');
    await ks4plan('demo', plan, '--pupils', '30');
    const before = sha256OfFile(plan);
    const again = await ks4plan('demo', plan, '--pupils', '50');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already exists.*--force/);
    expect(sha256OfFile(plan)).toBe(before);
    expect((await ks4plan('demo', plan, '--pupils', '50', '--force')).code).toBe(0);
  });

  it('writes canonical CSVs with --csv', async () => {
    const csvDir = join(dir, 'csv');
    await ks4plan('demo', join(dir, 'd.ks4'), '--pupils', '20', '--csv', csvDir);
    const pupils = readFileSync(join(csvDir, 'pupils.csv'), 'utf8').trim().split(/\r?\n/);
    expect(pupils).toHaveLength(21);
    expect(pupils[0]).toMatch(/^upn,surname,forename/);
  });
});

describe('errors and exit codes', () => {
  it('rejects a bad number of pupils as a usage error', async () => {
    const run = await ks4plan('demo', join(dir, 'e.ks4'), '--pupils', 'lots');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/--pupils.*whole number/);
  });

  it('reports a file that is not a plan with exit code 3', async () => {
    const csv = join(dir, 'pupils.csv');
    writeFileSync(csv, 'upn,surname,forename\n'.repeat(20));
    const run = await ks4plan('info', csv);
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/not a KS4 Planner plan file.*import it/);
  });

  it('reports a missing plan with exit code 3', async () => {
    const run = await ks4plan('info', join(dir, 'nowhere.ks4'));
    expect(run.code).toBe(3);
    expect(run.err).toMatch(/no plan file/);
  });
});

describe('the installed ks4plan command', () => {
  it('runs through npx-style launch with exit codes from the real process', () => {
    const bin = join(process.cwd(), 'bin', 'ks4plan.mjs');
    const plan = join(dir, 'f.ks4');
    execFileSync(process.execPath, [bin, 'demo', plan, '--pupils', '40', '--seed', '2']);
    const info = JSON.parse(
      execFileSync(process.execPath, [bin, 'info', plan, '--json'], { encoding: 'utf8' }),
    );
    expect(info.counts.pupils).toBe(40);
    const failed = spawnSync(process.execPath, [bin, 'info', join(dir, 'missing.ks4')], {
      encoding: 'utf8',
    });
    expect(failed.status).toBe(3);
    expect(failed.stderr).toMatch(/no plan file/);
  });
});
