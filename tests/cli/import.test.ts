import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../src/data/plan/plan-summary';
import { makeTempDir, sha256OfFile } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const fixture = (name: string) => join('tests', 'fixtures', 'real-world-shapes', name);

/** Canonical CSVs of a small synthetic cohort, written by `ks4plan demo --csv`. */
async function canonicalCsvs(pupils: number): Promise<string> {
  const csvDir = join(dir, 'csv');
  await ks4plan('demo', join(dir, 'source.ks4'), '--pupils', String(pupils), '--csv', csvDir);
  return csvDir;
}

async function summaryOf(plan: string): Promise<PlanSummary> {
  return JSON.parse((await ks4plan('info', plan, '--json')).out) as PlanSummary;
}

describe('ks4plan import', () => {
  it('imports canonical CSVs into a new plan with the blocks given', async () => {
    const csv = await canonicalCsvs(50);
    const plan = join(dir, 'plan.ks4');
    const run = await ks4plan(
      'import',
      plan,
      '--blocks',
      'A,B,C,D,E',
      '--subjects',
      join(csv, 'subjects.csv'),
      '--pupils',
      join(csv, 'pupils.csv'),
      '--choices',
      join(csv, 'choices.csv'),
      '--staff',
      join(csv, 'staff.csv'),
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/pupils: 50 added, 0 updated/);
    const imported = await summaryOf(plan);
    const source = await summaryOf(join(dir, 'source.ks4'));
    expect(imported.counts).toEqual(source.counts);
    expect(imported.demand).toEqual(source.demand);
  });

  it('gives a plan without blocks four, and says so', async () => {
    const csv = await canonicalCsvs(10);
    const plan = join(dir, 'plan.ks4');
    const run = await ks4plan('import', plan, '--subjects', join(csv, 'subjects.csv'));
    // The demo's off-site course is fixed to block E, which four blocks do not have.
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/"E" is not one of the plan's blocks/);
    expect(run.err).toMatch(/no blocks.*4, named A, B, C, D/);
    const fine = join(dir, 'subjects.csv');
    writeFileSync(fine, 'code,name,max_group_size\nHi,History,30\n');
    const ok = await ks4plan('import', plan, '--subjects', fine);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/no blocks.*4, named A, B, C, D/);
  });

  it('reads a Windows-1252 MIS export with its word flags', async () => {
    const plan = join(dir, 'plan.ks4');
    const run = await ks4plan(
      'import',
      plan,
      '--blocks',
      '4',
      '--pupils',
      fixture('student-list-mis-export.csv'),
    );
    expect(run.code).toBe(0);
    expect((await summaryOf(plan)).counts.pupils).toBe(30);
  });

  it('rejects the option form’s bad rows with exit code 2, naming rows, and saves nothing', async () => {
    const plan = join(dir, 'plan.ks4');
    const setup = await ks4plan(
      'import',
      plan,
      '--blocks',
      '4',
      '--subjects',
      fixture('option-form-subjects.csv'),
      '--aliases',
      fixture('option-form-aliases.csv'),
      '--pupils',
      fixture('student-list-mis-export.csv'),
    );
    expect(setup.code).toBe(0);
    const before = sha256OfFile(plan);
    const run = await ks4plan('import', plan, '--choices', fixture('option-form-download.csv'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Nothing was imported/);
    expect(run.err).toMatch(/option-form-download\.csv row 31.*Test Pupil/);
    expect(run.err).toMatch(/row 31, column "3rd choice".*Latin/);
    expect(run.err).toMatch(/Jack Hughes/);
    expect(sha256OfFile(plan)).toBe(before);
    expect((await summaryOf(plan)).counts.choices).toBe(0);
  });

  it('does not leave a new, empty plan behind when the import fails', async () => {
    const plan = join(dir, 'never.ks4');
    const bad = join(dir, 'subjects.csv');
    writeFileSync(bad, 'code,name\nHi,History\n');
    const run = await ks4plan('import', plan, '--subjects', bad);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/no column was found for largest group size/);
    expect(existsSync(plan)).toBe(false);
  });

  it('refuses to import into a file that is not a plan, leaving it unchanged', async () => {
    const notPlan = join(dir, 'pupils.csv');
    copyFileSync(fixture('student-list-mis-export.csv'), notPlan);
    const before = readFileSync(notPlan);
    const run = await ks4plan(
      'import',
      notPlan,
      '--pupils',
      fixture('student-list-mis-export.csv'),
    );
    expect(run.code).toBe(3);
    expect(readFileSync(notPlan).equals(before)).toBe(true);
  });

  it('asks for something to import', async () => {
    const run = await ks4plan('import', join(dir, 'plan.ks4'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Nothing to import/);
  });
});
