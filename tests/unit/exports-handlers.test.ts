import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createPlanner, type ExportTargetRequest, type Planner } from '../../src/services';
import type {
  ExportKind,
  ExportResultView,
  ExportsView,
  LetterTemplateView,
} from '../../src/shared/contract/exports';
import { writeSolvedDemoPlan } from '../data/letters/letters-plans';
import { hasTool, pdfPageTexts } from '../data/letters/pdf-reading';
import { solidPng } from '../data/letters/png';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';
import { apiCalls } from '../helpers/api-calls';

const SCENARIO = 'Solved';
const canReadPdf = hasTool('pdftotext') && hasTool('pdfinfo');

/** One solved plan for the whole file (solving takes a while); each test works on a copy. */
let fixtureDir: string;
let fixturePlan: string;
let withoutRoute: string[];

let dir: string;
let planPath: string;
let planner: Planner;
/** What the next export dialog answers; null cancels. */
let nextTarget: string | null;
let nextLogo: string | null;
let lastRequest: ExportTargetRequest | null;

const { value, refusal } = apiCalls(() => planner);

beforeAll(() => {
  fixtureDir = mkdtempSync(join(tmpdir(), 'ks4-exports-fixture-'));
  fixturePlan = join(fixtureDir, 'Year 9.ks4');
  ({ withoutRoute } = writeSolvedDemoPlan(fixturePlan, 120));
});
afterAll(() => rmSync(fixtureDir, { recursive: true, force: true }));

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-exports-'));
  planPath = join(dir, 'Year 9.ks4');
  writeFileSync(planPath, readFileSync(fixturePlan));
  nextTarget = null;
  nextLogo = null;
  lastRequest = null;
  planner = createPlanner({
    hooks: nullShellHooks({
      choosePlanToOpen: async () => planPath,
      chooseExportTarget: async (request) => {
        lastRequest = request;
        return nextTarget;
      },
      chooseLogoFile: async () => nextLogo,
    }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
  await value('choosePlanToOpen');
});
afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function exportTo(
  kind: ExportKind,
  target: string,
  extra: { includeUnresolved?: boolean } = {},
): Promise<ExportResultView> {
  nextTarget = target;
  const result = await value<ExportResultView | null>('exportFiles', {
    scenario: SCENARIO,
    kind,
    ...extra,
  });
  if (result === null) throw new Error('the export was cancelled');
  return result;
}

function pageCount(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

describe('the letters and exports view', () => {
  it('shows the solved scenario and says who would get a letter and who is withheld', async () => {
    const view = await value<ExportsView>('getExports', {});
    expect(view.scenario).toBe(SCENARIO);
    expect(view.scenarios.map((scenario) => scenario.name)).toEqual([SCENARIO]);
    const letters = view.letters;
    if (!letters) throw new Error('expected a letters count');
    expect(letters.ready + letters.withheld.length).toBe(120);
    expect(letters.ready).toBeGreaterThan(0);
    for (const upn of withoutRoute) {
      const pupil = letters.withheld.find((entry) => entry.upn === upn);
      expect(pupil?.reasons.join(' ')).toMatch(/pathway/i);
    }
    expect(view.placeholders).toContain('{pupilForename}');
  });

  it('refuses an unknown scenario by name', async () => {
    const error = await refusal('getExports', { scenario: 'Summer' });
    expect(error.message).toBe('The plan has no scenario called "Summer".');
  });
});

describe('the letter template', () => {
  it('saves the fields given and keeps them in the plan', async () => {
    const saved = await value<{ saved: boolean; template: LetterTemplateView }>(
      'saveLetterTemplate',
      { schoolName: 'Hillside Academy', signatoryName: 'Mrs S Whitfield', replyBy: '2027-03-05' },
    );
    expect(saved.saved).toBe(true);
    const view = await value<ExportsView>('getExports', {});
    expect(view.template).toMatchObject({
      schoolName: 'Hillside Academy',
      signatoryName: 'Mrs S Whitfield',
      replyBy: '2027-03-05',
    });
    await value('saveLetterTemplate', { replyBy: '' });
    expect((await value<ExportsView>('getExports', {})).template.replyBy).toBeNull();
  });

  it('refuses the whole change, naming each field, and keeps what was saved', async () => {
    const before = (await value<ExportsView>('getExports', {})).template;
    const result = await value<{
      saved: boolean;
      problems: { field: string | null; message: string }[];
    }>('saveLetterTemplate', {
      schoolName: 'Hillside Academy',
      intro: 'Dear {pupilFirstName}',
      replyBy: '2027-02-30',
    });
    expect(result.saved).toBe(false);
    expect(result.problems.map((problem) => problem.field).sort()).toEqual(['intro', 'replyBy']);
    expect(result.problems.find((problem) => problem.field === 'intro')?.message).toContain(
      '{pupilFirstName}',
    );
    expect((await value<ExportsView>('getExports', {})).template).toEqual(before);
  });

  it('puts a missing school name against the school name field', async () => {
    const result = await value<{ problems: { field: string | null }[] }>('saveLetterTemplate', {
      schoolName: '  ',
    });
    expect(result.problems.map((problem) => problem.field)).toEqual(['schoolName']);
  });

  it('stores a PNG logo chosen in the shell, refuses a file that is not an image, removes it', async () => {
    nextLogo = join(dir, 'notes.png');
    writeFileSync(nextLogo, 'not a picture');
    const error = await refusal('chooseLetterLogo');
    expect(error.message).toBe('notes.png is not a PNG or JPEG image.');
    expect((await value<ExportsView>('getExports', {})).template.logo).toBeNull();

    nextLogo = join(dir, 'crest.png');
    writeFileSync(nextLogo, solidPng(40, 20, [31, 58, 95]));
    const chosen = await value<LetterTemplateView>('chooseLetterLogo');
    expect(chosen.logo?.format).toBe('png');
    expect((await value<ExportsView>('getExports', {})).template.logo?.format).toBe('png');
    expect((await value<LetterTemplateView>('removeLetterLogo')).logo).toBeNull();
  });
});

describe('exporting a scenario', () => {
  const FILES: ExportKind[] = [
    'mis-csv',
    'groups-csv',
    'allocations-csv',
    'unresolved-csv',
    'booklet-csv',
    'booklet-pdf',
    'staffing-csv',
    'governors-pdf',
  ];

  it.each(FILES)('writes %s where the shell says, adding the ending', async (kind) => {
    const written = await exportTo(kind, join(dir, 'out'));
    const ending = kind.endsWith('pdf') ? 'pdf' : 'csv';
    expect(lastRequest?.kind).toBe('file');
    expect(lastRequest?.extensions).toEqual([ending]);
    expect(written.files).toEqual([`out.${ending}`]);
    const path = join(dir, `out.${ending}`);
    expect(statSync(path).size).toBeGreaterThan(0);
    if (ending === 'pdf') expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes MIS class lists with one row per pupil per class', async () => {
    await exportTo('mis-csv', join(dir, 'mis.csv'));
    const lines = readFileSync(join(dir, 'mis.csv'), 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Class,UPN,Subject,Surname,Forename,Block,Teacher');
    expect(lines.length).toBeGreaterThan(120);
  });

  it('returns null and writes nothing when the dialog is cancelled', async () => {
    nextTarget = null;
    const result = await value('exportFiles', { scenario: SCENARIO, kind: 'mis-csv' });
    expect(result).toBeNull();
    expect(readdirSync(dir).filter((name) => !name.startsWith('Year 9.ks4'))).toEqual([]);
  });

  it('never writes over a plan file and refuses a name with the wrong ending', async () => {
    // A copy of a plan saved with a spreadsheet's ending is still a plan.
    const copy = join(dir, 'backup.csv');
    writeFileSync(copy, readFileSync(fixturePlan));
    const before = readFileSync(copy);
    nextTarget = copy;
    const error = await refusal('exportFiles', { scenario: SCENARIO, kind: 'mis-csv' });
    expect(error.code).toBe('export-failed');
    expect(error.message).toContain('is a plan file and was left as it was');
    expect(readFileSync(copy).equals(before)).toBe(true);

    nextTarget = join(dir, 'summary.csv');
    const wrong = await refusal('exportFiles', { scenario: SCENARIO, kind: 'governors-pdf' });
    expect(wrong.message).toContain('choose a name ending .pdf');
    expect(existsSync(join(dir, 'summary.csv'))).toBe(false);
  });
});

describe.skipIf(!canReadPdf)('exporting offer letters', () => {
  it('writes one page per settled pupil and reports who was withheld', async () => {
    const view = await value<ExportsView>('getExports', {});
    const written = await exportTo('letters-batch', join(dir, 'letters.pdf'));
    expect(written.files).toEqual(['letters.pdf']);
    expect(written.letters).toBe(view.letters?.ready);
    expect(written.pending).toBe(0);
    expect(written.withheld?.map((pupil) => pupil.upn)).toEqual(
      view.letters?.withheld.map((pupil) => pupil.upn),
    );
    expect(pageCount(join(dir, 'letters.pdf'))).toBe(written.letters);
    const pages = pdfPageTexts(join(dir, 'letters.pdf'));
    for (const upn of withoutRoute) {
      expect(pages.some((page) => page.includes(upn))).toBe(false);
    }
  });

  it('writes the withheld pupils too only when asked, saying they are still being discussed', async () => {
    const written = await exportTo('letters-batch', join(dir, 'all.pdf'), {
      includeUnresolved: true,
    });
    expect(written.letters).toBe(120);
    expect(written.withheld).toEqual([]);
    expect(written.pending).toBeGreaterThanOrEqual(withoutRoute.length);
    const pages = pdfPageTexts(join(dir, 'all.pdf'));
    const first = pages.find((page) => page.includes(withoutRoute[0] ?? '?'));
    expect(first).toMatch(/still being discussed/);
  });

  it('writes one PDF per pupil into the folder chosen, naming only the files', async () => {
    const folder = join(dir, 'each');
    const written = await exportTo('letters-per-pupil', folder);
    expect(lastRequest?.kind).toBe('folder');
    expect(written.target).toBe('each');
    expect(readdirSync(folder).sort()).toEqual([...written.files].sort());
    expect(written.files).toHaveLength(written.letters ?? -1);
    expect(written.files.every((name) => !name.includes('/') && name.endsWith('.pdf'))).toBe(true);
  });
});
