import type { Page } from '@playwright/test';
import { join } from 'node:path';
import type { Pupil } from '../../src/core/model';
import { solve } from '../../src/core/solver';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readChoices, readCohort, readPupils } from '../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import {
  readScenario,
  saveScenario,
  type StoredScenario,
} from '../../src/data/plan/scenario-repository';
import type { TestShell } from './harness';
import { expect, snap, test } from './harness';

const SCENARIO = 'Cohort check';

// Each test builds blocks for 240 pupils before it starts, which takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });

function withPlan<T>(path: string, work: (db: PlanDatabase) => T): T {
  const db = openPlanFile(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** A 240-pupil demo plan with blocks already built, so that some pupils are unresolved. */
function demoPlanWithScenario(dir: string): { path: string; scenario: StoredScenario } {
  const path = join(dir, 'Cohort demo.ks4');
  writeDemoPlan(path, { pupils: 240, seed: 1 });
  const scenario = withPlan(path, (db) => {
    const result = solve(readCohort(db), { seed: 1, maxIterations: 300, timeLimitMs: 20_000 });
    db.transaction(() =>
      saveScenario(db, {
        name: SCENARIO,
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
      }),
    )();
    return readScenario(db, SCENARIO);
  });
  if (!scenario) throw new Error('the scenario was saved');
  return { path, scenario };
}

async function openCohort(page: Page, shell: TestShell, path: string): Promise<void> {
  shell.answerNextOpen(path);
  await page.getByRole('button', { name: 'Open plan…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cohort demo.ks4' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Cohort' })
    .click();
  await expect(page.getByRole('grid', { name: 'Pupils' })).toBeVisible();
}

/** The UPNs the table shows, scrolling through it: it only draws the rows in view. */
async function shownUpns(page: Page, expectedCount: number): Promise<string[]> {
  await expect(page.locator('.cohort-count')).toContainText(`Showing ${expectedCount} of `);
  const scroller = page.locator('.pupil-table-scroll');
  const seen: string[] = [];
  await scroller.evaluate((element) => {
    element.scrollTop = 0;
  });
  for (;;) {
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const upns = await page
      .locator('.pupil-table tbody tr[data-upn]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-upn') ?? ''));
    for (const upn of upns) if (!seen.includes(upn)) seen.push(upn);
    const atEnd = await scroller.evaluate((element) => {
      if (element.scrollTop + element.clientHeight >= element.scrollHeight - 1) return true;
      element.scrollTop += element.clientHeight - 60;
      return false;
    });
    if (atEnd) break;
  }
  return seen;
}

const upnsOf = (pupils: readonly Pupil[]) => pupils.map((pupil) => pupil.upn);
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

test('filters the cohort by form, flags, search and unresolved, and they combine', async ({
  page,
  shell,
}) => {
  const { path, scenario } = demoPlanWithScenario(shell.dir);
  const pupils = withPlan(path, readPupils);
  await openCohort(page, shell, path);
  const filters = page.getByRole('search', { name: 'Filter pupils' });

  await expect(page.locator('.cohort-count')).toContainText('Showing 240 of 240 pupils');
  await snap(page, 'cohort-01-table');

  // By form: exactly the pupils of that form, in the plan's order.
  const form = pupils[0]?.form ?? '';
  await filters.getByLabel('Form').selectOption(form);
  const inForm = pupils.filter((pupil) => pupil.form === form);
  expect(await shownUpns(page, inForm.length)).toEqual(upnsOf(inForm));

  // And a flag on top: both must hold.
  await filters.getByLabel('SEND').selectOption('Any SEND');
  const inFormWithSend = inForm.filter((pupil) => pupil.send !== 'N');
  expect(inFormWithSend.length).toBeGreaterThan(0);
  expect(await shownUpns(page, inFormWithSend.length)).toEqual(upnsOf(inFormWithSend));
  await snap(page, 'cohort-02-filtered');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Disadvantaged').selectOption('Yes');
  const disadvantaged = pupils.filter((pupil) => pupil.disadvantaged);
  expect(await shownUpns(page, disadvantaged.length)).toEqual(upnsOf(disadvantaged));

  // Search ignores accents: a plain-letter search finds an accented surname.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  const accented = pupils.find((pupil) => folded(pupil.surname) !== pupil.surname.toLowerCase());
  if (!accented) throw new Error('the demo cohort has accented surnames');
  const term = folded(accented.surname);
  await filters.getByLabel('Search').fill(term);
  const matching = pupils.filter((pupil) =>
    folded(`${pupil.forename} ${pupil.surname} ${pupil.upn}`).includes(term),
  );
  expect(await shownUpns(page, matching.length)).toEqual(upnsOf(matching));
  expect(matching).toContainEqual(accented);

  // A UPN finds its pupil.
  await filters.getByLabel('Search').fill(accented.upn.toLowerCase());
  expect(await shownUpns(page, 1)).toEqual([accented.upn]);

  // Unresolved only: the pupils the saved scenario could not give every choice.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await filters.getByLabel('Unresolved only').check();
  const unresolved = new Set(scenario.unresolved.map((entry) => entry.upn));
  expect(unresolved.size).toBeGreaterThan(0);
  const expectedUnresolved = pupils.filter((pupil) => unresolved.has(pupil.upn));
  expect(await shownUpns(page, expectedUnresolved.length)).toEqual(upnsOf(expectedUnresolved));
  await expect(page.locator('.pupil-table tbody tr[data-upn]').first()).toContainText('Unresolved');
  await snap(page, 'cohort-03-unresolved');

  // The keyboard moves through the rows and opens one; Escape closes it again.
  const grid = page.getByRole('grid', { name: 'Pupils' });
  await grid.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const last = expectedUnresolved.at(-1);
  const lastName = `${last?.forename} ${last?.surname}`;
  await expect(page.getByRole('heading', { level: 2, name: lastName })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: lastName })).toBeHidden();
  await expect(grid).toBeFocused();

  // The status bar shows the scenario's own figures.
  const bar = page.getByRole('contentinfo', { name: 'Plan status' });
  const metrics = scenario.metrics;
  if (!metrics) throw new Error('the scenario has figures');
  await expect(bar.locator('[data-status="pupils"]')).toHaveText(`${metrics.pupils} pupils`);
  await expect(bar.locator('[data-status="fully-satisfied"]')).toHaveText(
    `${metrics.fullySatisfied} fully satisfied`,
  );
  await expect(bar.locator('[data-status="unresolved"]')).toHaveText(
    `${metrics.unresolved} unresolved`,
  );
  await expect(bar.locator('[data-status="groups"]')).toHaveText(
    `${scenario.solution.groups.length} groups`,
  );
  await bar.screenshot({ path: 'test-results/screenshots/cohort-04-status-bar.png' });
});

test('opens a pupil, saves an edit of their choices and refuses an invalid one', async ({
  page,
  shell,
}) => {
  const { path, scenario } = demoPlanWithScenario(shell.dir);
  const { pupils, courses, choices } = withPlan(path, (db) => ({
    pupils: readPupils(db),
    courses: readCohort(db).courses,
    choices: readChoices(db),
  }));
  // An unresolved pupil, so the panel has a reason to show.
  const entry = scenario.unresolved[0];
  const pupil = pupils.find((candidate) => candidate.upn === entry?.upn);
  const list = choices.find((candidate) => candidate.upn === pupil?.upn);
  if (!pupil || !entry || !list || list.choices.length < 2) throw new Error('an unresolved pupil');
  const name = `${pupil.forename} ${pupil.surname}`;
  await openCohort(page, shell, path);

  // Keyboard: search, then move into the table and open the pupil with Enter.
  await page.getByLabel('Search').fill(pupil.upn);
  await expect(page.locator('.cohort-count')).toContainText('Showing 1 of 240 pupils');
  await page.getByRole('grid', { name: 'Pupils' }).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name });
  await expect(panel.getByRole('heading', { level: 2, name })).toBeFocused();
  await expect(panel.getByRole('note', { name: 'Unresolved' })).toContainText(entry.reason);
  await expect(panel.getByRole('list', { name: 'Choices' })).toContainText(
    courses.find((course) => course.code === list.choices[0])?.name ?? '',
  );
  await snap(page, 'cohort-04b-detail');

  // A valid edit: the first choice becomes a course the pupil did not ask for.
  const replacement = courses.find(
    (course) => !list.choices.includes(course.code) && !list.reserves.includes(course.code),
  );
  if (!replacement) throw new Error('a course the pupil did not choose');
  await panel.getByRole('button', { name: 'Edit choices' }).click();
  const editor = panel.getByRole('form', { name: `Edit ${name}’s choices` });
  await editor.getByLabel('Choice 1').selectOption(replacement.code);
  await snap(page, 'cohort-05-editing');
  await editor.getByRole('button', { name: 'Save choices' }).click();
  await expect(editor).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Edit choices' })).toBeFocused();
  await expect(
    panel.getByRole('list', { name: 'Choices' }).getByRole('listitem').first(),
  ).toContainText(replacement.name);

  // An invalid edit: the second choice repeats the first. Refused, with the API's message.
  await panel.getByRole('button', { name: 'Edit choices' }).click();
  await editor.getByLabel('Choice 2').selectOption(replacement.code);
  await expect(editor.getByLabel('Choice 2')).toHaveAttribute('aria-invalid', 'true');
  await editor.getByRole('button', { name: 'Save choices' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    `${replacement.name} (${replacement.code}) is listed twice in ${name}’s choices. ` +
      'Each course can appear only once.',
  );
  await snap(page, 'cohort-06-refused');
  await editor.getByRole('button', { name: 'Cancel' }).click();

  // The record: a new form and EAL are saved; a score off the KS2 scale is refused.
  const otherForm = pupils.find((candidate) => candidate.form !== pupil.form)?.form ?? '';
  await panel.getByRole('button', { name: 'Edit record' }).click();
  const record = panel.getByRole('form', { name: `Edit ${name}’s record` });
  await record.getByLabel('Form').fill(otherForm);
  await record.getByLabel('EAL').setChecked(!pupil.eal);
  await record.getByLabel('KS2 score').fill('150');
  await record.getByRole('button', { name: 'Save record' }).click();
  await expect(record.getByRole('alert')).toContainText(
    `150 is not a KS2 scaled score for ${name}`,
  );
  await snap(page, 'cohort-07-record');
  await record.getByLabel('KS2 score').fill('');
  await record.getByRole('button', { name: 'Save record' }).click();
  await expect(record).toBeHidden();
  await expect(panel.locator('.record')).toContainText(otherForm);

  // The file holds the valid edit and nothing of the refused one.
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('button', { name: 'Open plan…' })).toBeVisible();
  const saved = withPlan(path, readChoices).find((candidate) => candidate.upn === pupil.upn);
  expect(saved).toEqual({
    upn: pupil.upn,
    choices: [replacement.code, ...list.choices.slice(1)],
    reserves: list.reserves,
  });
  expect(withPlan(path, readPupils).find((candidate) => candidate.upn === pupil.upn)).toEqual({
    ...pupil,
    form: otherForm,
    eal: !pupil.eal,
    // The score was cleared; a band given without a score would have been kept.
    priorAttainment: { score: null, band: null },
  });
});

test('the status bar says blocks are not built, then follows a finished run', async ({ page }) => {
  await page.getByLabel('Pupils').fill('60');
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  const bar = page.getByRole('contentinfo', { name: 'Plan status' });
  await expect(bar.locator('[data-status="pupils"]')).toHaveText('60 pupils');
  await expect(bar.locator('[data-status="not-built"]')).toHaveText('Blocks not built yet');

  const panel = page.getByRole('region', { name: 'Option blocks' });
  await panel.getByLabel('Search for').selectOption('5');
  await panel.getByRole('button', { name: 'Build blocks' }).click();
  await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
  // The run goes on while another screen is shown; the bar still picks up its end.
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Cohort' })
    .click();
  await expect(bar.locator('[data-status="groups"]')).toBeVisible({ timeout: 20_000 });

  const scenarios = await page.evaluate(async () => {
    const result = await window.planner?.listScenarios();
    if (!result?.ok) throw new Error('listScenarios failed');
    return result.value;
  });
  const metrics = scenarios[0]?.metrics;
  if (!metrics) throw new Error('the run saved its figures');
  await expect(bar.locator('[data-status="fully-satisfied"]')).toHaveText(
    `${metrics.fullySatisfied} fully satisfied`,
  );
  await expect(bar.locator('[data-status="unresolved"]')).toHaveText(
    `${metrics.unresolved} unresolved`,
  );
  await expect(page.getByRole('grid', { name: 'Pupils' })).toBeVisible();
  await expect(page.locator('.pupil-table tbody tr[data-upn]').first()).toContainText(
    /Resolved|Unresolved/,
  );
});
