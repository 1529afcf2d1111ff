import type { Locator, Page } from '@playwright/test';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { writeSetting } from '../../src/data/plan/settings-repository';
import { TIMETABLE_SETTING } from '../../src/data/timetable/timetable-repository';
import type { TimetableView } from '../../src/shared/contract/timetable';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };

// Many steps on a machine that may be busy with other work.
test.describe.configure({ timeout: 90_000 });

/** Writes the demo plan where the app will find it and reads its cohort first. */
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

async function openScreen(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name, exact: true })
    .click();
}

async function openTimetable(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Demo plan/ })).toBeVisible();
  await openScreen(page, 'Timetable frame');
  await expect(page.getByRole('table', { name: 'Week 1' })).toBeVisible();
}

/** The grid cell of a period, by its week, day and period numbers. */
function cell(page: Page, week: number, day: number, period: number): Locator {
  return page.locator(`td[data-period="${week}:${day}:${period}"]`);
}

function paletteChip(page: Page, block: string): Locator {
  return page.getByRole('group', { name: 'Blocks to place' }).locator(`[data-block="${block}"]`);
}

async function dragWithMouse(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 10 });
  // Release only once the grid shows the chip over the target, as a user would see it.
  await expect(to).toHaveAttribute('data-over', 'true');
  await page.mouse.up();
}

async function savedTimetable(page: Page): Promise<TimetableView> {
  return page.evaluate(async () => {
    const result = await window.planner?.getTimetable();
    if (!result?.ok) throw new Error('getTimetable failed');
    return result.value;
  });
}

test('blocks placed by mouse and keyboard, a course short of time named, and the frame kept', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  // A course that may run in block A, so that block A's time is what it gets.
  const course = cohort.courses.find(
    (entry) =>
      entry.blocksSpanned === 1 &&
      (entry.allowedBlocks.length === 0 || entry.allowedBlocks.includes('A')),
  );
  if (!course) throw new Error('The demo plan has no course that may run in block A');
  await openTimetable(page);
  await expect(
    page.getByRole('heading', { name: `${cohort.blocks.length} problems` }),
  ).toBeVisible();
  await expect(page.getByText('Block A has no periods in the cycle.')).toBeVisible();
  await snap(page, 'timetable-01-empty-frame');

  // Two periods by mouse, from the palette.
  await dragWithMouse(page, paletteChip(page, 'A'), cell(page, 1, 1, 1));
  await dragWithMouse(page, paletteChip(page, 'A'), cell(page, 1, 2, 1));
  await expect(cell(page, 1, 1, 1).locator('[data-block="A"]')).toBeVisible();
  await expect(cell(page, 1, 2, 1).locator('[data-block="A"]')).toBeVisible();

  // One by keyboard: choose Wednesday period 1 of week 1 and type the block's letter.
  await page.getByRole('button', { name: 'Week 1 Wednesday period 1: empty' }).focus();
  await page.keyboard.press('a');
  await expect(
    page.getByRole('button', { name: 'Week 1 Wednesday period 1: block A' }),
  ).toBeVisible();
  await expect(page.getByText('Block A has no periods in the cycle.')).toBeHidden();

  // Moved from the keyboard with the drag keys: Monday period 1 down to period 2.
  await page.getByRole('button', { name: 'Block A in Week 1 Monday period 1' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await expect(cell(page, 1, 1, 2)).toHaveAttribute('data-over', 'true');
  await page.keyboard.press('Space');
  await expect(cell(page, 1, 1, 1).locator('[data-block="A"]')).toHaveCount(0);
  await expect(cell(page, 1, 1, 2).locator('[data-block="A"]')).toBeVisible();
  await expect(paletteChip(page, 'A')).toHaveAccessibleName('Block A, 3 periods per cycle');

  // The course needs more than block A's three periods.
  await page
    .getByRole('complementary', { name: 'Frame settings' })
    .getByRole('button', { name: 'Course time' })
    .click();
  await page.getByLabel(`Periods per cycle ${course.name} needs`).fill('4');
  const shortOfTime = `${course.name} (${course.code}) needs 4 periods per cycle, but block A, where it may run, gives 3.`;
  await expect(page.getByText(shortOfTime)).toBeVisible();
  await expect(page.locator(`tr[data-course="${course.code}"][data-short]`)).toBeVisible();
  await snap(page, 'timetable-02-blocks-placed-and-a-problem');

  await page.getByRole('button', { name: 'Save frame' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  // Another screen and back: the frame is read from the plan again.
  await openScreen(page, 'Overview');
  await openScreen(page, 'Timetable frame');
  for (const [week, day, period] of [
    [1, 1, 2],
    [1, 2, 1],
    [1, 3, 1],
  ] as const) {
    await expect(cell(page, week, day, period).locator('[data-block="A"]')).toBeVisible();
  }
  await expect(page.getByText(shortOfTime)).toBeVisible();
  const saved = await savedTimetable(page);
  expect(saved.frame.blockPeriods.A).toEqual([
    { week: 1, day: 1, period: 2 },
    { week: 1, day: 2, period: 1 },
    { week: 1, day: 3, period: 1 },
  ]);
  expect(saved.frame.coursePeriods).toEqual({ [course.code]: 4 });
});

test('a clash, a part-time teacher and Cancel, which puts the saved frame back', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  const teacher = cohort.staff[0];
  if (!teacher) throw new Error('The demo plan has no staff');
  await openTimetable(page);

  await dragWithMouse(page, paletteChip(page, 'A'), cell(page, 2, 4, 3));
  await dragWithMouse(page, paletteChip(page, 'B'), cell(page, 2, 4, 3));
  await expect(
    page.getByText('Blocks A and B are both placed in Week 2 Thursday period 3.'),
  ).toBeVisible();
  await expect(cell(page, 2, 4, 3)).toHaveAttribute('data-flagged', 'true');

  const side = page.getByRole('complementary', { name: 'Frame settings' });
  await side.getByRole('button', { name: 'Part-time staff' }).click();
  await side.getByLabel('Add a part-time teacher').selectOption(teacher.code);
  await side.getByLabel(`${teacher.name} (${teacher.code}) away Week 1 Friday period 5`).check();
  await snap(page, 'timetable-03-clash-and-part-time-staff');

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(cell(page, 2, 4, 3).locator('.tt-chip')).toHaveCount(0);
  await expect(side.getByText('No part-time teachers yet.')).toBeVisible();
  expect((await savedTimetable(page)).saved).toBe(false);
});

test('a damaged saved frame is reported, and starting again keeps the rest of the plan', async ({
  page,
  shell,
}) => {
  const cohort = prepareDemo(shell);
  const db = openPlanFile(shell.demoPlanPath(DEMO));
  try {
    writeSetting(db, TIMETABLE_SETTING, '{"version":1,"frame":');
  } finally {
    db.close();
  }
  await openTimetable(page);
  const alert = page.getByRole('alert').filter({ hasText: 'timetable frame' });
  await expect(alert).toContainText(
    'The saved timetable frame could not be read (it is not valid JSON).',
  );
  await snap(page, 'timetable-04-damaged-frame');

  await alert.getByRole('button', { name: 'Start again with an empty frame' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  const saved = await savedTimetable(page);
  expect(saved.damaged).toBeNull();
  expect(saved.blocks).toEqual(cohort.blocks);
  expect(saved.courses).toHaveLength(cohort.courses.length);
});
