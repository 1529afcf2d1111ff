import { join } from 'node:path';
import type { ScenarioSummaryView } from '../../src/shared/api';
import { expect, snap, test } from './harness';
import type { Page } from '@playwright/test';

async function openDemo(page: Page, pupils: number): Promise<void> {
  await page.getByLabel('Pupils').fill(String(pupils));
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Demo plan/ })).toBeVisible();
}

async function scenariosOf(page: Page): Promise<ScenarioSummaryView[]> {
  return page.evaluate(async () => {
    const result = await window.planner?.listScenarios();
    if (!result?.ok) throw new Error('listScenarios failed');
    return result.value;
  });
}

test('builds blocks in the background with progress, and a cancel keeps the best so far', async ({
  page,
}) => {
  await openDemo(page, 240);
  const panel = page.getByRole('region', { name: 'Option blocks' });
  await panel.getByLabel('Search for').selectOption('120');
  await panel.getByRole('button', { name: 'Build blocks' }).click();

  // The page stays live while the worker searches: progress arrives by polling.
  await expect(panel.getByRole('status')).toContainText(/Best so far: \d+ of 240 pupils/);
  await expect(panel.getByRole('progressbar')).toBeVisible();
  await expect(panel.getByLabel('Search for')).toBeDisabled();
  await snap(page, '03-solve-running');

  await panel.getByRole('button', { name: 'Cancel' }).click();
  const done = panel.getByRole('status');
  await expect(done).toContainText('Saved as scenario “Solver run ');
  await expect(done).toContainText('The search stopped because you cancelled it');
  await expect(panel.getByRole('button', { name: 'Build blocks' })).toBeEnabled();
  await snap(page, '03b-solve-cancelled');

  const scenarios = await scenariosOf(page);
  expect(scenarios).toHaveLength(1);
  expect(scenarios[0]?.metrics?.pupils).toBe(240);
  await expect(done).toContainText(`“${scenarios[0]?.name}”`);
});

test('a run left to finish is saved, and each run gets its own scenario', async ({ page }) => {
  await openDemo(page, 60);
  const panel = page.getByRole('region', { name: 'Option blocks' });
  await panel.getByLabel('Search for').selectOption('5');
  for (let run = 1; run <= 2; run += 1) {
    await panel.getByRole('button', { name: 'Build blocks' }).click();
    // Running first, so the previous run's message cannot pass for this one's.
    await expect(panel.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await expect(panel.getByRole('status')).toContainText('Saved as scenario', {
      timeout: 15_000,
    });
    await expect(panel.getByRole('status')).toContainText(/\d+ of 60 pupils get all their choices/);
  }
  const names = (await scenariosOf(page)).map((scenario) => scenario.name);
  expect(names).toHaveLength(2);
  expect(new Set(names).size).toBe(2);
});

test('an empty plan cannot build blocks and says why', async ({ page, shell }) => {
  shell.answerNextCreate(join(shell.dir, 'Empty'));
  await page.getByRole('button', { name: 'New plan…' }).click();
  const panel = page.getByRole('region', { name: 'Option blocks' });
  await expect(panel.getByRole('button', { name: 'Build blocks' })).toBeDisabled();
  await expect(panel).toContainText('Import the pupils’ choices before building blocks.');
  // The API refuses too, whatever the page shows.
  const refused = await page.evaluate(() =>
    window.planner?.startSolve({ timeLimitSeconds: 1, seed: 1 }),
  );
  expect(refused).toMatchObject({ ok: false, error: { code: 'cannot-solve' } });
});
