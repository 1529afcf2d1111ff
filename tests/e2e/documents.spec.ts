import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readPlanSummary } from '../../src/data/plan/plan-summary';
import type { MenuCommand } from '../../src/shared/menu-commands';
import { expect, snap, test, type TestShell } from './harness';

/*
 * The services run in this test process, so a plan the app has open is locked against this
 * process's own connections too; files are read here only once the app has closed them.
 */

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function pupilsIn(path: string): number {
  const db = openPlanFile(path, { readonly: true });
  try {
    return readPlanSummary(db).counts.pupils;
  } finally {
    db.close();
  }
}

/** A small demo plan in the test's folder. */
function demoPlan(shell: TestShell, name: string, pupils = 30, seed = 7): string {
  const path = join(shell.dir, name);
  writeDemoPlan(path, { pupils, seed });
  return path;
}

async function openThroughDialog(page: Page, shell: TestShell, path: string): Promise<void> {
  shell.answerNextOpen(path);
  await page.getByRole('button', { name: 'Open plan…' }).click();
}

const planHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 1, name, exact: true });
const startHeading = (page: Page) => planHeading(page, 'KS4 Planner');

/**
 * Stands in for the shell's File menu (the preload's window.plannerMenu, which the test page
 * does not have): the page subscribes to it as it would in the app.
 */
async function installFakeMenu(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const listeners = new Set<(command: unknown) => void>();
    Object.defineProperty(window, 'plannerMenu', {
      value: Object.freeze({
        onCommand(callback: (command: unknown) => void) {
          listeners.add(callback);
          return () => listeners.delete(callback);
        },
      }),
    });
    Object.defineProperty(window, '__chooseMenuItem', {
      value: (command: unknown) => listeners.forEach((callback) => callback(command)),
    });
  });
  await page.reload();
}

async function chooseMenuItem(page: Page, command: MenuCommand): Promise<void> {
  await page.evaluate((chosen) => {
    (window as unknown as { __chooseMenuItem(command: unknown): void }).__chooseMenuItem(chosen);
  }, command);
}

/** The overview's headline counts, as shown. */
async function shownCounts(page: Page): Promise<string[]> {
  const labels = ['pupils', 'courses', 'staff', 'blocks', 'choices'];
  return Promise.all(
    labels.map((label) => page.locator(`[data-count="${label}"] .count-value`).innerText()),
  );
}

test('the start screen lists recent plans, newest first, and opens one', async ({
  page,
  shell,
}) => {
  const autumn = demoPlan(shell, 'Autumn options.ks4', 30, 1);
  const spring = demoPlan(shell, 'Spring options.ks4', 40, 2);
  const gone = demoPlan(shell, 'Old draft.ks4', 20, 3);
  for (const path of [gone, autumn, spring]) {
    await openThroughDialog(page, shell, path);
    await expect(planHeading(page, path.slice(shell.dir.length + 1))).toBeVisible();
    await page.getByRole('button', { name: 'Close plan' }).click();
    await expect(startHeading(page)).toBeVisible();
  }
  unlinkSync(gone);
  // Back on the start screen after a fresh load, the list is read again.
  await page.reload();
  await page.getByRole('button', { name: 'Close plan' }).click();

  const recent = page.getByRole('region', { name: 'Recent plans' });
  const items = recent.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Spring options.ks4');
  await expect(items.nth(1)).toContainText('Autumn options.ks4');
  await expect(items.nth(2)).toContainText('Old draft.ks4');
  await expect(items.nth(0)).toContainText(shell.dir);
  await expect(items.nth(0)).toContainText(/Opened today at \d\d:\d\d/);
  await expect(items.nth(2)).toContainText('Missing: moved, renamed or deleted');
  await expect(
    items.nth(2).getByRole('button', { name: 'Old draft.ks4', exact: true }),
  ).toHaveCount(0);
  await snap(page, 'documents-01-start-recent-plans');

  await recent.getByRole('button', { name: 'Remove Old draft.ks4 from recent plans' }).click();
  await expect(items).toHaveCount(2);

  await recent.getByRole('button', { name: 'Autumn options.ks4', exact: true }).click();
  await expect(planHeading(page, 'Autumn options.ks4')).toBeVisible();
  await expect(page.locator('[data-count="pupils"] .count-value')).toHaveText('30');
  await page.getByRole('button', { name: 'Close plan' }).click();
  // Opening it moved it to the top.
  await expect(items.nth(0)).toContainText('Autumn options.ks4');
  expect(pupilsIn(autumn)).toBe(30);
});

test('a recent plan that has gone since the list was shown gets the problem view', async ({
  page,
  shell,
}) => {
  const plan = demoPlan(shell, 'Moved away.ks4');
  await openThroughDialog(page, shell, plan);
  await page.getByRole('button', { name: 'Close plan' }).click();
  unlinkSync(plan);
  await page
    .getByRole('region', { name: 'Recent plans' })
    .getByRole('button', { name: 'Moved away.ks4', exact: true })
    .click();
  await expect(planHeading(page, 'File not found')).toBeVisible();
  await expect(page.getByText(`Moved away.ks4 is no longer in ${shell.dir}`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the start screen' }).click();
  await expect(page.getByText('Missing: moved, renamed or deleted')).toBeVisible();
});

test('saves a copy of the open plan and keeps working on the original', async ({ page, shell }) => {
  const original = demoPlan(shell, 'Year 9 2026.ks4', 45, 11);
  await openThroughDialog(page, shell, original);
  await expect(planHeading(page, 'Year 9 2026.ks4')).toBeVisible();
  const counts = await shownCounts(page);

  shell.answerNextCopy(join(shell.dir, 'Before the options evening'));
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'Saved a copy' });
  await expect(notice).toHaveText(
    `Saved a copy as Before the options evening.ks4 in ${shell.dir}; ` +
      'you are still working on Year 9 2026.ks4.OK',
  );
  await expect(planHeading(page, 'Year 9 2026.ks4')).toBeVisible();
  await snap(page, 'documents-02-saved-copy');

  // Never over an existing file, nor over the open plan itself.
  const copy = join(shell.dir, 'Before the options evening.ks4');
  const copyHash = sha256(copy);
  shell.answerNextCopy(copy);
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Before the options evening.ks4 already exists',
  );
  expect(sha256(copy)).toBe(copyHash);
  shell.answerNextCopy(original);
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  await expect(page.getByRole('alert')).toContainText('Year 9 2026.ks4 is the plan you have open');
  await expect(planHeading(page, 'Year 9 2026.ks4')).toBeVisible();

  // The copy opens, with the same counts.
  await page.getByRole('button', { name: 'Close plan' }).click();
  await openThroughDialog(page, shell, copy);
  await expect(planHeading(page, 'Before the options evening.ks4')).toBeVisible();
  await expect(page.getByText('Saved a copy')).toHaveCount(0);
  expect(await shownCounts(page)).toEqual(counts);
  await page.getByRole('button', { name: 'Close plan' }).click();
  expect(pupilsIn(copy)).toBe(45);
  expect(pupilsIn(original)).toBe(45);
});

test('reopens the last plan when the page loads again', async ({ page, shell }) => {
  const plan = demoPlan(shell, 'Carry on.ks4');
  await openThroughDialog(page, shell, plan);
  await expect(planHeading(page, 'Carry on.ks4')).toBeVisible();

  // A reload while the plan is open picks it up again.
  await page.reload();
  await expect(planHeading(page, 'Carry on.ks4')).toBeVisible();
  await expect(page.locator('[data-count="pupils"] .count-value')).toHaveText('30');

  // As at the next start of the app: nothing open, the most recent plan comes back.
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(startHeading(page)).toBeVisible();
  await page.reload();
  await expect(planHeading(page, 'Carry on.ks4')).toBeVisible();
  expect(shell.title).toBe('Carry on.ks4 — KS4 Planner');
});

test('starts on the start screen, saying why, when the last plan cannot be reopened', async ({
  page,
  shell,
}) => {
  const plan = demoPlan(shell, 'Held elsewhere.ks4');
  await openThroughDialog(page, shell, plan);
  await page.getByRole('button', { name: 'Close plan' }).click();

  // Another program now has the plan open.
  const other = openPlanFile(plan, { exclusive: true });
  try {
    await page.reload();
    await expect(startHeading(page)).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Your last plan could not be reopened.');
    await expect(alert).toContainText(
      'Held elsewhere.ks4 is open in another KS4 Planner window or program. Close it there first.',
    );
  } finally {
    other.close();
  }
});

test('a plan from a newer version gets the full problem view and is left alone', async ({
  page,
  shell,
}) => {
  const newer = join(shell.dir, 'From next year.ks4');
  copyFileSync(demoPlan(shell, 'original.ks4'), newer);
  const db = new Database(newer);
  db.pragma('user_version = 99');
  db.close();
  const before = sha256(newer);

  await openThroughDialog(page, shell, newer);
  const view = page.getByRole('main', { name: 'Made by a newer version of KS4 Planner' });
  await expect(view).toBeVisible();
  await expect(view).toContainText('From next year.ks4 was saved by a newer version');
  await expect(view).toContainText('plan format 99');
  await expect(view.getByRole('heading', { name: 'Your data' })).toBeVisible();
  await expect(view).toContainText('Nothing was changed.');
  await expect(view.getByRole('heading', { name: 'What you can do' })).toBeVisible();
  await expect(view).toContainText('Update KS4 Planner');
  await expect(page.getByRole('button', { name: 'Open another plan…' })).toBeEnabled();
  await snap(page, 'documents-03-problem-newer-version');
  expect(sha256(newer)).toBe(before);

  await page.getByRole('button', { name: 'Back to the start screen' }).click();
  await expect(startHeading(page)).toBeVisible();
});

test('a damaged plan gets the problem view, and Open another plan carries on from there', async ({
  page,
  shell,
}) => {
  const damaged = join(shell.dir, 'Damaged.ks4');
  const db = openPlanFile(damaged, { create: true });
  const insert = db.prepare('INSERT INTO plan_settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 2000; i++) insert.run(`key${i}`, 'x'.repeat(200));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = readFileSync(damaged);
  bytes.fill(0xa5, 4096 * 3, bytes.length - 4096);
  writeFileSync(damaged, bytes);
  const before = sha256(damaged);

  await openThroughDialog(page, shell, damaged);
  const view = page.getByRole('main', { name: 'The plan file is damaged' });
  await expect(view).toContainText('Damaged.ks4 is damaged');
  await expect(view).toContainText('Open a copy of the plan you saved earlier');
  await snap(page, 'documents-04-problem-damaged');
  expect(sha256(damaged)).toBe(before);

  shell.answerNextOpen(demoPlan(shell, 'Good plan.ks4'));
  await view.getByRole('button', { name: 'Open another plan…' }).click();
  await expect(planHeading(page, 'Good plan.ks4')).toBeVisible();
});

test('the File menu runs the same actions; a plan open elsewhere gets the problem view', async ({
  page,
  shell,
}) => {
  await installFakeMenu(page);
  const mine = demoPlan(shell, 'Mine.ks4');
  const theirs = demoPlan(shell, 'Shared drive plan.ks4', 20, 5);
  await openThroughDialog(page, shell, mine);
  await expect(planHeading(page, 'Mine.ks4')).toBeVisible();

  // Another program has their plan open: opening it from the menu explains, and changes nothing.
  const other = openPlanFile(theirs, { exclusive: true });
  shell.answerNextOpen(theirs);
  await chooseMenuItem(page, { name: 'open-plan' });
  const view = page.getByRole('main', { name: 'The plan file is in use' });
  await expect(view).toContainText(
    'Shared drive plan.ks4 is open in another KS4 Planner window or program. Close it there first.',
  );
  await expect(view).toContainText('Nothing was changed.');
  await snap(page, 'documents-05-problem-busy');
  await view.getByRole('button', { name: 'Back to Mine.ks4' }).click();
  await expect(planHeading(page, 'Mine.ks4')).toBeVisible();
  other.close();

  // Once it is free it opens; opening the plan already open here just shows it again.
  for (let attempt = 0; attempt < 2; attempt++) {
    shell.answerNextOpen(theirs);
    await chooseMenuItem(page, { name: 'open-plan' });
    await expect(planHeading(page, 'Shared drive plan.ks4')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toHaveCount(0);

  shell.answerNextCopy(join(shell.dir, 'Theirs, kept'));
  await chooseMenuItem(page, { name: 'save-copy' });
  await expect(page.getByRole('status').filter({ hasText: 'Saved a copy' })).toContainText(
    'Saved a copy as Theirs, kept.ks4',
  );
  await chooseMenuItem(page, { name: 'close-plan' });
  await expect(startHeading(page)).toBeVisible();
  expect(pupilsIn(theirs)).toBe(20);
  expect(pupilsIn(join(shell.dir, 'Theirs, kept.ks4'))).toBe(20);

  shell.answerNextCreate(join(shell.dir, 'From the menu'));
  await chooseMenuItem(page, { name: 'new-plan' });
  await expect(planHeading(page, 'From the menu.ks4')).toBeVisible();
});
