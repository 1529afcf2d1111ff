import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PathwaysAnalysis } from '../../src/data/pathways/analysis-types';
import { readPathwayDecisions } from '../../src/data/plan/pathway-decision-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario } from '../../src/data/plan/scenario-repository';
import { makeTempDir } from '../data/plan/temp-plan';
import { openSmallPlan, setAgreedRoute } from '../data/pathways/small-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
let demo: string;

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  demo = join(dir, 'demo.ks4');
  expect((await ks4plan('demo', demo, '--pupils', '80', '--seed', '6')).code).toBe(0);
});
afterAll(() => cleanup());

/** A plan with courses, pupils and choices but no pathways. */
function smallPlan(name: string): string {
  openSmallPlan(dir, name).close();
  return join(dir, name);
}

describe('ks4plan pathways --starter', () => {
  it('adds the starter set once, then refuses to overwrite, naming the codes', async () => {
    const plan = smallPlan('starter.ks4');
    const empty = await ks4plan('pathways', plan);
    expect(empty.code).toBe(0);
    expect(empty.out).toMatch(/no pathways yet: add the starter set with --starter/);

    const added = await ks4plan('pathways', plan, '--starter');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/^Added the starter pathways: EBACC, OPEN, SUPPORTED\./m);
    // This plan has no Supported Studies course: said, not refused.
    expect(added.out).toMatch(/^ {2}Unknown course: Supported route: .*the course SUP, which/m);

    const again = await ks4plan('pathways', plan, '--starter');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/already has pathways EBACC, OPEN and SUPPORTED; nothing was added/);
  });
});

describe('ks4plan pathways --export then --import', () => {
  it("carries one plan's pathways into another exactly", async () => {
    const file = join(dir, 'routes.json');
    const exported = await ks4plan('pathways', demo, '--export', file);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/^Wrote 3 pathways to .*routes\.json\.$/m);

    const plan = smallPlan('imported.ks4');
    const imported = await ks4plan('pathways', plan, '--import', file, '--json');
    expect(imported.code).toBe(0);
    const before = JSON.parse((await ks4plan('pathways', demo, '--json')).out) as PathwaysAnalysis;
    const after = JSON.parse(imported.out) as PathwaysAnalysis;
    expect(after.pathways).toEqual(before.pathways);
    expect(JSON.parse(readFileSync(file, 'utf8')).pathways).toEqual(before.pathways);
  });

  it('refuses a bad file with exit code 2, naming the pathway and field, and changes nothing', async () => {
    const plan = smallPlan('bad-import.ks4');
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'ks4-planner-pathways',
        version: 1,
        pathways: [
          { code: 'CORE', name: 'Core', optionCount: 4 },
          {
            code: 'SUPPORTED',
            name: 'Supported',
            optionCount: 3,
            rules: [{ kind: 'at-least', count: 0, from: { kind: 'category', category: 'arts' } }],
          },
        ],
      }),
    );
    const run = await ks4plan('pathways', plan, '--import', file);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      'bad.json cannot be used as a pathways file:\n' +
        '  pathway 2 (SUPPORTED): rules[0].count must be a whole number of at least 1\n',
    );
    const after = JSON.parse((await ks4plan('pathways', plan, '--json')).out) as PathwaysAnalysis;
    expect(after.pathways).toEqual([]);
  });

  it('says when the pathways file cannot be written', async () => {
    const run = await ks4plan('pathways', demo, '--export', join(dir, 'missing', 'routes.json'));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(
      /^The pathways could not be written to .*missing.*routes\.json: ENOENT/,
    );
  });

  it('refuses a file that is not JSON', async () => {
    const file = join(dir, 'pupils.csv');
    writeFileSync(file, 'upn,surname\nA1,Smith\n');
    const run = await ks4plan('pathways', demo, '--import', file);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^pupils\.csv cannot be used as a pathways file: it is not valid JSON/);
  });
});

describe('ks4plan pathways --json', () => {
  it('prints the whole analysis', async () => {
    const run = await ks4plan('pathways', demo, '--json');
    expect(run.code).toBe(0);
    expect(run.err).toBe('');
    const analysis = JSON.parse(run.out) as PathwaysAnalysis;
    expect(Object.keys(analysis).sort()).toEqual([
      'fairness',
      'pathways',
      'pupils',
      'recommendations',
      'ruleSetProblems',
      'scenario',
      'unknownRoutes',
      'violations',
    ]);
    expect(analysis.pupils).toHaveLength(80);
    expect(analysis.recommendations).toHaveLength(80);
    expect(analysis.fairness?.breakdowns.map((breakdown) => breakdown.dimension)).toContain(
      'disadvantaged',
    );
    expect(analysis.scenario).toBeNull();
  });
});

describe('ks4plan pathways report', () => {
  it('lists each broken rule under its route, with the pupil, and the recommendation summary', async () => {
    const plan = smallPlan('report.ks4');
    await ks4plan('pathways', plan, '--starter');
    const db = openPlanFile(plan);
    setAgreedRoute(db, 'B100000000002', 'EBACC');
    db.close();
    const run = await ks4plan('pathways', plan);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^ {2}EBacc route \(EBACC\)\n {4}Ben Baker \(B100000000002\): must choose .*language.* — chose none of them$/m,
    );
    expect(run.out).toMatch(/^Recommended routes$/m);
    expect(run.out).toMatch(/^Fairness \(3 pupils; no blocking scenario yet/m);
  });

  it('names a missing scenario with exit code 2, and makes none of the changes asked for', async () => {
    const plan = smallPlan('no-scenario.ks4');
    const run = await ks4plan('pathways', plan, '--starter', '--scenario', 'Autumn');
    expect(run.code).toBe(2);
    expect(run.err).toBe('The plan has no scenario called "Autumn".\n');
    const after = JSON.parse((await ks4plan('pathways', plan, '--json')).out) as PathwaysAnalysis;
    expect(after.pathways).toEqual([]);
  });
});

describe('ks4plan pathways --recommend', () => {
  it('saves a recommendation for every pupil without changing agreed routes', async () => {
    const plan = smallPlan('recommend.ks4');
    await ks4plan('pathways', plan, '--starter');
    let db = openPlanFile(plan);
    setAgreedRoute(db, 'A100000000001', 'OPEN');
    db.close();
    const run = await ks4plan('pathways', plan, '--recommend');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /^Saved recommendations for 3 pupils \(\d+ to be decided by a person\)/m,
    );
    db = openPlanFile(plan);
    const decisions = readPathwayDecisions(db);
    db.close();
    expect(decisions.map((pupil) => pupil.agreedPathway)).toEqual(['OPEN', null, null]);
    expect(decisions.every((pupil) => pupil.recommendation?.pathway)).toBe(true);
  });
});

describe('ks4plan solve with routes', () => {
  it("gives a pupil on a route their route's must-include course", async () => {
    const plan = smallPlan('solve.ks4');
    await ks4plan('pathways', plan, '--import', writeSupportedRoute());
    const db = openPlanFile(plan);
    setAgreedRoute(db, 'C100000000003', 'SUPPORTED');
    db.close();
    const run = await ks4plan('solve', plan, '--time-limit', '2', '--scenario', 'Routes');
    expect(run.code).toBe(0);
    const solved = openPlanFile(plan, { readonly: true });
    const placements = readScenario(solved, 'Routes')?.solution.placements ?? [];
    solved.close();
    expect(
      placements.filter((place) => place.upn === 'C100000000003').map((place) => place.course),
    ).toContain('Ss');
  });
});

describe('ks4plan solve with a route broken by hand', () => {
  it('names the pathway with exit code 2 instead of failing unexpectedly', async () => {
    const plan = smallPlan('broken-rules.ks4');
    await ks4plan('pathways', plan, '--import', writeSupportedRoute());
    const db = openPlanFile(plan);
    db.prepare('UPDATE pathways SET rules_json = \'[{"kind": "must-include"}]\'').run();
    db.close();
    const run = await ks4plan('solve', plan, '--time-limit', '1');
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/SUPPORTED/);
    expect(run.err).not.toMatch(/Unexpected error/);
  });
});

/** A pathways file with one route fixing Study Skills, which the small plan's pupils lack. */
function writeSupportedRoute(): string {
  const file = join(dir, 'supported.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'ks4-planner-pathways',
      version: 1,
      pathways: [
        {
          code: 'SUPPORTED',
          name: 'Supported route',
          optionCount: 4,
          rules: [{ kind: 'must-include', course: 'Ss' }],
        },
      ],
    }),
  );
  return file;
}
