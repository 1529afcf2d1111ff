import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  readLetterTemplate,
  saveLetterTemplate,
} from '../../../src/data/letters/letter-template-store';
import { preparePupilFolder } from '../../../src/data/letters/letter-files';
import { LettersError } from '../../../src/data/letters/letters-error';
import { writeLetters, type WriteLettersOptions } from '../../../src/data/letters/write-letters';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { makeTempDir, sha256OfFile } from '../plan/temp-plan';
import { writeLettersFixturePlan } from './letters-plans';
import { hasTool, mentions, ocrPage, pdfPageTexts } from './pdf-reading';
import { solidPng } from './png';

const canRead = hasTool('pdftotext') && hasTool('pdfimages');
const canOcr = hasTool('pdftoppm') && hasTool('tesseract');
if (!canRead) console.warn('Skipping the letter file tests: poppler-utils is not installed.');
if (!canOcr) console.warn('Skipping the letter OCR test: pdftoppm or tesseract is not installed.');

let dir: string;
let cleanup: () => void;
let plan: string;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  plan = join(dir, 'plan.ks4');
  writeLettersFixturePlan(plan);
});
afterEach(() => cleanup());

async function write(options: Partial<WriteLettersOptions> = {}) {
  const db = openPlanFile(plan, { readonly: true });
  try {
    return await writeLetters(db, {
      out: join(dir, 'letters.pdf'),
      letterDate: '2027-02-01',
      ...options,
    });
  } finally {
    db.close();
  }
}

function withPlan<T>(run: (db: ReturnType<typeof openPlanFile>) => T): T {
  const db = openPlanFile(plan);
  try {
    return run(db);
  } finally {
    db.close();
  }
}

async function refusal(run: () => Promise<unknown>): Promise<LettersError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof LettersError) return error;
    throw error;
  }
  throw new Error('expected the letters to be refused');
}

describe.skipIf(!canRead)('writeLetters', () => {
  it('writes a page for each settled pupil and none for the withheld', async () => {
    const written = await write();
    expect(written).toMatchObject({ scenario: 'Spring', letters: 3, pending: 0 });
    expect(written.withheld.map((pupil) => pupil.name)).toEqual([
      'Cara Cole',
      'Dan Dee',
      'Finn Fox',
      'Gus Gray',
    ]);
    const pages = pdfPageTexts(join(dir, 'letters.pdf'));
    expect(pages).toHaveLength(3);
    const [amy = '', ben = '', eve = ''] = pages;
    expect(amy).toContain('Key Stage 4 options for Amy Able');
    expect(['French', 'History', 'Art'].every((name) => mentions(amy, name))).toBe(true);
    expect(['Geography', 'Supported Studies'].some((name) => mentions(amy, name))).toBe(false);
    expect(amy).toContain('Teacher: Ms J Smith');
    expect(ben).toContain('your reserve, in place of Geography');
    expect(eve).toContain('part of your pathway');
    expect(eve).toContain('Pathway: Supported route');
    for (const name of ['Cara', 'Dan', 'Finn', 'Gus']) {
      expect(pages.some((page) => page.includes(name))).toBe(false);
    }
  });

  it.skipIf(!canOcr)(
    'prints a page that reads back by OCR with the pupil, pathway and courses',
    async () => {
      await write();
      const text = ocrPage(join(dir, 'letters.pdf'), 1, dir);
      for (const words of ['Amy Able', 'EBacc route', 'French', 'History', 'Art', 'I accept']) {
        expect(text, words).toContain(words);
      }
      expect(text).not.toContain('Geography');
    },
    60_000,
  );

  it('with includeUnresolved, says who is still being discussed and lists only what is settled', async () => {
    const written = await write({ includeUnresolved: true });
    expect(written).toMatchObject({ letters: 7, pending: 4, withheld: [] });
    const finn = pdfPageTexts(join(dir, 'letters.pdf')).find((page) => page.includes('Finn Fox'));
    expect(finn).toContain("Finn's options are still being discussed");
    expect(mentions(finn ?? '', 'Art')).toBe(true);
    expect(mentions(finn ?? '', 'French')).toBe(false);
    expect(mentions(finn ?? '', 'Geography')).toBe(false);
  });

  it('writes one file per pupil named Surname Forename UPN', async () => {
    const folder = join(dir, 'letters');
    const written = await write({ out: folder, perPupil: true });
    expect(readdirSync(folder).sort()).toEqual([
      'Able Amy U1.pdf',
      'Brown Ben U2.pdf',
      'Ede Eve U5.pdf',
    ]);
    expect(written.files).toHaveLength(3);
    const ben = pdfPageTexts(join(folder, 'Brown Ben U2.pdf'));
    expect(ben).toHaveLength(1);
    expect(ben[0]).toContain('Ben Brown');
  });

  it('never replaces a file unless forced', async () => {
    const pdf = join(dir, 'letters.pdf');
    writeFileSync(pdf, 'last year');
    const error = await refusal(() => write());
    expect(error.code).toBe('would-overwrite');
    expect(readFileSync(pdf, 'utf8')).toBe('last year');
    await write({ force: true });
    expect(pdfPageTexts(pdf)).toHaveLength(3);

    const folder = join(dir, 'each');
    mkdirSync(folder);
    writeFileSync(join(folder, 'Brown Ben U2.pdf'), 'signed copy');
    const before = sha256OfFile(join(folder, 'Brown Ben U2.pdf'));
    const perPupil = await refusal(() => write({ out: folder, perPupil: true }));
    expect(perPupil.message).toContain('Brown Ben U2.pdf');
    expect(readdirSync(folder)).toEqual(['Brown Ben U2.pdf']);
    expect(sha256OfFile(join(folder, 'Brown Ben U2.pdf'))).toBe(before);
  });

  it('refuses a batch name that is not a PDF, a missing folder and an unknown scenario', async () => {
    expect((await refusal(() => write({ out: join(dir, 'letters.txt') }))).message).toContain(
      'give a name ending .pdf',
    );
    expect((await refusal(() => write({ out: join(dir, 'nowhere', 'x.pdf') }))).code).toBe(
      'bad-output',
    );
    expect((await refusal(() => write({ scenario: 'Summer' }))).message).toBe(
      'The plan has no scenario called "Summer".',
    );
    expect(existsSync(join(dir, 'letters.pdf'))).toBe(false);
  });
});

describe('preparePupilFolder', () => {
  it('refuses two letters whose file names differ only by case, before making the folder', () => {
    const folder = join(dir, 'each');
    expect(() => preparePupilFolder(folder, ['Able Amy U1.pdf', 'ABLE Amy u1.pdf'], true)).toThrow(
      'Two letters would both be called "Able Amy U1.pdf"',
    );
    expect(existsSync(folder)).toBe(false);
  });
});

describe('the letter template in the plan', () => {
  it("starts from the defaults and the plan's school name", () => {
    const template = withPlan(readLetterTemplate);
    expect(template.schoolName).toBe('Hillside School');
    expect(template.intro).toContain('{pupilForename}');
    expect(template.logo).toBeNull();
  });

  it('saves changes, and refuses a bad template without changing the saved one', () => {
    withPlan((db) =>
      saveLetterTemplate(db, { signatoryName: 'Mrs A Patel', replyBy: '2027-03-05' }),
    );
    const attempt = () =>
      withPlan((db) =>
        saveLetterTemplate(db, { signatoryName: 'Mr B Jones', intro: 'Dear {parentName},' }),
      );
    expect(attempt).toThrow(/The opening paragraph uses \{parentName\}/);
    const saved = withPlan(readLetterTemplate);
    expect(saved.signatoryName).toBe('Mrs A Patel');
    expect(saved.replyBy).toBe('2027-03-05');
    expect(saved.intro).not.toContain('{parentName}');
  });

  it('refuses a logo that is not a PNG or JPEG image', () => {
    const notAnImage = { format: 'png' as const, bytes: Buffer.from('GIF89a not really') };
    expect(() => withPlan((db) => saveLetterTemplate(db, { logo: notAnImage }))).toThrow(
      'is not a PNG or JPEG image',
    );
    const damaged = solidPng(8, 8, [0, 0, 0]);
    damaged.fill(0x55, 40, 50);
    expect(() =>
      withPlan((db) => saveLetterTemplate(db, { logo: { format: 'png', bytes: damaged } })),
    ).toThrow('cannot be read');
  });

  it.skipIf(!canRead)(
    'prints the saved logo, stored once in the file, and the saved wording',
    async () => {
      const logo = { format: 'png' as const, bytes: solidPng(120, 60, [31, 58, 95]) };
      withPlan((db) =>
        saveLetterTemplate(db, {
          logo,
          schoolName: 'Hillside Academy',
          howToChange: 'Ring {signatoryName} before {replyBy} to talk about {pupilForename}.',
          signatoryName: 'Mrs A Patel',
        }),
      );
      await write();
      const pdf = join(dir, 'letters.pdf');
      const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' });
      const rows = images.trim().split('\n').slice(2);
      expect(rows).toHaveLength(3);
      expect(rows.every((row) => /\s120\s+60\s/.test(row))).toBe(true);
      // One image object, shown on each of the three pages.
      expect(new Set(rows.map((row) => row.trim().split(/\s+/)[10])).size).toBe(1);
      const [amy = ''] = pdfPageTexts(pdf);
      expect(amy).toContain('Hillside Academy');
      expect(amy).toContain('Ring Mrs A Patel before Monday 15 February 2027 to talk about Amy.');
    },
  );
});
