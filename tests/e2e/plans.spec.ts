import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRODUCTION_CSP } from '../../electron/main/csp';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readPlanSummary, type PlanSummary } from '../../src/data/plan/plan-summary';
import { expect, snap, test } from './harness';

function summaryOf(path: string): PlanSummary {
  const db = openPlanFile(path, { readonly: true });
  try {
    return readPlanSummary(db);
  } finally {
    db.close();
  }
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('the start screen offers the three ways in', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New plan…' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Open plan…' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeEnabled();
  await expect(page.getByText(/plan format \d+/)).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toBe(PRODUCTION_CSP);
  await snap(page, '01-start');
});

test('opens the demo plan and shows its counts and demand', async ({ page, shell }) => {
  await page.getByRole('button', { name: 'Open demo plan' }).click();

  const fileName = 'Demo plan (240 pupils, seed 1).ks4';
  await expect(page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
  await expect(page).toHaveTitle(`${fileName} — KS4 Planner`);
  expect(shell.title).toBe(`${fileName} — KS4 Planner`);

  // What the screen shows must be what the file holds. The app keeps its plan locked while it
  // is open, so the same demo is written again beside it (the same seed, the same cohort).
  const twin = join(shell.dir, 'twin.ks4');
  writeDemoPlan(twin, { pupils: 240, seed: 1 });
  const expected = summaryOf(twin);
  expect(expected.counts.pupils).toBe(240);
  const counts = page.getByRole('definition');
  for (const [label, value] of [
    ['pupils', expected.counts.pupils],
    ['courses', expected.counts.courses],
    ['staff', expected.counts.staff],
    ['blocks', expected.counts.blocks],
    ['choices', expected.counts.choices],
  ] as const) {
    await expect(page.locator(`[data-count="${label}"] .count-value`)).toHaveText(
      value.toLocaleString('en-GB'),
    );
  }
  await expect(counts.filter({ hasText: `${expected.counts.reserves} reserves` })).toBeVisible();

  const table = page.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Code',
    'Course',
    'First choices',
    'All choices',
    'Reserves',
    'Max group size',
    'Groups needed',
  ]);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(expected.demand.length);
  for (const [index, course] of expected.demand.entries()) {
    await expect(rows.nth(index).locator('th, td')).toHaveText([
      course.code,
      course.name,
      String(course.firstChoice),
      String(course.total),
      String(course.reserve),
      String(course.maxGroupSize),
      String(course.groupsNeeded),
    ]);
  }
  await snap(page, '02-demo-overview');
  await rows.last().scrollIntoViewIfNeeded();
  await expect(table.getByRole('columnheader', { name: 'Groups needed' })).toBeInViewport();
  await snap(page, '02b-demo-overview-scrolled');

  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();
  await expect(page).toHaveTitle('KS4 Planner');
  expect(shell.title).toBe('KS4 Planner');
});

test('creates a new, empty plan where the dialog said', async ({ page, shell }) => {
  const path = join(shell.dir, 'Year 9 options');
  shell.answerNextCreate(path);
  await page.getByRole('button', { name: 'New plan…' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Year 9 options.ks4' })).toBeVisible();
  await expect(page.locator('[data-count="pupils"] .count-value')).toHaveText('0');
  await expect(page.getByText('This plan has no courses yet')).toBeVisible();
  await snap(page, '03-new-plan');
  // Read once the app has closed it: an open plan is locked.
  await page.getByRole('button', { name: 'Close plan' }).click();
  expect(summaryOf(`${path}.ks4`).counts.pupils).toBe(0);
});

test('refuses to replace an existing file when creating a plan', async ({ page, shell }) => {
  const path = join(shell.dir, 'notes.ks4');
  writeFileSync(path, 'my notes');
  shell.answerNextCreate(path);
  await page.getByRole('button', { name: 'New plan…' }).click();
  await expect(page.getByRole('alert')).toContainText('That file already exists');
  expect(readFileSync(path, 'utf8')).toBe('my notes');
});

test('says clearly that a CSV is not a plan file', async ({ page, shell }) => {
  const csv = join(shell.dir, 'pupils.csv');
  writeFileSync(csv, 'UPN,Surname,Forename\nA123456789012,Smith,Ann\n');
  shell.answerNextOpen(csv);
  await page.getByRole('button', { name: 'Open plan…' }).click();

  const problem = page.getByRole('main', { name: 'Not a plan file' });
  await expect(problem).toContainText('pupils.csv is not a KS4 Planner plan file');
  await expect(problem).toContainText('CSV');
  await expect(problem).toContainText('Nothing was changed');
  await snap(page, '04-error-not-a-plan');

  await problem.getByRole('button', { name: 'Back to the start screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();
  expect(readFileSync(csv, 'utf8')).toBe('UPN,Surname,Forename\nA123456789012,Smith,Ann\n');
});

test('says clearly that a plan was made by a newer version, and leaves it alone', async ({
  page,
  shell,
}) => {
  const original = join(shell.dir, 'original.ks4');
  writeDemoPlan(original, { pupils: 30, seed: 7 });
  const newer = join(shell.dir, 'From next year.ks4');
  copyFileSync(original, newer);
  const db = new Database(newer);
  db.pragma('user_version = 99');
  db.close();
  const before = sha256(newer);

  shell.answerNextOpen(newer);
  await page.getByRole('button', { name: 'Open plan…' }).click();
  const problem = page.getByRole('main', { name: 'Made by a newer version of KS4 Planner' });
  await expect(problem).toContainText('plan format 99');
  await expect(problem).toContainText('Nothing was changed');
  await snap(page, '05-error-newer-version');
  expect(sha256(newer)).toBe(before);
  expect(existsSync(`${newer}-wal`)).toBe(false);
});

test('a cancelled dialog changes nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'Open plan…' }).click();
  await page.getByRole('button', { name: 'New plan…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the demo form refuses a cohort size out of range', async ({ page }) => {
  await page.getByLabel('Pupils').fill('5');
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeDisabled();
  await page.getByLabel('Pupils').fill('60');
  await page.getByLabel('Seed').fill('spring');
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Demo plan (60 pupils, seed spring).ks4' }),
  ).toBeVisible();
});

test('works from the keyboard alone', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeFocused();
  // The start screen first looks for the last plan to reopen; its buttons wait for that.
  await expect(page.getByRole('button', { name: 'New plan…' })).toBeEnabled();
  // Tab to the demo button, through the real buttons and fields in order.
  const order = ['New plan…', 'Open plan…', 'Pupils', 'Seed', 'Open demo plan'];
  for (const name of order) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(name);
  }
  await snap(page, '06-keyboard-focus');
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1, name: /^Demo plan/ });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save a copy…' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Close plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeFocused();
});

test('the page gets exactly the contract methods', async ({ page }) => {
  const methods = await page.evaluate(() => Object.keys(window.planner ?? {}).sort());
  const { API_METHODS } = await import('../../src/shared/api-methods');
  expect(methods).toEqual([...API_METHODS].sort());
});
