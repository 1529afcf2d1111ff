import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { solve } from '../../src/core/solver';
import { readCohort, readPupils, upsertPupils } from '../../src/data/plan/cohort-repository';
import { readPathwayDecisions } from '../../src/data/plan/pathway-decision-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { saveScenario } from '../../src/data/plan/scenario-repository';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };
const DEMO_FILE = 'Demo plan (240 pupils, seed 1).ks4';
const SUPPORTED_STUDIES = 'Supported Studies (literacy & numeracy)';

/** Writes the demo plan where the app finds it, changed first if asked (before the app locks it). */
function prepareDemo(shell: TestShell, change?: (db: PlanDatabase) => void): string {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  if (change) {
    const db = openPlanFile(path);
    try {
      db.transaction(() => change(db))();
    } finally {
      db.close();
    }
  }
  return path;
}

async function openPathways(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Pathways' })
    .click();
}

async function showSection(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Pathways sections' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
}

test('shows the starter routes with their rules in words and refuses a contradictory rule', async ({
  page,
  shell,
}) => {
  prepareDemo(shell);
  await openPathways(page);
  for (const name of ['EBacc route', 'Open route', 'Supported route']) {
    await expect(
      page.getByRole('heading', { level: 3, name: new RegExp(`^${name}`) }),
    ).toBeVisible();
  }
  const supported = page.getByRole('article', { name: /^Supported route/ });
  await expect(supported.getByRole('listitem')).toHaveText([
    `A pupil on this route must include ${SUPPORTED_STUDIES}.`,
  ]);
  await expect(supported).toContainText('Meant for pupils with low prior attainment.');
  await expect(page.getByRole('article', { name: /^EBacc route/ })).toContainText(
    'A pupil on this route must choose at least one language (',
  );
  await snap(page, 'pathways-01-routes');

  await page.getByRole('button', { name: 'Check the choice form' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Checked at/ })).toContainText(
    'every route can be met by some set of choices',
  );

  await supported.getByRole('button', { name: 'Edit Supported route' }).click();
  await expect(page.getByRole('heading', { name: 'Edit the Supported route' })).toBeFocused();
  await page.getByRole('button', { name: 'Add a rule' }).click();
  const rule = page.getByRole('group', { name: 'Rule 2', exact: true });
  await rule.getByLabel('Kind').selectOption({ label: 'Cannot choose' });
  await rule.getByLabel('From').selectOption({ label: 'courses I pick' });
  await rule.getByLabel(SUPPORTED_STUDIES).check();
  await expect(rule).toContainText(
    `Reads: a pupil on this route cannot choose ${SUPPORTED_STUDIES}.`,
  );
  const problems = page.locator('.editor-check');
  await expect(problems).toContainText('No pupil could satisfy this');
  await expect(problems).toContainText(
    `Supported route: "must include ${SUPPORTED_STUDIES}" and "cannot choose ${SUPPORTED_STUDIES}" contradict each other.`,
  );
  await snap(page, 'pathways-02-contradiction');

  await page.getByRole('button', { name: 'Save the route' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Supported route (SUPPORTED) was not saved: no pupil could satisfy its rules.',
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(supported.getByRole('listitem')).toHaveCount(1);

  // A new route of the school's own, built from the form.
  await page.getByRole('button', { name: 'Add a route' }).click();
  await page.getByLabel('Code').fill('VOC');
  await page.getByLabel('Name').fill('Vocational route');
  await page.getByLabel('Middle prior attainment').check();
  await page.getByRole('button', { name: 'Add a rule' }).click();
  const newRule = page.getByRole('group', { name: 'Rule 1', exact: true });
  await newRule.getByLabel('Kind').selectOption({ label: 'Must choose at least' });
  await newRule.getByLabel('How many').fill('2');
  await newRule.getByLabel('Category', { exact: true }).selectOption('vocational');
  await expect(page.locator('.editor-ok')).toContainText(
    'A pupil could meet every rule of this route: fills 4 option slots',
  );
  await page.getByRole('button', { name: 'Save the route' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toHaveText(
    'Saved the Vocational route.',
  );
  const vocational = page.getByRole('article', { name: /^Vocational route/ });
  await expect(vocational).toContainText('Meant for pupils with middle prior attainment.');
  await expect(vocational.getByRole('listitem')).toHaveText([
    /^A pupil on this route must choose at least 2 vocational courses \(/,
  ]);
});

test('imports a pathways file, shows the problems of its rules, and exports the routes', async ({
  page,
  shell,
  planDir,
}) => {
  prepareDemo(shell);
  const routes = join(planDir, 'Languages route.json');
  writeFileSync(
    routes,
    JSON.stringify({
      format: 'ks4-planner-pathways',
      version: 1,
      pathways: [
        {
          code: 'LANG',
          name: 'Two languages route',
          optionCount: 4,
          rules: [
            { kind: 'at-least', count: 2, from: { kind: 'category', category: 'language' } },
            { kind: 'at-most', count: 1, from: { kind: 'category', category: 'language' } },
          ],
        },
      ],
    }),
  );
  await openPathways(page);
  shell.answerNextPathwaysOpen(routes);
  await page.getByRole('button', { name: 'Import a pathways file…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toHaveText(
    'Imported Languages route.json: 1 route added, 0 replaced.',
  );
  const panel = page.getByRole('region', { name: "Problems with the routes' rules" });
  await expect(panel).toContainText('No pupil could satisfy this');
  await expect(panel).toContainText('Two languages route:');
  await expect(page.getByRole('article', { name: /^Two languages route/ })).toContainText(
    'This route has a problem to fix',
  );
  await snap(page, 'pathways-09-rule-problems');

  const exported = join(planDir, 'Our routes.json');
  shell.answerNextPathwaysSave(exported);
  await page.getByRole('button', { name: 'Export the routes…' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Wrote/ })).toHaveText(
    'Wrote 4 routes to Our routes.json.',
  );
  const file = JSON.parse(readFileSync(exported, 'utf8')) as { pathways: { code: string }[] };
  expect(file.pathways.map((pathway) => pathway.code)).toEqual([
    'EBACC',
    'OPEN',
    'SUPPORTED',
    'LANG',
  ]);
});

test('recommends a route for everyone and saves an override with its reason', async ({
  page,
  shell,
}) => {
  const path = prepareDemo(shell);
  await openPathways(page);
  await showSection(page, 'Recommendations');
  await expect(page.getByText('No routes have been recommended yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Recommend for everyone' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Recommended a route for/ }),
  ).toContainText('Recommended a route for 240 pupils');
  await snap(page, 'pathways-03-recommendations');

  const firstRow = page.locator('.decisions-table tbody tr').first();
  const name = (
    await firstRow
      .locator('th')
      .first()
      .evaluate((cell) => cell.firstChild?.textContent ?? '')
  ).trim();
  await page.getByRole('button', { name: `Choose another route for ${name}` }).click();
  const form = page.getByRole('form', { name: `Choose a route for ${name}` });
  await form.getByLabel('Route').selectOption({ label: 'EBacc route' });
  const agree = form.getByRole('button', { name: 'Agree this route' });
  await expect(agree).toBeDisabled();
  await form
    .getByLabel('Reason (required)')
    .fill('Keen linguist; agreed with her parents at the options evening.');
  await snap(page, 'pathways-04-override');
  await agree.click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Agreed', exact: true }).click();
  const agreedRow = page.getByRole('row', { name: new RegExp(name) });
  await expect(agreedRow).toContainText('Chosen instead of the recommendation');
  await expect(agreedRow).toContainText('Reason: Keen linguist; agreed with her parents');

  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeVisible();
  const db = openPlanFile(path, { readonly: true });
  try {
    const saved = readPathwayDecisions(db).find((row) => row.name === name);
    expect(saved?.agreedPathway).toBe('EBACC');
    expect(saved?.decision).toMatchObject({
      kind: 'overridden',
      pathway: 'EBACC',
      reason: 'Keen linguist; agreed with her parents at the options evening.',
    });
  } finally {
    db.close();
  }
});

test('lists pupils whose choices break their route, by route', async ({ page, shell }) => {
  // Everyone on the supported route, so pupils who did not choose Supported Studies break it.
  prepareDemo(shell, (db) =>
    upsertPupils(
      db,
      readPupils(db).map((pupil) => ({ ...pupil, pathway: 'SUPPORTED' })),
    ),
  );
  await openPathways(page);
  await showSection(page, 'Choices against routes');
  const group = page.getByRole('region', { name: /^Supported route/ });
  await expect(
    group.getByRole('cell', { name: `Must include ${SUPPORTED_STUDIES}` }).first(),
  ).toBeVisible();
  await page.getByRole('combobox', { name: 'Route' }).selectOption({ label: 'Supported route' });
  await expect(page.getByRole('region', { name: /^EBacc route/ })).toHaveCount(0);
  await snap(page, 'pathways-05-choices');
});

test('the fairness report flags disadvantaged pupils put on the supported route', async ({
  page,
  shell,
}) => {
  // Whatever their prior attainment, disadvantaged pupils on the supported route, the rest open.
  // Blocks built and saved as a scenario, so the report shows how they served each group.
  prepareDemo(shell, (db) => {
    upsertPupils(
      db,
      readPupils(db).map((pupil) => ({
        ...pupil,
        pathway: pupil.disadvantaged ? 'SUPPORTED' : 'OPEN',
      })),
    );
    const result = solve(readCohort(db), { seed: 1, maxIterations: 200, timeLimitMs: 10_000 });
    saveScenario(db, {
      name: 'First try',
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
      now: new Date('2026-11-20T10:00:00Z'),
    });
  });
  await openPathways(page);
  await showSection(page, 'Fairness report');
  const firstFlag = page.locator('.fairness-flag').first();
  await expect(firstFlag.locator('.badge')).toHaveText('Concern');
  await expect(firstFlag).toContainText(/disadvantaged/i);
  await expect(firstFlag.getByRole('table')).toBeVisible();
  await expect(
    page.getByText('places from the blocks of "First try" (the latest scenario)'),
  ).toBeVisible();
  await snap(page, 'pathways-06-fairness-flags');

  const chart = page.getByRole('figure', { name: /^Disadvantaged: the share of each group/ });
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await chart.getByText('The figures as a table').click();
  await expect(chart.getByRole('rowheader', { name: 'Disadvantaged', exact: true })).toBeVisible();
  const served = page.getByRole('figure', { name: /^Disadvantaged: how the blocks built served/ });
  await expect(served.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await served.getByText('The figures as a table').click();
  await expect(served.getByRole('columnheader', { name: 'First choice met' })).toBeVisible();
  await served.scrollIntoViewIfNeeded();
  await snap(page, 'pathways-07a-fairness-satisfaction');
  await page.getByRole('button', { name: 'Prior attainment', exact: true }).click();
  const byBand = page.getByRole('figure', { name: /^Prior attainment: the share/ });
  await expect(byBand.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await byBand.scrollIntoViewIfNeeded();
  await snap(page, 'pathways-07-fairness-charts');

  const gap = page.getByLabel('Gap in lower routes (percentage points)');
  await expect(gap).toHaveValue('15');
  await expect(
    page.getByText(/^A gap of 15 percentage points or more between a group/),
  ).toBeVisible();
  await gap.fill('20');
  await page.getByRole('button', { name: 'Save the thresholds' }).click();
  await expect(page.getByText('Saved; the report above uses them.')).toBeVisible();
  await expect(page.getByText(/^A gap of 20 percentage points or more/)).toBeVisible();
  await snap(page, 'pathways-08-fairness-settings');

  // A school that also wants high prior attainers to keep a separate science adds the check.
  await expect(page.locator('.fairness-flag', { hasText: 'Triple Science' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add a progression check' }).click();
  const check = page.getByRole('group', { name: 'Check 2' });
  await check.getByLabel('Category').selectOption('science');
  await check.getByLabel('Called in the report').fill('a separate science');
  await page.getByRole('button', { name: 'Save the thresholds' }).click();
  await expect(page.getByText('Saved; the report above uses them.')).toBeVisible();
  await expect(
    page.locator('.fairness-flag', {
      hasText: /pupils with high prior attainment have no separate science/,
    }),
  ).toHaveCount(1);
  await page.getByRole('group', { name: 'Check 2' }).scrollIntoViewIfNeeded();
  await snap(page, 'pathways-08b-progression-checks');
});

test('says why the pathways cannot be shown when a route was broken by hand in the file', async ({
  page,
  shell,
}) => {
  prepareDemo(shell, (db) => {
    db.prepare(
      `UPDATE pathways SET rules_json = '[{"kind": "at-least", "count": "two"}]' WHERE code = 'OPEN'`,
    ).run();
  });
  await openPathways(page);
  const screen = page.getByRole('main', { name: 'Pathways' });
  await expect(screen.getByRole('alert')).toContainText('The pathways could not be shown:');
  await expect(screen.getByRole('alert')).toContainText('OPEN');
  await snap(page, 'pathways-10-unreadable-rules');
  await expect(page.getByText('Loading the pathways…')).toHaveCount(0);
});
