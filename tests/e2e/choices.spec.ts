import type { Page } from '@playwright/test';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { pupilDisplayName, type Pupil } from '../../src/core/model';
import {
  readChoices,
  readCourses,
  readPupils,
  replaceChoices,
  upsertCourses,
} from '../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };
const DEMO_FILE = 'Demo plan (240 pupils, seed 1).ks4';

interface DemoCohort {
  names: Map<string, string>;
  pupils: Pupil[];
  choices: Map<string, string[]>;
}

/**
 * Writes the demo plan where the app will find it (it reuses an existing demo file) and reads
 * what the screen should show from it before the app opens it: an open plan is locked.
 */
function prepareDemo(shell: TestShell, change?: (db: PlanDatabase) => void): DemoCohort {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  const db = openPlanFile(path, { readonly: change === undefined });
  try {
    if (change) db.transaction(() => change(db))();
    return {
      names: new Map(readCourses(db).map((course) => [course.code, course.name])),
      pupils: readPupils(db),
      choices: new Map(readChoices(db).map((list) => [list.upn, list.choices])),
    };
  } finally {
    db.close();
  }
}

/** The pupils who chose both courses, in the order the panel lists them (by surname). */
function pupilsChoosingBoth(cohort: DemoCohort, first: string, second: string) {
  return cohort.pupils
    .filter((pupil) => {
      const choices = cohort.choices.get(pupil.upn) ?? [];
      return choices.includes(first) && choices.includes(second);
    })
    .map((pupil) => ({ name: pupilDisplayName(pupil), upn: pupil.upn }));
}

async function openChoices(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', {
      name: 'Choices analysis',
    })
    .click();
}

async function expectPanelLists(
  page: Page,
  expected: { name: string; upn: string }[],
): Promise<void> {
  const panel = page.getByRole('complementary');
  await expect(panel.locator('.pair-count')).toHaveText(`${expected.length} pupils`);
  await expect(panel.locator('.pair-name')).toHaveText(expected.map((pupil) => pupil.name));
  await expect(panel.locator('.pair-upn')).toHaveText(expected.map((pupil) => pupil.upn));
}

test('shows demand per course as a chart, with the same figures as a table', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  await openChoices(page);
  const chart = page.getByRole('figure', { name: 'Demand per course, as a bar chart' });
  await expect(chart).toBeVisible();
  const { names } = cohort;
  // One stack of choices per course, with every course named on the axis.
  await expect(chart.locator('.recharts-yAxis .recharts-cartesian-axis-tick')).toHaveCount(
    names.size,
  );
  await expect(chart.getByText('French', { exact: true })).toBeVisible();
  await snap(page, 'choices-01-demand-chart');

  await page.getByRole('button', { name: 'Show as a table' }).click();
  const table = page.getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(names.size);
  await expect(table.getByRole('rowheader', { name: 'French', exact: true })).toBeVisible();
});

test('the clash matrix lists exactly the pupils who chose both courses of a cell', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  await openChoices(page);
  await page.getByRole('button', { name: 'Clash matrix' }).click();
  const grid = page.getByRole('grid', { name: /Clash matrix/ });
  await expect(grid).toBeVisible();
  await snap(page, 'choices-02-matrix');

  const frenchAndHistory = pupilsChoosingBoth(cohort, 'Fr', 'Hi');
  expect(frenchAndHistory.length).toBeGreaterThan(1);
  const cell = grid.getByRole('gridcell', { name: /^French and History: \d+ pupils chose both$/ });
  await expect(cell).toHaveText(String(frenchAndHistory.length));
  await cell.click();
  await expect(
    page.getByRole('heading', { name: 'Pupils choosing French and History' }),
  ).toBeVisible();
  await expectPanelLists(page, frenchAndHistory);
  await expect(cell).toHaveAttribute('aria-selected', 'true');
  await snap(page, 'choices-03-pupils-panel');

  // From the keyboard: down one row and right one column from the chosen cell, then Enter.
  const rowCodes = await grid.locator('tbody th').allTextContents();
  const row = rowCodes.indexOf('Fr');
  const column = (await grid.locator('thead th').allTextContents()).indexOf('Hi');
  const [first, second] = [rowCodes[row + 1] ?? '', rowCodes[column + 1] ?? ''];
  await cell.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const { names } = cohort;
  const target = grid.locator(`[data-row="${row + 1}"][data-col="${column + 1}"]`);
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  const heading =
    first === second
      ? `Pupils choosing ${names.get(first)}`
      : `Pupils choosing ${names.get(first)} and ${names.get(second)}`;
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await expectPanelLists(page, pupilsChoosingBoth(cohort, first, second));
});

test('the diagonal lists everyone who chose the course', async ({ page, shell }) => {
  const cohort = prepareDemo(shell);
  await openChoices(page);
  await page.getByRole('button', { name: 'Clash matrix' }).click();
  const expected = pupilsChoosingBoth(cohort, 'La', 'La');
  const cell = page.getByRole('gridcell', { name: `Latin: ${expected.length} pupils chose it` });
  await cell.click();
  await expect(page.getByRole('heading', { name: 'Pupils choosing Latin' })).toBeVisible();
  await expectPanelLists(page, expected);
});

test('a plan of 40 courses: the matrix scrolls in its panel and keeps its headers in view', async ({
  page,
  shell,
}) => {
  // Twelve more courses, each chosen by one pupil in twelve as an extra choice.
  const extra = Array.from({ length: 12 }, (_, i) => `Opt${String(i + 1).padStart(2, '0')}`);
  const cohort = prepareDemo(shell, (db) => {
    upsertCourses(
      db,
      extra.map((code, i) => ({
        code,
        name: `Enrichment option ${i + 1}`,
        maxGroupSize: 25,
        minGroupSize: 5,
        groups: null,
        blocksSpanned: 1,
        allowedBlocks: [],
        qualification: 'Other',
        category: 'enrichment',
      })),
    );
    replaceChoices(
      db,
      readChoices(db).map((list, i) => ({
        ...list,
        choices: [...list.choices, extra[i % extra.length] ?? ''],
      })),
    );
  });
  expect(cohort.names.size).toBe(40);
  await openChoices(page);
  await page.getByRole('button', { name: 'Clash matrix' }).click();
  const grid = page.getByRole('grid', { name: /Clash matrix/ });
  await expect(grid.locator('tbody tr')).toHaveCount(40);

  // The far corner, reached from the keyboard, scrolls into view below and beside the headers.
  const first = grid.locator('[data-row="0"][data-col="0"]');
  await first.focus();
  await page.keyboard.press('End');
  for (let row = 0; row < 39; row += 1) await page.keyboard.press('ArrowDown');
  const corner = grid.locator('[data-row="39"][data-col="39"]');
  await expect(corner).toBeFocused();
  await expect(corner).toBeInViewport();
  const lastCode = (await grid.locator('tbody th').last().textContent()) ?? '';
  await expect(grid.locator('thead th').last()).toHaveText(lastCode);
  await expect(grid.locator('thead th').last()).toBeInViewport();
  await expect(grid.locator('tbody th').last()).toBeInViewport();
  const box = await page.locator('.matrix-scroll').boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(768);
  await page.keyboard.press('Enter');
  const expected = pupilsChoosingBoth(cohort, lastCode, lastCode);
  await expectPanelLists(page, expected);
  await snap(page, 'choices-04-forty-courses');
});
