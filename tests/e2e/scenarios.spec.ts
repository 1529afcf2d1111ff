import type { Locator, Page } from '@playwright/test';
import { pupilDisplayName } from '../../src/core/model';
import { solve } from '../../src/core/solver';
import type { Solution } from '../../src/core/solver/types';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../src/data/plan/scenario-repository';
import type { ScenarioComparisonView } from '../../src/shared/contract/scenarios';
import { fullySatisfiedCount } from '../helpers/check-layout';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };
const DEMO_FILE = 'Demo plan (240 pupils, seed 1).ks4';
const BASE = 'Spring layout';
const LATIN = { code: 'La', name: 'Latin' };
const WHAT_IF = 'What if: Latin is not offered';

interface SolvedDemo {
  path: string;
  /** The names of the pupils who chose Latin, read before the page locks the plan. */
  choseLatin: string[];
  /** One of them, to change their choices in a what-if. */
  latinPupil: { name: string; upn: string };
  /** A teacher the plan has, whose code a new teacher cannot take. */
  teacher: { name: string; code: string };
}

/** Writes the demo plan where the app finds it, with the blocks built as the one scenario. */
function prepareSolvedDemo(shell: TestShell): SolvedDemo {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  const db = openPlanFile(path);
  try {
    const cohort = readSolverCohort(db);
    const result = solve(cohort, { seed: 1, maxIterations: 400 });
    db.transaction(() =>
      saveScenario(db, {
        name: BASE,
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
      }),
    )();
    const latinPupils = cohort.choices
      .filter((list) => list.choices.includes(LATIN.code))
      .map((list) => cohort.pupils.find((pupil) => pupil.upn === list.upn))
      .filter((pupil) => pupil !== undefined);
    const [first] = latinPupils;
    const [teacher] = cohort.staff;
    if (!first || !teacher) throw new Error('The demo plan has no Latin pupils or no staff.');
    return {
      path,
      choseLatin: latinPupils.map(pupilDisplayName),
      latinPupil: { name: pupilDisplayName(first), upn: first.upn },
      teacher: { name: teacher.name, code: teacher.code },
    };
  } finally {
    db.close();
  }
}

/**
 * Pupils with all the choices they made (the plan's, not cut down by the scenario's what-ifs)
 * in a saved scenario, counted plainly from its places.
 */
function countFullySatisfied(path: string, scenario: string): number {
  const db = openPlanFile(path);
  try {
    const stored = readScenario(db, scenario);
    if (!stored) throw new Error(`The plan has no scenario called ${scenario}.`);
    return fullySatisfiedCount(
      readSolverCohort(db),
      stored.solution.groups,
      allocationOf(stored.solution),
    );
  } finally {
    db.close();
  }
}

function allocationOf(solution: Solution): { upn: string; groups: string[] }[] {
  const byPupil = new Map<string, string[]>();
  for (const place of solution.placements) {
    byPupil.set(place.upn, [...(byPupil.get(place.upn) ?? []), place.group]);
  }
  return [...byPupil].map(([upn, groups]) => ({ upn, groups }));
}

async function openScenarios(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Scenarios' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Scenarios' })).toBeVisible();
}

function card(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** The cell of a table row (found by its heading) in the given column, counted from 0. */
function cellOf(table: Locator, rowName: string | RegExp, column: number): Locator {
  return table.getByRole('row', { name: rowName }).getByRole('cell').nth(column);
}

test('drops Latin as a what-if, builds it, and shows who loses Latin against the original', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  const demo = prepareSolvedDemo(shell);
  expect(demo.choseLatin.length).toBeGreaterThan(0);
  await openScenarios(page);
  const base = card(page, BASE);
  await expect(base).toContainText('None: the plan as it stands.');
  await snap(page, 'scenarios-01-list');

  await page.getByRole('button', { name: 'What if…' }).click();
  await expect(page.getByLabel('Start from')).toHaveValue(BASE);
  const addChange = page.getByRole('form', { name: 'Add a change' });
  await addChange.getByLabel('Course').selectOption(LATIN.code);
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  const changes = page.getByRole('list', { name: 'Changes' });
  await expect(changes.getByRole('listitem')).toHaveText([/^Latin is not offered/]);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(WHAT_IF);

  // A change that cannot follow the first is named as a problem, and Create refuses it.
  await addChange
    .getByLabel('Kind of change')
    .selectOption({ label: 'Set a course’s number of groups' });
  await addChange.getByLabel('Course').selectOption(LATIN.code);
  await addChange.getByLabel('Number of groups').fill('2');
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  await expect(changes.getByRole('listitem')).toHaveCount(2);
  const problems = page.locator('.what-if-problems');
  await expect(problems).toContainText('Latin');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(
    'What if: Latin is not offered and 1 more change',
  );
  await snap(page, 'scenarios-02-what-if-problem');
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'cannot be made as they stand' }),
  ).toBeVisible();

  await changes.getByRole('button', { name: /^Remove “Latin runs/ }).click();
  await expect(problems).toHaveCount(0);
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(WHAT_IF);
  await expect(page.getByLabel('Build blocks now')).toBeChecked();
  await page.getByLabel('Search for').selectOption('5');
  await page.getByRole('button', { name: 'Create' }).click();

  const notice = page.locator('.scenario-notice');
  await expect(notice).toContainText(`Created “${WHAT_IF}” from “${BASE}” and built its blocks`, {
    timeout: 60_000,
  });
  const whatIf = card(page, WHAT_IF);
  await expect(whatIf.getByRole('listitem')).toHaveText(['Latin is not offered']);
  await expect(whatIf).not.toContainText('Needs building again');

  await notice.getByRole('button', { name: `Compare with “${BASE}”` }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Comparing 2 scenarios' }),
  ).toBeVisible();
  const comparison = await page.evaluate(
    async ([baseline, other]) => {
      const result = await window.planner?.compareScenarios({ names: [baseline, other] });
      if (!result?.ok) throw new Error('compareScenarios failed');
      return result.value;
    },
    [BASE, WHAT_IF] as const,
  );
  await checkFigures(page, comparison);
  await snap(page, 'scenarios-03-compare');
  await page
    .getByRole('heading', { name: 'Who gains and who loses' })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await snap(page, 'scenarios-03b-compare-gains-and-groups');

  const pupils = page.getByRole('region', { name: 'Pupils whose courses change' });
  await pupils.getByLabel('Only pupils who lose a course').check();
  await pupils.getByLabel('Find').fill('Latin');
  const showAll = pupils.getByRole('button', { name: /^Show all/ });
  if (await showAll.isVisible()) await showAll.click();
  const rows = pupils.getByRole('table').getByRole('row').filter({ hasText: 'Loses' });
  await expect(rows).toHaveCount(demo.choseLatin.length);
  const listed = await rows.getByRole('rowheader').allTextContents();
  expect(listed.toSorted()).toEqual(demo.choseLatin.toSorted());
  for (const row of await rows.all()) await expect(row).toContainText(/Loses [^\n]*Latin/);
  await pupils.scrollIntoViewIfNeeded();
  await snap(page, 'scenarios-04-compare-pupils');

  // The figures are the plan's own: counted again from the saved places once it is closed.
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeVisible();
  const [baseFigures, whatIfFigures] = comparison.scenarios;
  expect(baseFigures?.fullySatisfied).toBe(countFullySatisfied(demo.path, BASE));
  expect(whatIfFigures?.fullySatisfied).toBe(countFullySatisfied(demo.path, WHAT_IF));
});

/** Every figure in the table is the comparison's, with the difference from the baseline. */
async function checkFigures(page: Page, comparison: ScenarioComparisonView): Promise<void> {
  const table = page.getByRole('region', { name: 'Figures' }).getByRole('table');
  const [baseline, other] = comparison.scenarios;
  if (!baseline || !other) throw new Error('The comparison has fewer than two scenarios.');
  await expect(cellOf(table, /^Pupils with all their choices/, 0)).toHaveText(
    `${baseline.fullySatisfied} of ${baseline.pupils}`,
  );
  const difference = other.fullySatisfied - baseline.fullySatisfied;
  const sign = difference > 0 ? `+${difference}` : difference < 0 ? `−${-difference}` : 'no change';
  await expect(cellOf(table, /^Pupils with all their choices/, 1)).toContainText(
    `${other.fullySatisfied} of ${other.pupils} ${sign}`,
  );
  await expect(cellOf(table, /^Pupils unresolved/, 1)).toContainText(String(other.unresolved));
  await expect(cellOf(table, /^Teaching groups/, 0)).toHaveText(String(baseline.groups));
  await expect(cellOf(table, /^Teaching groups/, 1)).toContainText(String(other.groups));
}

test('rebuilds, copies, renames, deletes with undo and agrees a scenario', async ({
  page,
  shell,
}) => {
  test.setTimeout(90_000);
  prepareSolvedDemo(shell);
  await openScenarios(page);

  // What-ifs changed behind the layout: the card says so until the blocks are built again.
  await page.evaluate(
    (name) =>
      window.planner?.setWhatIfs({ name, whatIfs: [{ kind: 'drop-course', course: 'La' }] }),
    BASE,
  );
  await card(page, BASE).getByRole('button', { name: 'Duplicate' }).click();
  const copy = card(page, `${BASE} (copy)`);
  await expect(copy).toBeVisible();
  await expect(copy.getByRole('heading', { name: `${BASE} (copy)` })).toBeFocused();
  await expect(card(page, BASE)).toContainText('Needs building again');
  await expect(card(page, BASE).getByRole('listitem')).toHaveText(['Latin is not offered']);
  await page.getByLabel('Search for').selectOption('5');
  await card(page, BASE).getByRole('button', { name: 'Build the blocks again' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Building the blocks for “${BASE}”` }),
  ).toBeVisible();
  await expect(card(page, BASE).getByRole('button', { name: 'Delete' })).toBeDisabled();
  await expect(card(page, BASE)).not.toContainText('Needs building again', { timeout: 30_000 });
  await expect(card(page, BASE).getByRole('button', { name: 'Delete' })).toBeEnabled();

  // Rename: a name already taken is refused before anything is sent.
  await copy.getByRole('button', { name: 'Rename' }).click();
  const field = page.getByRole('textbox', { name: `New name for ${BASE} (copy)` });
  await field.fill(BASE);
  await expect(page.getByRole('alert')).toHaveText(`There is already a scenario called “${BASE}”.`);
  await field.fill('Two PE groups');
  await field.press('Enter');
  const renamed = card(page, 'Two PE groups');
  await expect(renamed).toBeVisible();
  await expect(renamed.getByRole('heading', { name: 'Two PE groups' })).toBeFocused();
  await expect(card(page, `${BASE} (copy)`)).toHaveCount(0);

  await renamed.getByRole('button', { name: 'Delete' }).click();
  const notice = page.locator('.scenario-notice');
  await expect(notice).toContainText('Deleted “Two PE groups”.');
  await expect(renamed).toHaveCount(0);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(notice).toContainText('Restored “Two PE groups”.');
  await expect(card(page, 'Two PE groups')).toBeVisible();

  await expect(page.getByText('Agreed plan', { exact: true })).toHaveCount(0);
  await card(page, 'Two PE groups').getByRole('button', { name: 'Make the agreed plan' }).click();
  await expect(card(page, 'Two PE groups').getByText('Agreed plan', { exact: true })).toBeVisible();
  await expect(
    card(page, 'Two PE groups').getByRole('button', { name: 'Make the agreed plan' }),
  ).toHaveCount(0);
  await expect(card(page, BASE).getByText('Agreed plan', { exact: true })).toHaveCount(0);

  const agreed = await page.evaluate(async () => {
    const result = await window.planner?.getScenarios();
    if (!result?.ok) throw new Error('getScenarios failed');
    return result.value.scenarios.filter((scenario) => scenario.isAgreed).map((s) => s.name);
  });
  expect(agreed).toEqual(['Two PE groups']);

  // Ticking two scenarios offers Compare; the first ticked is the baseline.
  await page.getByRole('checkbox', { name: `Compare ${BASE}` }).check();
  await expect(page.getByRole('button', { name: 'Compare (1)' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Compare Two PE groups' }).check();
  await expect(card(page, BASE)).toContainText('Baseline');
  await snap(page, 'scenarios-05-list-agreed-and-ticked');
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(page.getByLabel('Measured against')).toHaveValue(BASE);
});

test('a what-if can change one pupil’s choices and add a teacher, and be built later', async ({
  page,
  shell,
}) => {
  const demo = prepareSolvedDemo(shell);
  const pupil = demo.latinPupil;
  await openScenarios(page);
  await page.getByRole('button', { name: 'What if…' }).click();
  const addChange = page.getByRole('form', { name: 'Add a change' });
  const changes = page.getByRole('list', { name: 'Changes' });

  await addChange.getByLabel('Kind of change').selectOption({ label: 'Change a pupil’s choices' });
  await addChange.getByLabel('Find a pupil').fill(pupil.name);
  await addChange
    .getByRole('list', { name: 'Pupils found' })
    .getByRole('button', { name: new RegExp(`^${pupil.name}`) })
    .first()
    .click();
  const lists = addChange.getByRole('group', { name: `${pupil.name}’s choices` });
  await lists.getByRole('button', { name: 'Remove Latin' }).click();
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  const pupilChange = changes.getByRole('listitem').first();
  await expect(pupilChange).toContainText(`${pupil.name} (${pupil.upn}) chooses`);
  await expect(pupilChange).not.toContainText('Latin');

  await addChange.getByLabel('Kind of change').selectOption({ label: 'Add a teacher' });
  await addChange.getByLabel('Staff code').fill(demo.teacher.code);
  await addChange.getByLabel('Name', { exact: true }).fill('Ms Okoro');
  await addChange.getByLabel('PE (GCSE)').check();
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  await expect(addChange.getByRole('alert')).toHaveText(
    `${demo.teacher.name} already has the staff code ${demo.teacher.code}.`,
  );
  await addChange.getByLabel('Staff code').fill('NPE');
  await addChange.getByRole('button', { name: 'Add this change' }).click();
  await expect(changes.getByRole('listitem').nth(1)).toContainText(
    'A new teacher, Ms Okoro (NPE), teaches PE (GCSE)',
  );
  await expect(page.locator('.what-if-problems')).toHaveCount(0);
  await snap(page, 'scenarios-06-what-if-pupil-and-teacher');

  const name = 'Ms Okoro joins; one pupil drops Latin';
  await page.getByLabel('Name', { exact: true }).last().fill(name);
  await page.getByLabel('Build blocks now').uncheck();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.locator('.scenario-notice')).toContainText(
    `Created “${name}” from “${BASE}”. Build its blocks again before trusting its figures.`,
  );
  const made = card(page, name);
  await expect(made.getByRole('listitem')).toHaveCount(2);
  await expect(made).toContainText('Needs building again');
});
