import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportLetters } from '../../src/cli/commands/letters';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { writeLettersFixturePlan } from '../data/letters/letters-plans';
import { solidPng } from '../data/letters/png';
import { makeTempDir } from '../data/plan/temp-plan';
import { ks4plan } from './run-cli';

let dir: string;
let cleanup: () => void;
let plan: string;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  writeLettersFixturePlan(plan);
});
afterEach(() => cleanup());

describe('ks4plan letters', () => {
  it('writes the letters and lists every withheld pupil with the reasons', async () => {
    const out = join(dir, 'letters.pdf');
    const run = await ks4plan('letters', plan, '--scenario', 'Spring', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Wrote 3 letters to ${out} (scenario "Spring").`);
    expect(run.out).toContain('4 pupils not written to, because their options are not settled');
    expect(run.out).toContain(
      '  Dan Dee (U4): no place in Geography (their 1st choice): Geography only runs in block A',
    );
    expect(run.out).toContain('  Cara Cole (U3): no agreed pathway yet');
    expect(existsSync(out)).toBe(true);
  });

  it('writes one PDF per pupil, and "still being discussed" letters when asked', async () => {
    const folder = join(dir, 'each');
    const run = await ks4plan(
      'letters',
      plan,
      '--out',
      folder,
      '--per-pupil',
      '--include-unresolved',
    );
    expect(run.code).toBe(0);
    expect(run.out).toContain('Wrote 7 letters, one PDF per pupil');
    expect(run.out).toContain("4 letters say that the pupil's options are still being discussed.");
    expect(run.out).not.toContain('not written to');
    expect(readdirSync(folder)).toHaveLength(7);
  });

  it('refuses bad input with exit code 2 and writes nothing', async () => {
    const out = join(dir, 'letters.pdf');
    const unknown = await ks4plan('letters', plan, '--scenario', 'Summer', '--out', out);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.err).toContain('The plan has no scenario called "Summer".');
    expect(existsSync(out)).toBe(false);

    const badDate = await ks4plan('letters', plan, '--out', out, '--date', '01/02/2027');
    expect(badDate.code).toBe(2);
    expect(badDate.err).toContain('The letter date "01/02/2027" is not a date');

    const nothing = await ks4plan('letters', plan);
    expect(nothing.code).toBe(2);
    expect(nothing.err).toContain('Nothing to do');
  });

  it('keeps an existing file unless --force is given', async () => {
    const out = join(dir, 'letters.pdf');
    writeFileSync(out, 'last year');
    const refused = await ks4plan('letters', plan, '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('To replace, add --force.');
    expect((await ks4plan('letters', plan, '--out', out, '--force')).code).toBe(0);
  });

  it('saves template changes, and refuses an unknown placeholder or a missing logo', async () => {
    const logo = join(dir, 'crest.png');
    writeFileSync(logo, solidPng(40, 40, [200, 30, 30]));
    const saved = await ks4plan(
      'letters',
      plan,
      '--school',
      'Hillside Academy',
      '--signatory',
      'Mrs A Patel',
      '--reply-by',
      '2027-03-05',
      '--logo',
      logo,
    );
    expect(saved).toMatchObject({ code: 0, out: 'Saved the letter template in the plan.\n' });

    const unknown = await ks4plan('letters', plan, '--intro', 'Dear parent of {pupilFirstName},');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('The letter template was not changed');
    expect(unknown.err).toContain('{pupilFirstName}, which the letters do not know');

    const missing = await ks4plan('letters', plan, '--logo', join(dir, 'nope.png'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('There is no logo file at');
  });

  it('says so, with exit code 2, when no pupil can be written to', async () => {
    const db = openPlanFile(plan);
    db.prepare('UPDATE pupils SET pathway_code = NULL').run();
    db.close();
    const run = await ks4plan('letters', plan, '--out', join(dir, 'letters.pdf'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('No letters were written (scenario "Spring"): no pupil\'s options');
    expect(run.out).toContain('7 pupils not written to');
    expect(existsSync(join(dir, 'letters.pdf'))).toBe(false);
  });
});

describe('exportLetters', () => {
  it('is what `ks4plan export --letters` runs', async () => {
    let out = '';
    const code = await exportLetters(
      plan,
      { scenario: 'Spring', out: join(dir, 'export.pdf') },
      { out: (text) => (out += `${text}\n`), err: () => undefined },
    );
    expect(code).toBe(0);
    expect(out).toContain('Wrote 3 letters');
  });
});
