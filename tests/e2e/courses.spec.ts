import type { Page } from '@playwright/test';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { courseDemand } from '../../src/core/demand';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import type { CoursesAndStaffView } from '../../src/shared/contract/courses';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };

/**
 * Writes the demo plan where the app will find it and reads the cohort from it first: an open
 * plan is locked against other readers.
 */
function prepareDemo(shell: TestShell) {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  const db = openPlanFile(path, { readonly: true });
  try {
    return readCohort(db);
  } finally {
    db.close();
  }
}

async function openCourses(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Demo plan/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Courses and staff' })
    .click();
}

async function savedPlan(page: Page): Promise<CoursesAndStaffView> {
  return page.evaluate(async () => {
    const result = await window.planner?.getCoursesAndStaff();
    if (!result?.ok) throw new Error('getCoursesAndStaff failed');
    return result.value;
  });
}

test('a smaller maximum group size changes the groups needed; a bad edit is refused', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  const french = cohort.courses.find((course) => course.code === 'Fr');
  const pupils = courseDemand(cohort).find((course) => course.code === 'Fr')?.total ?? 0;
  if (!french) throw new Error('The demo plan has no French');
  const groupsAt = (size: number) => Math.ceil(pupils / size);
  // The largest smaller size that needs more groups, so the change must show.
  let newMax = french.maxGroupSize - 1;
  while (groupsAt(newMax) === groupsAt(french.maxGroupSize)) newMax -= 1;
  expect(newMax).toBeGreaterThanOrEqual(french.minGroupSize);

  await openCourses(page);
  const row = page.locator('tr[data-course="Fr"]');
  await expect(row.locator('[data-field="groups-needed"]')).toHaveText(
    String(groupsAt(french.maxGroupSize)),
  );
  await page.getByRole('button', { name: 'Edit French' }).click();
  const editor = page.getByRole('form', { name: 'Edit French' });
  await editor.getByLabel('Max group size').fill(String(newMax));
  await snap(page, 'courses-01-course-editor');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(row.locator('[data-field="groups-needed"]')).toHaveText(String(groupsAt(newMax)));
  await expect(row.locator('[data-field="size"]')).toHaveText(`${french.minGroupSize}–${newMax}`);
  await expect(page.getByRole('button', { name: 'Edit French' })).toBeFocused();
  await snap(page, 'courses-02-courses-table');

  // A minimum above the maximum is refused with a message naming the course; nothing changes.
  await page.getByRole('button', { name: 'Edit French' }).click();
  await editor.getByLabel('Min group size').fill(String(newMax + 5));
  await editor.getByLabel('Groups', { exact: true }).fill('2');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    `French: the minimum group size (${newMax + 5}) cannot be larger than the maximum (${newMax}).`,
  );
  await snap(page, 'courses-03-refused-edit');
  const saved = (await savedPlan(page)).courses.find((course) => course.code === 'Fr');
  expect(saved).toMatchObject({
    minGroupSize: french.minGroupSize,
    maxGroupSize: newMax,
    groups: null,
  });
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await expect(row.locator('[data-field="groups"]')).toHaveText('Solver decides');
});

test('taking a course off a teacher’s list changes the staffing check', async ({ page, shell }) => {
  const cohort = prepareDemo(shell);
  // Latin's only teacher in the demo plan.
  const latinTeachers = cohort.staff.filter((member) => member.courses.includes('La'));
  expect(latinTeachers.map((member) => member.code)).toEqual(['CGr']);

  await openCourses(page);
  await page.getByRole('button', { name: 'Staffing check' }).click();
  const latin = page.locator('tr[data-course="La"]');
  await expect(latin.locator('[data-field="check"]')).not.toContainText('No teacher');
  await snap(page, 'courses-04-staffing-check');

  await page.getByRole('button', { name: 'Staff', exact: true }).click();
  await expect(page.locator('tr[data-staff="CGr"] [data-field="courses"]')).toHaveText(/La/);
  await page.getByRole('button', { name: 'Edit Catherine Green' }).click();
  const editor = page.getByRole('form', { name: 'Edit Catherine Green' });
  await editor.getByRole('checkbox', { name: /^La\s*Latin$/ }).uncheck();
  await snap(page, 'courses-05-staff-editor');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.locator('tr[data-staff="CGr"] [data-field="courses"]')).not.toHaveText(/La/);
  await snap(page, 'courses-06-staff-table');

  await page.getByRole('button', { name: /^Staffing check/ }).click();
  await expect(latin.locator('[data-field="check"]')).toHaveText(
    'No teacher' + 'Latin needs 1 group, but nobody on the staff list can teach it.',
  );
  // Problems come first.
  await expect(page.locator('.staffing-table tbody tr').first()).toHaveAttribute(
    'data-course',
    'La',
  );
  await snap(page, 'courses-07-staffing-warning');
});
