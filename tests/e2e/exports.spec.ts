import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readChoices, readCourses, readPupils } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario } from '../../src/data/plan/scenario-repository';
import { writeSolvedDemoPlan } from '../data/letters/letters-plans';
import { mentions, pdfPageTexts } from '../data/letters/pdf-reading';
import { expect, snap, test } from './harness';

const PLAN_FILE = 'Year 9 letters.ks4';
const PUPILS = 120;

// Solving the year group and writing a PDF per pupil take a while on a busy machine.
test.setTimeout(120_000);

/** A demo year group solved into scenario "Solved", every pupil but two with an agreed route. */
async function openSolvedPlan(
  page: Page,
  shell: { answerNextOpen(path: string): void },
  dir: string,
  beforeOpening: (path: string) => void = () => undefined,
) {
  const path = join(dir, PLAN_FILE);
  const { withoutRoute } = writeSolvedDemoPlan(path, PUPILS);
  beforeOpening(path);
  shell.answerNextOpen(path);
  await page.getByRole('button', { name: 'Open plan…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PLAN_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Letters and exports' })
    .click();
  return { path, withoutRoute };
}

test('writes the offer letters as one PDF that names exactly each pupil’s courses, and the MIS class lists', async ({
  page,
  shell,
  planDir,
}) => {
  const { path, withoutRoute } = await openSolvedPlan(page, shell, planDir);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('Solved');
  const withheld = page.getByRole('region', { name: 'Pupils not written to' });
  for (const upn of withoutRoute) {
    await expect(withheld.getByRole('listitem').filter({ hasText: upn })).toContainText(
      'no agreed pathway',
    );
  }
  const ready = page.locator('.letters-ready');
  await expect(ready).toContainText('ready to write');
  const readyCount = Number(/(\d+) letters? ready/.exec((await ready.textContent()) ?? '')?.[1]);
  await snap(page, 'exports-screen');

  shell.answerNextExport(join(planDir, 'Year 9 offer letters.pdf'));
  await page.getByRole('button', { name: 'One PDF for the year group' }).click();
  const notice = page.locator('.exports-outcome');
  await expect(notice).toContainText(
    `Wrote ${readyCount} letters to Year 9 offer letters.pdf (scenario "Solved").`,
  );
  expect(shell.lastExportRequest).toMatchObject({ kind: 'file', extensions: ['pdf'] });
  await snap(page, 'exports-letters-written');

  shell.answerNextExport(join(planDir, 'mis classes'));
  await page.getByRole('button', { name: 'MIS class lists' }).click();
  await expect(notice).toHaveText(/Wrote mis classes\.csv \(scenario "Solved"\)\./);

  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();

  // The scenario as saved in the file, read after the page has let go of it.
  const db = openPlanFile(path, { readonly: true });
  const scenario = readScenario(db, 'Solved');
  const courses = readCourses(db);
  const pupils = readPupils(db);
  db.close();
  if (!scenario) throw new Error('the plan lost its scenario');

  const pdf = join(planDir, 'Year 9 offer letters.pdf');
  expect(existsSync(pdf)).toBe(true);
  const pages = pdfPageTexts(pdf);
  expect(pages).toHaveLength(readyCount);
  for (const upn of withoutRoute) expect(pages.some((text) => text.includes(upn))).toBe(false);

  // A pupil who got a letter: their page lists their courses and no other course.
  const pupil = pupils.find((candidate) => !withoutRoute.includes(candidate.upn));
  if (!pupil) throw new Error('no pupil with a letter');
  const pupilPage = pages.find((text) => text.includes(pupil.upn)) ?? '';
  const table = pupilPage.slice(
    pupilPage.indexOf('Which choice it meets'),
    pupilPage.indexOf('An option block is a slot'),
  );
  const theirs = new Set(
    scenario.solution.placements
      .filter((placement) => placement.upn === pupil.upn)
      .map((placement) => placement.course),
  );
  const named = courses.filter((course) => mentions(table, course.name)).map((c) => c.code);
  expect(new Set(named)).toEqual(theirs);

  const mis = readFileSync(join(planDir, 'mis classes.csv'), 'utf8').split('\r\n');
  expect(mis[0]).toBe('Class,UPN,Subject,Surname,Forename,Block,Teacher');
  const placement = scenario.solution.placements.find((entry) => entry.upn === pupil.upn);
  const group = scenario.solution.groups.find((entry) => entry.label === placement?.group);
  const course = courses.find((entry) => entry.code === placement?.course);
  if (!group || !course) throw new Error('the pupil has no group');
  expect(mis).toContain(
    [
      group.label,
      pupil.upn,
      course.name,
      pupil.surname,
      pupil.forename,
      group.blocks.join(';'),
      group.teacher ?? '',
    ].join(','),
  );
});

test('shows template problems by field and saves nothing until they are fixed', async ({
  page,
  shell,
  planDir,
}) => {
  await openSolvedPlan(page, shell, planDir);
  const form = page.getByRole('form', { name: 'Letter template' });
  const intro = form.getByRole('textbox', { name: 'Opening paragraph' });
  await form.getByRole('textbox', { name: "School's name" }).fill('Hillside Academy');
  await intro.fill('Dear {pupilFirstName}, here are your courses.');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(intro).toHaveAttribute('aria-invalid', 'true');
  await expect(intro).toHaveAccessibleDescription(
    /\{pupilFirstName\}, which the letters do not know/,
  );
  await snap(page, 'exports-template-problem');

  await intro.fill('Dear {pupilForename}, here are your courses.');
  await form.getByRole('button', { name: 'Save template' }).click();
  await expect(form.getByRole('status')).toHaveText('Template saved.');
  await expect(intro).not.toHaveAttribute('aria-invalid', 'true');
});

test('writes the withheld pupils a "still being discussed" letter only when ticked', async ({
  page,
  shell,
  planDir,
}) => {
  const { withoutRoute } = await openSolvedPlan(page, shell, planDir);
  await page
    .getByRole('checkbox', { name: /Also write to pupils whose options are still being discussed/ })
    .check();
  shell.answerNextExport(join(planDir, 'all.pdf'));
  await page.getByRole('button', { name: 'One PDF for the year group' }).click();
  await expect(page.locator('.exports-outcome')).toContainText(
    `Wrote ${PUPILS} letters to all.pdf`,
  );
  const pages = pdfPageTexts(join(planDir, 'all.pdf'));
  const first = pages.find((text) => text.includes(withoutRoute[0] ?? '?'));
  expect(first).toMatch(/still being discussed/);
});

test('"What if we drop Latin?" from what-if to letters: made, built, compared, written', async ({
  page,
  shell,
  planDir,
}) => {
  const whatIf = 'What if: Latin is not offered';
  let choseLatin: string[] = [];
  let pupilCount = 0;
  const { withoutRoute } = await openSolvedPlan(page, shell, planDir, (path) => {
    const db = openPlanFile(path, { readonly: true });
    pupilCount = readPupils(db).length;
    choseLatin = readChoices(db)
      .filter((list) => list.choices.includes('La'))
      .map((list) => list.upn);
    db.close();
  });
  expect(choseLatin.length).toBeGreaterThan(0);

  const screens = page.getByRole('navigation', { name: 'Plan screens' });
  await screens.getByRole('button', { name: 'Scenarios' }).click();
  await page.getByRole('button', { name: 'What if…' }).click();
  const addChange = page.getByRole('form', { name: 'Add a change' });
  await addChange.getByLabel('Course').selectOption('La');
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(whatIf);
  await page.getByLabel('Search for').selectOption('5');
  await page.getByRole('button', { name: 'Create' }).click();
  const notice = page.locator('.scenario-notice');
  await expect(notice).toContainText('built its blocks', { timeout: 60_000 });

  await notice.getByRole('button', { name: 'Compare with “Solved”' }).click();
  const figures = page.getByRole('table').filter({ hasText: 'Pupils with all their choices' });
  const whatIfFigure = figures.getByRole('row', { name: /Pupils with all their choices/ });
  await expect(whatIfFigure).toBeVisible();
  const comparison = await page.evaluate(async (name) => {
    const result = await window.planner?.compareScenarios({ names: ['Solved', name] });
    if (!result?.ok) throw new Error('compareScenarios failed');
    return result.value;
  }, whatIf);
  // Nobody who chose Latin has all their choices without it.
  expect(comparison.scenarios[1]?.fullySatisfied).toBeLessThanOrEqual(
    pupilCount - choseLatin.length,
  );

  // The board of the what-if says what the drop costs beside its own figures.
  await screens.getByRole('button', { name: 'Blocks board' }).click();
  const note = page.getByRole('note').filter({ hasText: 'This scenario drops Latin' });
  await expect(note).toContainText(
    `which ${choseLatin.length} pupils chose. The figures here count only the choices it can ` +
      `meet; against the choices pupils made, ${comparison.scenarios[1]?.fullySatisfied} of ` +
      `${pupilCount} have all their choices.`,
  );
  await snap(page, 'board-09-what-if-dropped-course');

  await screens.getByRole('button', { name: 'Letters and exports' }).click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption(whatIf);
  const withheld = page.getByRole('region', { name: 'Pupils not written to' });
  for (const upn of choseLatin) {
    await expect(withheld.getByRole('listitem').filter({ hasText: upn })).toContainText(
      'no place in Latin',
    );
  }
  shell.answerNextExport(join(planDir, 'no latin letters.pdf'));
  await page.getByRole('button', { name: 'One PDF for the year group' }).click();
  await expect(page.locator('.exports-outcome')).toContainText(`(scenario "${whatIf}")`);
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();

  // No letter goes to a pupil who lost Latin or has no route; every letter sent offers no Latin.
  const pages = pdfPageTexts(join(planDir, 'no latin letters.pdf'));
  expect(pages.length).toBeGreaterThan(0);
  for (const upn of [...choseLatin, ...withoutRoute]) {
    expect(pages.some((text) => text.includes(upn))).toBe(false);
  }
  for (const text of pages) expect(mentions(text, 'Latin')).toBe(false);
});
