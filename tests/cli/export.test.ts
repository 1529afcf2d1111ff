import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SolverMetrics } from '../../src/core/solver/types';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readPupils, upsertPupils } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { csvRecords, oneLine, pdfDrawnText, pdfText } from '../data/export/read-csv';
import { makeTempDir, sha256OfFile } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
let plan: string;
let metrics: SolverMetrics;
let courseNames: Map<string, string>;

beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  await ks4plan('demo', plan, '--pupils', '80', '--seed', '4');
  const run = await ks4plan('solve', plan, '--time-limit', '3', '--scenario', 'Spring', '--json');
  metrics = (JSON.parse(run.out) as { metrics: SolverMetrics }).metrics;
  const info = JSON.parse((await ks4plan('info', plan, '--json')).out) as {
    demand: { code: string; name: string }[];
  };
  courseNames = new Map(info.demand.map((course) => [course.code, course.name]));
});
afterAll(() => cleanup());

const read = (path: string) => readFileSync(path, 'utf8');

describe('ks4plan export for the MIS, the booklet, the timetabler and governors', () => {
  const file = (name: string) => join(dir, name);

  beforeAll(async () => {
    const run = await ks4plan(
      'export',
      plan,
      '--scenario',
      'Spring',
      '--groups',
      file('groups.csv'),
      '--allocations',
      file('allocations.csv'),
      '--mis',
      file('mis.csv'),
      '--booklet',
      file('booklet.pdf'),
      '--staffing',
      file('staffing.csv'),
      '--governors',
      file('governors.pdf'),
    );
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote ${file('governors.pdf')}`);
  });

  it('writes a class membership for every place, in the block of its group', () => {
    const mis = csvRecords(read(file('mis.csv')));
    const allocations = csvRecords(read(file('allocations.csv')));
    expect(mis).toHaveLength(allocations.length);
    const groups = new Map(csvRecords(read(file('groups.csv'))).map((g) => [g.group, g]));
    for (const row of mis) {
      expect(row.Block).toBe(groups.get(row.Class)?.block);
      expect(row.Teacher).toBe(groups.get(row.Class)?.teacher);
      expect(row.Surname).not.toBe('');
    }
  });

  it('lists every teacher’s groups under their blocks', () => {
    const staffing = csvRecords(read(file('staffing.csv')));
    const groups = csvRecords(read(file('groups.csv')));
    for (const group of groups) {
      const teacher = staffing.find((row) => row.Code === group.teacher);
      for (const block of (group.block ?? '').split(';')) {
        expect(teacher?.[`Block ${block}`]?.split('; ')).toContain(group.group);
      }
    }
    const load = staffing.reduce((sum, row) => sum + Number(row.Groups), 0);
    expect(load).toBe(groups.length);
  });

  it('prints every course that runs in the booklet', () => {
    const text = oneLine(pdfText(file('booklet.pdf'))).replace(/ /g, '');
    const running = new Set(csvRecords(read(file('groups.csv'))).map((g) => g.subject_code));
    expect(running.size).toBeGreaterThan(10);
    for (const code of running) {
      const name = courseNames.get(code ?? '');
      expect(name).toBeDefined();
      expect(text).toContain(name?.replace(/ /g, ''));
    }
  });

  it('gives governors the figures the solver reported and the fairness findings', async () => {
    const text = oneLine(pdfDrawnText(file('governors.pdf')));
    const share = (100 * metrics.fullySatisfied) / metrics.pupils;
    expect(text).toContain(
      `${share.toFixed(1)}% fully satisfied: ${metrics.fullySatisfied} of ${metrics.pupils}`,
    );
    expect(text).toContain(`of choices met: ${metrics.choicesMet} of ${metrics.choicesRequested}`);
    expect(text).toContain(`${metrics.reservesUsed} reserve choices used`);
    expect(text).toContain(`${metrics.unresolved} pupils still without all their choices`);
    const report = JSON.parse(
      (await ks4plan('pathways', plan, '--scenario', 'Spring', '--json')).out,
    ) as { fairness: { flags: { message: string }[] } };
    expect(report.fairness.flags.length).toBeGreaterThan(0);
    for (const flag of report.fairness.flags) expect(text).toContain(oneLine(flag.message));
  });
});

describe('ks4plan export refuses what it cannot do, and then writes nothing', () => {
  it('names each bad file and writes none of the others', async () => {
    const mis = join(dir, 'refused-mis.csv');
    const run = await ks4plan(
      'export',
      plan,
      '--mis',
      mis,
      '--booklet',
      join(dir, 'booklet.docx'),
      '--governors',
      join(dir, 'governors.csv'),
      '--staffing',
      join(dir, 'no-such-folder', 'staffing.csv'),
    );
    expect(run.code).toBe(2);
    expect(run.err).toContain('--booklet needs a file name ending .csv or .pdf');
    expect(run.err).toContain('--governors needs a file name ending .pdf');
    expect(run.err).toContain(`The folder ${join(dir, 'no-such-folder')} for staffing by block`);
    expect(existsSync(mis)).toBe(false);
  });

  it('never writes over a plan file', async () => {
    const other = join(dir, 'other.ks4');
    await ks4plan('demo', other, '--pupils', '20', '--seed', '1');
    const before = sha256OfFile(other);
    const planBefore = sha256OfFile(plan);
    const run = await ks4plan('export', plan, '--mis', other, '--staffing', plan);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${other} is a plan file and was left as it was`);
    expect(run.err).toContain(`${plan} is the plan itself`);
    expect(sha256OfFile(other)).toBe(before);
    expect(sha256OfFile(plan)).toBe(planBefore);
  });

  it('replaces an earlier export of the same name, as the other exports do', async () => {
    const path = join(dir, 'again.csv');
    writeFileSync(path, 'an older export\n');
    const run = await ks4plan('export', plan, '--booklet', path);
    expect(run.code).toBe(0);
    expect(read(path)).toMatch(/^Course,Code,Block A/);
  });

  it('says which exports there are when none is asked for', async () => {
    const run = await ks4plan('export', plan);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/Nothing to export: .*--mis, --booklet, --staffing, --governors/);
  });
});

describe('ks4plan export --letters', () => {
  let lettersPlan: string;

  beforeAll(async () => {
    lettersPlan = join(dir, 'letters.ks4');
    writeDemoPlan(lettersPlan, { pupils: 30, seed: 7 });
    // Letters go only to pupils whose route is agreed: agree the open route for everyone.
    const db = openPlanFile(lettersPlan);
    upsertPupils(
      db,
      readPupils(db).map((pupil) => ({ ...pupil, pathway: 'OPEN' })),
    );
    db.close();
    await ks4plan('solve', lettersPlan, '--time-limit', '2', '--scenario', 'Letters');
  });

  it('writes the year group’s letters beside the other exports, from the same scenario', async () => {
    const letters = join(dir, 'letters.pdf');
    const mis = join(dir, 'letters-mis.csv');
    const run = await ks4plan('export', lettersPlan, '--letters', letters, '--mis', mis);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Wrote \d+ letters? to .*letters\.pdf \(scenario "Letters"\)/);
    expect(run.out).toContain(`Wrote ${mis}`);
    const firstClass = csvRecords(read(mis))[0];
    const pupilsLetters = oneLine(pdfText(letters));
    expect(pupilsLetters).toContain(firstClass?.UPN);
  });

  it('writes one PDF per pupil into a folder', async () => {
    const folder = join(dir, 'each-pupil');
    const run = await ks4plan('export', lettersPlan, '--letters', folder);
    expect(run.code).toBe(0);
    expect(run.out).toContain('one PDF per pupil');
    expect(readdirSync(folder).filter((name) => name.endsWith('.pdf')).length).toBeGreaterThan(0);
  });
});
