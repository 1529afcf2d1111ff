import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import writeXlsxFile from 'write-excel-file/node';
import { generateSyntheticCohort } from '../../src/core/synthetic';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { writeCanonicalCsvs } from '../../src/data/export/canonical-csv';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { expect, snap, test, type TestShell } from './harness';

const MIS_FIXTURE = join('tests', 'fixtures', 'real-world-shapes', 'student-list-mis-export.csv');

async function newPlan(page: Page, shell: TestShell, name: string): Promise<void> {
  shell.answerNextCreate(join(shell.dir, name));
  await page.getByRole('button', { name: 'New plan…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}.ks4` })).toBeVisible();
}

async function openImportScreen(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Import' })
    .click();
  await expect(page.getByRole('heading', { name: 'Choose the files' })).toBeVisible();
}

const countOf = (page: Page, label: string) => page.locator(`[data-count="${label}"] .count-value`);

test('imports canonical CSVs into a new plan, and the counts follow', async ({ page, shell }) => {
  // The blocks match the wizard's suggestion of four, which courses and staff name.
  const { cohort } = generateSyntheticCohort({
    pupils: 120,
    seed: 'import',
    blocks: ['A', 'B', 'C', 'D'],
  });
  const folder = join(shell.dir, 'csv');
  writeCanonicalCsvs(cohort, folder);
  const csv = (name: string) => join(folder, name);
  await newPlan(page, shell, 'Year 9 options');
  await openImportScreen(page);
  await snap(page, 'import-01-start');

  // Chosen in an order of the user's own: each is recognised from its headings.
  shell.answerNextImport([
    csv('staff.csv'),
    csv('choices.csv'),
    csv('pupils.csv'),
    csv('subjects.csv'),
  ]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  for (const [file, kind] of [
    ['staff.csv', 'Staff'],
    ['choices.csv', 'Option choices'],
    ['pupils.csv', 'Pupils'],
    ['subjects.csv', 'Courses'],
  ] as const) {
    await expect(page.getByLabel(`What ${file} holds`).locator('option:checked')).toHaveText(kind);
  }
  await expect(page.getByRole('row', { name: /pupils\.csv/ })).toContainText('120 rows');
  await snap(page, 'import-02-files');

  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await page.getByRole('button', { name: /^choices\.csv/ }).click();
  const columns = page.getByRole('region', { name: 'Columns of choices.csv' });
  await expect(columns.getByLabel('1st choice')).toHaveValue('choice_1');
  await expect(columns.getByLabel('UPN')).toHaveValue('upn');
  await snap(page, 'import-03-columns-choices');

  await page.getByRole('button', { name: 'Next: check the files' }).click();
  const ready = page.getByRole('status').filter({ hasText: 'Ready to import' });
  await expect(ready).toContainText('120 pupils: 120 added');
  await expect(ready).toContainText(
    `${cohort.courses.length} courses: ${cohort.courses.length} added`,
  );
  await expect(ready).toContainText('4 blocks: 4 added');
  await expect(countOf(page, 'pupils')).toHaveCount(0);
  await snap(page, 'import-04-check-ok');

  await page.getByRole('button', { name: 'Import the files' }).click();
  await expect(page.getByText('Imported into the plan.')).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Plan status' })).toContainText('120 pupils');
  await snap(page, 'import-05-imported');

  await page.getByRole('button', { name: 'Go to the Cohort screen' }).click();
  await expect(page.locator('main[data-screen="cohort"]')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await expect(countOf(page, 'pupils')).toHaveText('120');
  await expect(countOf(page, 'courses')).toHaveText(String(cohort.courses.length));
  await expect(countOf(page, 'staff')).toHaveText(String(cohort.staff.length));
  await expect(countOf(page, 'blocks')).toHaveText('4');
  const choiceCount = cohort.choices.reduce((sum, list) => sum + list.choices.length, 0);
  await expect(countOf(page, 'choices')).toHaveText(choiceCount.toLocaleString('en-GB'));
});

test('maps an MIS student list whose surname column was not recognised', async ({
  page,
  shell,
}) => {
  // The fixture as a school whose MIS report names the surname column its own way.
  const misPath = join(shell.dir, 'Year 9 students.csv');
  const original = readFileSync(MIS_FIXTURE, 'latin1');
  writeFileSync(misPath, original.replace('"Legal Surname"', '"Legal Last Name"'), 'latin1');
  await newPlan(page, shell, 'From the MIS');
  await openImportScreen(page);

  shell.answerNextImport([misPath]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  const kind = page.getByLabel('What Year 9 students.csv holds');
  await expect(kind).toHaveValue('');
  await expect(page.getByText('Not recognised from its headings')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next: match the columns' })).toBeDisabled();
  await kind.selectOption({ label: 'Pupils' });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();

  const columns = page.getByRole('region', { name: 'Columns of Year 9 students.csv' });
  await expect(columns).toContainText('CSV · Windows-1252 · comma-separated');
  await expect(columns).toContainText('Still needed: choose a column for surname');
  await expect(columns.getByLabel('Surname')).toHaveValue('');
  await expect(columns.getByLabel('Forename')).toHaveValue('Legal Forename');
  await expect(columns.getByLabel('Column names as in')).toHaveValue('mis-student-list');
  await expect(columns.getByText(/Will be ignored:.*Legal Last Name/)).toBeVisible();
  await snap(page, 'import-06-mis-missing-surname');

  await columns.getByLabel('Surname').selectOption('Legal Last Name');
  await expect(columns.getByText('Still needed')).toHaveCount(0);
  await expect(columns.locator('[data-field="surname"] .import-sample')).toHaveText('Hughes');
  // Pupil premium is read from its own column, not from FSM eligibility; keep that choice.
  await expect(columns.getByLabel('Disadvantaged (pupil premium)')).toHaveValue(
    'Pupil Premium Indicator',
  );
  await snap(page, 'import-07-mis-mapped');

  await page.getByRole('button', { name: 'Next: check the files' }).click();
  const ready = page.getByRole('status').filter({ hasText: 'Ready to import' });
  await expect(ready).toContainText('30 pupils: 30 added');
  await expect(page.getByRole('region', { name: 'Problems in Year 9 students.csv' })).toContainText(
    'Column “Date of Birth”',
  );
  await snap(page, 'import-08-mis-check');

  await page.getByRole('button', { name: 'Import the files' }).click();
  await expect(page.getByText('Imported into the plan.')).toBeVisible();
  await expect(page.getByRole('contentinfo', { name: 'Plan status' })).toContainText('30 pupils');

  // The same export next term maps itself.
  await page.getByRole('button', { name: 'Import more files' }).click();
  shell.answerNextImport([misPath]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByLabel('What Year 9 students.csv holds')).toHaveValue('');
  await page.getByLabel('What Year 9 students.csv holds').selectOption({ label: 'Pupils' });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByText('Using the mapping you saved for this layout.')).toBeVisible();
  await expect(page.getByLabel('Surname')).toHaveValue('Legal Last Name');
});

test('rejects choices naming an unknown course, names the row, and imports nothing', async ({
  page,
  shell,
}) => {
  const planPath = join(shell.dir, 'Spring options.ks4');
  writeDemoPlan(planPath, { pupils: 30, seed: 4 });
  const db = openPlanFile(planPath, { readonly: true });
  const { pupils, courses, choices } = readCohort(db);
  db.close();
  const [first, second, third] = pupils.map((pupil) => pupil.upn);
  const [a, b, c] = courses.map((course) => course.code);
  const choicesPath = join(shell.dir, 'late choices.csv');
  writeFileSync(
    choicesPath,
    [
      'upn,choice_1,choice_2,choice_3',
      `${first},${a},${b},${c}`,
      `${second},${b},${c},${a}`,
      `${third},${c},Hstory,${a}`,
    ].join('\r\n'),
  );
  const choicesBefore = choices.reduce((sum, list) => sum + list.choices.length, 0);

  shell.answerNextOpen(planPath);
  await page.getByRole('button', { name: 'Open plan…' }).click();
  await expect(countOf(page, 'choices')).toHaveText(choicesBefore.toLocaleString('en-GB'));
  await openImportScreen(page);
  shell.answerNextImport([choicesPath]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByLabel('What late choices.csv holds')).toHaveValue('choices');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await page.getByRole('button', { name: 'Next: check the files' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'stops the import' });
  await expect(alert).toContainText(
    'Nothing has been imported. Fix these in the file and choose it again, or change the mapping.',
  );
  const problems = page.getByRole('region', { name: 'Problems in late choices.csv' });
  const error = problems.getByRole('listitem').first();
  await expect(error).toContainText('Error');
  await expect(error).toContainText('Row 4, column “choice_2”');
  await expect(error).toContainText("Unknown course 'Hstory'");
  await expect(page.getByRole('button', { name: 'Import the files' })).toBeDisabled();
  await snap(page, 'import-09-rejected');

  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await expect(countOf(page, 'choices')).toHaveText(choicesBefore.toLocaleString('en-GB'));
});

test('reads the sheet of a workbook that the user picks', async ({ page, shell }) => {
  const workbook = await writeXlsxFile([
    { sheet: 'Read me', data: [['Exported from the MIS on 3 March']] },
    {
      sheet: 'Year 9',
      data: [
        ['UPN', 'Legal Surname', 'Legal Forename', 'Reg'],
        ['A300000000001', 'Okafor', 'Grace', '9C'],
        ['A300000000002', 'Byrne', 'Liam', '9D'],
      ],
    },
  ]).toBuffer();
  const path = join(shell.dir, 'Student list.xlsx');
  writeFileSync(path, workbook);
  await newPlan(page, shell, 'Workbook');
  await openImportScreen(page);
  shell.answerNextImport([path]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByLabel('What Student list.xlsx holds')).toHaveValue('');
  await page.getByLabel('Sheet of Student list.xlsx to read').selectOption('Year 9');
  await expect(page.getByLabel('What Student list.xlsx holds')).toHaveValue('pupils');
  await expect(page.getByRole('row', { name: /Student list\.xlsx/ })).toContainText('2 rows');
  await snap(page, 'import-11-workbook-sheet');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByText('Excel workbook · sheet “Year 9”')).toBeVisible();
  await page.getByRole('button', { name: 'Next: check the files' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to import' })).toContainText(
    '2 pupils: 2 added',
  );
});

test('offers Cancel while a big workbook is read, and a cancel leaves the plan as it was', async ({
  page,
  shell,
}) => {
  // A workbook big enough that reading it takes a moment: time to see the stages and cancel.
  const rows: (string | number)[][] = [['UPN', 'Legal Surname', 'Legal Forename', 'Reg']];
  for (let index = 0; index < 20_000; index += 1) {
    rows.push([`A${300_000_000_000 + index}`, `Surname ${index}`, `Forename ${index}`, '9A']);
  }
  const path = join(shell.dir, 'Whole school.xlsx');
  writeFileSync(path, await writeXlsxFile(rows).toBuffer());
  await newPlan(page, shell, 'Long import');
  await openImportScreen(page);
  shell.answerNextImport([path]);
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await expect(page.getByLabel('What Whole school.xlsx holds')).toHaveValue('pupils');
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await page.getByRole('button', { name: 'Next: check the files' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ready to import' })).toContainText(
    '20,000 pupils: 20,000 added',
    { timeout: 30_000 },
  );

  // The services run in this test's own process, and reading the workbook holds that process,
  // so the test could not click in time: the page clicks Cancel the moment it appears, as a
  // user would, and records the stages it showed.
  await page.evaluate(() => {
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const current = document.querySelector('.import-stage-current');
      if (current?.textContent) seen.add(current.textContent);
      const cancel = [...document.querySelectorAll('button')].find(
        (button) => button.textContent === 'Cancel',
      );
      if (cancel) {
        observer.disconnect();
        document.body.dataset.stagesSeen = [...seen].join('|');
        cancel.click();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Import the files' }).click();
  await expect(
    page.getByText('Cancelled: nothing was imported, and the plan is as it was.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  expect(await page.evaluate(() => document.body.dataset.stagesSeen)).toBe('Reading the files…');
  await snap(page, 'import-12-cancelled');
  await expect(page.getByRole('contentinfo', { name: 'Plan status' })).toContainText('0 pupils');
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await expect(countOf(page, 'pupils')).toHaveText('0');
  await expect(countOf(page, 'blocks')).toHaveText('0');
});

test('the wizard works from the keyboard', async ({ page, shell }) => {
  const pupilsPath = join(shell.dir, 'pupils.csv');
  writeFileSync(pupilsPath, 'UPN,Surname,Forename,Form\r\nA100000000001,Smith,Amelia,9A\r\n');
  await newPlan(page, shell, 'Keyboard');
  await openImportScreen(page);
  shell.answerNextImport([pupilsPath]);
  await page.getByRole('button', { name: 'Choose files…' }).focus();
  await page.keyboard.press('Enter');
  const kind = page.getByLabel('What pupils.csv holds');
  await expect(kind).toHaveValue('pupils');
  await page.getByRole('button', { name: 'Next: match the columns' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeFocused();
  const surname = page.getByLabel('Surname');
  await surname.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Forename')).toBeFocused();
  await snap(page, 'import-10-keyboard');

  await page.getByRole('button', { name: 'Next: check the files' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Check the files' })).toBeFocused();
  await expect(page.getByText('Ready to import')).toBeVisible();
  for (const name of ['Option blocks in this plan', 'Check again', 'Back to the columns']) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAccessibleName(name);
  }
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Import the files' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Imported into the plan.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeFocused();
});
