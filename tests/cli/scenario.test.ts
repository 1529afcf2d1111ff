import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioComparison } from '../../src/core/scenarios';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario } from '../../src/data/plan/scenario-repository';
import { makeTempDir } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

const LATIN = 'La';

let dir: string;
let cleanup: () => void;
let plan: string;
/** Pupils who chose Latin, and pupils seated in Latin in the first scenario. */
let choseLatin: string[];
let seatedInLatin: string[];

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  await ks4plan('demo', plan, '--pupils', '240', '--seed', '1');
  const solved = await ks4plan('solve', plan, '--time-limit', '3', '--scenario', 'Spring');
  expect(solved.code).toBe(0);
  const db = openPlanFile(plan, { readonly: true });
  try {
    const cohort = readSolverCohort(db);
    choseLatin = cohort.choices.filter((l) => l.choices.includes(LATIN)).map((l) => l.upn);
    seatedInLatin = (readScenario(db, 'Spring')?.solution.placements ?? [])
      .filter((placement) => placement.course === LATIN)
      .map((placement) => placement.upn);
  } finally {
    db.close();
  }
  const created = await ks4plan(
    'scenario',
    'create',
    plan,
    '--name',
    'No Latin',
    '--drop-course',
    LATIN,
    '--solve',
    '--time-limit',
    '3',
  );
  expect(created.err).toBe('');
  expect(created.code).toBe(0);
}, 60_000);
afterAll(() => cleanup());

async function scenarioNames(): Promise<string[]> {
  const listed = await ks4plan('scenario', 'list', plan, '--json');
  return (JSON.parse(listed.out) as { scenarios: { name: string }[] }).scenarios.map((s) => s.name);
}

describe('ks4plan scenario', () => {
  it('creates a what-if scenario from the latest one and solves it', async () => {
    const listed = JSON.parse((await ks4plan('scenario', 'list', plan, '--json')).out) as {
      scenarios: { name: string; whatIfWords: string[]; needsSolve: boolean }[];
    };
    expect(listed.scenarios.map((s) => [s.name, s.whatIfWords, s.needsSolve])).toEqual([
      ['Spring', [], false],
      ['No Latin', ['Latin is not offered'], false],
    ]);
    const table = await ks4plan('scenario', 'list', plan);
    expect(table.out).toMatch(/No Latin .* Latin is not offered/);
  });

  it('compares scenarios side by side and names every pupil who loses Latin', async () => {
    const run = await ks4plan('scenario', 'compare', plan, 'Spring', 'No Latin', '--json');
    expect(run.code).toBe(0);
    const comparison = JSON.parse(run.out) as ScenarioComparison;
    const losing = comparison.pupils
      .filter((pupil) => pupil.changes[0]?.lost.includes('Latin'))
      .map((pupil) => pupil.upn);
    expect(choseLatin.length).toBeGreaterThan(0);
    expect(losing.sort()).toEqual([...new Set([...choseLatin, ...seatedInLatin])].sort());
    expect(comparison.summary[0]?.choicesDropped).toBe(choseLatin.length);

    const text = await ks4plan('scenario', 'compare', plan, 'Spring', 'No Latin');
    expect(text.out).toMatch(/^\s+Spring\s+No Latin$/m);
    expect(text.out).toMatch(/^Fully satisfied\s+\d+ \(\d+\.\d%\)\s+\d+ \(\d+\.\d%\)$/m);
    expect(text.out).toContain(`${choseLatin.length} pupils had a choice dropped.`);
    expect(text.out).toContain('Pupils who lose');
    for (const upn of choseLatin)
      expect(text.out).toMatch(new RegExp(`^${upn} .*loses .*Latin`, 'm'));

    // The list counts the dropped choices as the comparison does.
    const listed = JSON.parse((await ks4plan('scenario', 'list', plan, '--json')).out) as {
      scenarios: { name: string; metrics: { fullySatisfied: number } | null }[];
    };
    expect(listed.scenarios.find((s) => s.name === 'No Latin')?.metrics?.fullySatisfied).toBe(
      comparison.scenarios[1]?.fullySatisfied,
    );
  });

  it('refuses bad what-ifs and names with exit code 2, saving nothing', async () => {
    const unknown = await ks4plan(
      'scenario',
      'create',
      plan,
      '--name',
      'Typo',
      '--from',
      'Spring',
      '--drop-course',
      'Lat',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(
      'What-if 1 ("Lat is not offered"): the plan has no course with the code Lat. ' +
        'Did you mean La (Latin)?',
    );
    const badCount = await ks4plan(
      'scenario',
      'create',
      plan,
      '--name',
      'X',
      '--groups',
      'Fr=lots',
    );
    expect(badCount.code).toBe(2);
    expect(badCount.err).toContain('--groups Fr=lots: expected a course code and a whole number');
    const taken = await ks4plan('scenario', 'create', plan, '--name', 'no latin');
    expect(taken.code).toBe(2);
    expect(taken.err).toContain('There is already a scenario called "No Latin".');
    expect(await scenarioNames()).toEqual(['Spring', 'No Latin']);

    const missing = await ks4plan('scenario', 'compare', plan, 'Spring', 'Autumn');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('The plan has no scenario called "Autumn"');
    const single = await ks4plan('scenario', 'compare', plan, 'Spring');
    expect(single.code).toBe(2);
    expect(single.err).toContain('Name two to four scenarios to compare; 1 given.');
  });

  it('reports a plan file that is not there with exit code 3', async () => {
    const run = await ks4plan('scenario', 'list', join(dir, 'missing.ks4'));
    expect(run.code).toBe(3);
  });
});
