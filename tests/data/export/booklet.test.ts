import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookletCsv } from '../../../src/data/export/booklet-csv';
import { bookletColumns, bookletPdf } from '../../../src/data/export/booklet-pdf';
import { readScenarioExport, type ScenarioExport } from '../../../src/data/export/scenario-export';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { readScenario } from '../../../src/data/plan/scenario-repository';
import { makeTempDir } from '../plan/temp-plan';
import { FORMULA_COURSE, SCENARIO, writeHandMadePlan } from './hand-made-plan';
import { csvRows, oneLine, pdfPages, pdfPageSize, pdfText } from './read-csv';

let dir: string;
let db: PlanDatabase;
let cleanup: () => void;
let plan: ScenarioExport;

beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  db = writeHandMadePlan(dir).db;
  const scenario = readScenario(db, SCENARIO);
  if (!scenario) throw new Error('the hand-made scenario is missing');
  plan = readScenarioExport(db, scenario);
});
afterAll(() => {
  db.close();
  cleanup();
});

describe('the booklet block grid as CSV', () => {
  it('has a row per course that runs, with its groups under each block', () => {
    const rows = csvRows(bookletCsv(plan));
    expect(rows.slice(0, 5)).toEqual([
      ['Course', 'Code', 'Block A', 'Block B', 'Block C'],
      ['History', 'Hi', 'Hi1', 'Hi2', ''],
      ['Geography', 'Gg', '', '', 'Gg1'],
      ['Triple Science', 'TSc', 'TSc1', 'TSc1', ''],
      [`'${FORMULA_COURSE}`, 'Ev', '', '', "'+Ev1"],
    ]);
    // Art & Design runs no group, so a pupil cannot pick it.
    expect(rows.flat()).not.toContain('Art & Design');
  });

  it('then lists each block’s courses with their number of groups, after a blank line', () => {
    const rows = csvRows(bookletCsv(plan));
    const blank = rows.findIndex((row) => row.every((cell) => cell === ''));
    expect(blank).toBe(5);
    expect(rows.slice(blank + 1)).toEqual([
      ['Block A', 'Block B', 'Block C'],
      ['History: 1 group', 'History: 1 group', 'Geography: 1 group'],
      [
        'Triple Science: 1 group, a double course also in block B',
        'Triple Science: 1 group, a double course also in block A',
        `'${FORMULA_COURSE}: 1 group`,
      ],
    ]);
  });
});

describe('the booklet block grid as PDF', () => {
  let path: string;
  beforeAll(async () => {
    path = join(dir, 'booklet.pdf');
    writeFileSync(path, await bookletPdf(plan, new Date('2026-03-02T09:00:00Z')));
  });

  it('is one A4 landscape page with the title, school and year', () => {
    const text = oneLine(pdfText(path));
    expect(text).toContain('Option blocks');
    expect(text).toContain('Hillside School · Year 9 2026');
    expect(text).toContain('Scenario "Spring draft" · printed 2 March 2026');
    expect(pdfPages(path)).toBe(1);
    expect(pdfPageSize(path)).toBe('841.89 x 595.28 pts (A4)');
  });

  it('lists every course in the column of each block it runs in, and nowhere else', () => {
    const columns = bookletColumns(3);
    const inColumn = (i: number) => {
      const column = columns[i];
      if (!column) throw new Error(`no column ${i}`);
      return oneLine(pdfText(path, column));
    };
    const [a, b, c] = [inColumn(0), inColumn(1), inColumn(2)];
    expect(a).toMatch(/^Block A History 1 group Triple Science 1 group, a double course/);
    expect(b).toMatch(/^Block B History 1 group Triple Science 1 group, a double course/);
    // Spaces go because a long name wraps where pdftotext then sees a space.
    expect(c.replace(/ /g, '')).toBe(`BlockCGeography1group${FORMULA_COURSE}1group`);
    expect(a).not.toContain('Geography');
    expect(c).not.toContain('History');
  });
});

describe('a block with more courses than one page holds', () => {
  it('continues on a second page rather than printing too small to read', async () => {
    const template = plan.courses[0];
    if (!template) throw new Error('the hand-made plan has no courses');
    const crowded: ScenarioExport = {
      ...plan,
      courses: Array.from({ length: 24 }, (_, i) => ({
        ...template,
        code: `C${i + 1}`,
        name: `Long course name number ${i + 1} (GCSE, with coursework)`,
      })),
      solution: {
        groups: Array.from({ length: 24 }, (_, i) => ({
          label: `C${i + 1}-1`,
          course: `C${i + 1}`,
          blocks: ['A'],
          teacher: null,
        })),
        placements: [],
      },
    };
    const crowdedPath = join(dir, 'crowded.pdf');
    writeFileSync(crowdedPath, await bookletPdf(crowded));
    expect(pdfPages(crowdedPath)).toBe(2);
    expect(oneLine(pdfText(crowdedPath, undefined))).toContain('Option blocks, continued');
    const blockA = bookletColumns(3)[0];
    const columnA = [1, 2].map((page) => oneLine(pdfText(crowdedPath, blockA, page))).join(' ');
    for (let i = 1; i <= 24; i += 1) {
      expect(columnA).toContain(`Long course name number ${i} (GCSE, with coursework)`);
    }
  });
});

describe('course names beyond the PDF font’s letters', () => {
  it('prints them as their nearest plain letters instead of garbling them', async () => {
    const polish: ScenarioExport = {
      ...plan,
      schoolName: 'Szkoła Łódź Academy',
      courses: plan.courses.map((course) =>
        course.code === 'Hi' ? { ...course, name: 'Język polski (Polish)' } : course,
      ),
    };
    const path = join(dir, 'polish.pdf');
    writeFileSync(path, await bookletPdf(polish));
    const text = oneLine(pdfText(path));
    expect(text).toContain('Jezyk polski (Polish)');
    expect(text).toContain('Szkola Lódz Academy');
  });
});
