import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCohort } from '../../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { readScenario } from '../../../src/data/plan/scenario-repository';
import { pdfText } from '../../../src/data/letters/pdf-text';
import { writeLetters, type WrittenLetters } from '../../../src/data/letters/write-letters';
import { makeTempDir } from '../plan/temp-plan';
import { writeSolvedDemoPlan } from './letters-plans';
import { hasTool, mentions, pdfPageTexts } from './pdf-reading';

const canRead = hasTool('pdftotext');
if (!canRead) {
  console.warn('Skipping the letters read-back test: pdftotext (poppler-utils) is not installed.');
}

describe.skipIf(!canRead)('letters for a solved year group, read back from the PDF', () => {
  let dir: string;
  let cleanup: () => void;
  let pdf: string;
  let written: WrittenLetters;
  let withoutRoute: string[];
  let pages: string[];

  beforeAll(async () => {
    ({ dir, cleanup } = makeTempDir());
    const plan = join(dir, 'plan.ks4');
    ({ withoutRoute } = writeSolvedDemoPlan(plan, 40));
    pdf = join(dir, 'letters.pdf');
    const db = openPlanFile(plan, { readonly: true });
    try {
      written = await writeLetters(db, { out: pdf, letterDate: '2027-02-01' });
    } finally {
      db.close();
    }
    pages = pdfPageTexts(pdf);
  }, 60_000);
  afterAll(() => cleanup());

  function planFacts() {
    const db = openPlanFile(join(dir, 'plan.ks4'), { readonly: true });
    try {
      const scenario = readScenario(db, 'Solved');
      if (!scenario) throw new Error('the scenario was not saved');
      return { cohort: readCohort(db), solution: scenario.solution };
    } finally {
      db.close();
    }
  }

  it('has one page per letter and none for a withheld pupil', () => {
    expect(written.letters).toBeGreaterThan(20);
    expect(pages).toHaveLength(written.letters);
    expect(written.letters + written.withheld.length).toBe(40);
    for (const upn of withoutRoute) {
      expect(written.withheld.find((pupil) => pupil.upn === upn)?.reasons).toContain(
        'no agreed pathway yet',
      );
    }
    for (const pupil of written.withheld) {
      expect(pages.filter((page) => page.includes(pupil.upn))).toEqual([]);
    }
  });

  it('names on each page the pupil, their pathway and exactly their courses', () => {
    const { cohort, solution } = planFacts();
    const seen = new Set<string>();
    for (const page of pages) {
      const upn = /UPN: (\S+)/.exec(page)?.[1] ?? '';
      const pupil = cohort.pupils.find((candidate) => candidate.upn === upn);
      expect(pupil, `a page whose UPN "${upn}" is not a pupil's`).toBeDefined();
      if (!pupil) continue;
      seen.add(upn);
      // Helvetica has no Ş: the letter prints the name's plain form (see pdf-text.ts).
      expect(page).toContain(
        `Key Stage 4 options for ${pdfText(`${pupil.forename} ${pupil.surname}`)}`,
      );
      expect(page).toContain('Pathway: Open route');

      const theirs = solution.placements.filter((placement) => placement.upn === upn);
      const names = theirs.map(
        (placement) => cohort.courses.find((course) => course.code === placement.course)?.name,
      );
      for (const name of names)
        expect(mentions(page, name ?? '?'), `${name} for ${upn}`).toBe(true);
      // A reserve's line names the choice it stands in for, so only their own choices may appear.
      const chosen = cohort.choices.find((list) => list.upn === upn)?.choices ?? [];
      if (theirs.some((placement) => placement.reserve)) expect(page).toContain('in place of');
      for (const course of cohort.courses) {
        if (chosen.includes(course.code)) continue;
        // "Science" is part of "Triple Science": only a name not inside theirs can be looked for.
        if (names.some((name) => name?.includes(course.name))) continue;
        expect(mentions(page, course.name), `${course.name} on ${upn}'s letter`).toBe(false);
      }
    }
    expect(seen.size).toBe(pages.length);
  });
});

describe.skipIf(!canRead)('the letter file', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = makeTempDir()));
  afterAll(() => cleanup());

  it('is a real A4 PDF with the date and reply-by date written out', async () => {
    const plan = join(dir, 'plan.ks4');
    writeSolvedDemoPlan(plan, 12);
    const pdf = join(dir, 'dated.pdf');
    const db = openPlanFile(plan, { readonly: true });
    try {
      await writeLetters(db, { out: pdf, letterDate: '2027-02-01' });
    } finally {
      db.close();
    }
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const [first = ''] = pdfPageTexts(pdf);
    expect(first).toContain('Monday 1 February 2027');
    expect(first).toContain('return this slip to Demo Academy by Monday 15 February 2027');
    expect(first).toContain('I accept the courses offered above.');
    expect(first).toContain('I would like to discuss these courses.');
  }, 60_000);
});
