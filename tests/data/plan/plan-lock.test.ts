import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPlanFile, PlanFileError, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { readSetting, writeSetting } from '../../../src/data/plan/settings-repository';
import { ks4plan } from '../../cli/run-cli';
import { makeTempDir, sha256OfFile } from './temp-plan';

/*
 * The file is hashed only while no lock is held in this process: reading it with fs opens and
 * closes a descriptor, and on POSIX systems that drops every lock this process holds on it.
 */

let dir: string;
let cleanup: () => void;
let held: PlanDatabase | null;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('ks4plan-lock-'));
  held = null;
});
afterEach(() => {
  held?.close();
  cleanup();
});

const BUSY_MESSAGE =
  /Spring plan\.ks4 is open in another KS4 Planner window or program\. Close it there first\./;

/** A plan with one setting, closed so that everything is in the main file. */
function makePlan(): string {
  const path = join(dir, 'Spring plan.ks4');
  const db = openPlanFile(path, { create: true });
  writeSetting(db, 'school_name', 'Northfield Academy');
  db.close();
  return path;
}

function release(): void {
  held?.close();
  held = null;
}

function openError(action: () => unknown): PlanFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof PlanFileError) return error;
    throw error;
  }
  throw new Error('expected the open to fail');
}

/** A script for a separate Node process (run through tsx) that imports openPlanFile. */
function writeChildScript(name: string, lines: string[]): string {
  const path = join(dir, name);
  const planFileModule = resolve('src/data/plan/plan-file.ts');
  const header = `import { openPlanFile } from ${JSON.stringify(planFileModule)};`;
  writeFileSync(path, [header, ...lines].join('\n'));
  return path;
}

describe('a plan held open with the exclusive lock', () => {
  it('refuses a second connection, to write or only to read, and changes nothing', () => {
    const path = makePlan();
    const before = sha256OfFile(path);
    held = openPlanFile(path, { exclusive: true });

    for (const options of [{}, { readonly: true }, { exclusive: true }, { create: true }]) {
      const error = openError(() => openPlanFile(path, options));
      expect(error.code, JSON.stringify(options)).toBe('busy');
      expect(error.message).toMatch(BUSY_MESSAGE);
    }
    expect(readSetting(held, 'school_name')).toBe('Northfield Academy');
    release();
    expect(sha256OfFile(path)).toBe(before);
    // No journal or backup left behind by the refused opens.
    expect(readdirSync(dir)).toEqual(['Spring plan.ks4']);
  });

  it('keeps even a raw SQLite connection out, and lets the holder carry on writing', () => {
    const path = makePlan();
    held = openPlanFile(path, { exclusive: true });
    const raw = new Database(path);
    try {
      raw.pragma('busy_timeout = 50');
      expect(() => raw.prepare('SELECT count(*) FROM plan_settings').get()).toThrow(/locked/);
    } finally {
      raw.close();
    }
    writeSetting(held, 'cohort', 'Year 9 2026');
    release();
    const reopened = openPlanFile(path, { readonly: true });
    expect(readSetting(reopened, 'cohort')).toBe('Year 9 2026');
    reopened.close();
  });

  it('refuses another process, which gets the same clear error', () => {
    const path = makePlan();
    const before = sha256OfFile(path);
    held = openPlanFile(path, { exclusive: true });

    const child = writeChildScript('open-in-another-process.ts', [
      'try {',
      '  openPlanFile(process.argv[2], {}).close();',
      '  console.log(JSON.stringify({ opened: true }));',
      '} catch (error) {',
      '  console.log(JSON.stringify({ code: error.code, message: error.message }));',
      '}',
    ]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', child, path], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(run.stderr).toBe('');
    const outcome = JSON.parse(run.stdout.trim()) as { code?: string; message?: string };
    expect(outcome.code).toBe('busy');
    expect(outcome.message).toMatch(BUSY_MESSAGE);
    release();
    expect(sha256OfFile(path)).toBe(before);
  });

  it('gives the ks4plan command line the same clear error and its plan-file exit code', async () => {
    const path = makePlan();
    const before = sha256OfFile(path);
    held = openPlanFile(path, { exclusive: true });

    const info = await ks4plan('info', path);
    expect(info.code).toBe(3);
    expect(info.err).toMatch(BUSY_MESSAGE);
    const solve = await ks4plan('solve', path, '--time-limit', '1');
    expect(solve.code).toBe(3);
    expect(solve.err).toMatch(BUSY_MESSAGE);
    release();
    expect(sha256OfFile(path)).toBe(before);
  });

  it('held by another process, keeps this one out until that process closes it', async () => {
    const path = makePlan();
    const before = sha256OfFile(path);
    const child = writeChildScript('hold-in-another-process.ts', [
      'const db = openPlanFile(process.argv[2], { exclusive: true });',
      "console.log('held');",
      // Holds the plan until the test closes its input, as an app window does until closed.
      "process.stdin.on('end', () => db.close());",
      'process.stdin.resume();',
    ]);
    const holder = spawn(process.execPath, ['--import', 'tsx', child, path], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((done) => holder.on('exit', done));
    try {
      await new Promise<void>((done, failed) => {
        holder.stdout.on('data', (data: Buffer) => {
          if (data.toString().includes('held')) done();
        });
        holder.on('exit', () => failed(new Error('the holding process ended early')));
      });
      const error = openError(() => openPlanFile(path, { exclusive: true }));
      expect(error.code).toBe('busy');
      expect(error.message).toMatch(BUSY_MESSAGE);
    } finally {
      holder.stdin.end();
    }
    expect(await exited).toBe(0);
    expect(sha256OfFile(path)).toBe(before);
    held = openPlanFile(path, { exclusive: true });
    expect(readSetting(held, 'school_name')).toBe('Northfield Academy');
  });

  it('is not taken by default, so two ordinary connections can share a plan', () => {
    const path = makePlan();
    const first = openPlanFile(path);
    const second = openPlanFile(path, { readonly: true });
    expect(readSetting(second, 'school_name')).toBe('Northfield Academy');
    second.close();
    first.close();
  });
});
