import type { Locator, Page } from '@playwright/test';
import { solve } from '../../src/core/solver';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { editCourse } from '../../src/data/plan/course-edits';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../src/data/plan/scenario-repository';
import type { BoardScreenView, CounsellingView } from '../../src/shared/contract/board';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };
const DEMO_FILE = 'Demo plan (240 pupils, seed 1).ks4';
const SCENARIO = 'Spring layout';
/**
 * Single-group courses held to block B, so that pupils who chose two of them cannot have both:
 * the counselling list is never empty, whatever layout the search finds.
 */
const HELD_TO_BLOCK_B = ['So', 'St', 'Ge', 'Da'];

type Row = BoardScreenView['staffing']['rows'][number];

/** Writes the demo plan where the app finds it, with the blocks built as a scenario. */
function prepareSolvedDemo(shell: TestShell): string {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  const db = openPlanFile(path);
  try {
    for (const code of HELD_TO_BLOCK_B) editCourse(db, code, { groups: 1, allowedBlocks: ['B'] });
    const result = solve(readSolverCohort(db), { seed: 1, maxIterations: 400 });
    db.transaction(() =>
      saveScenario(db, {
        name: SCENARIO,
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
      }),
    )();
  } finally {
    db.close();
  }
  return path;
}

/** The teacher of a group as saved in the plan file; the plan must be closed in the page. */
function savedTeacher(path: string, group: string): string | null | undefined {
  const db = openPlanFile(path);
  try {
    return readScenario(db, SCENARIO)?.solution.groups.find((entry) => entry.label === group)
      ?.teacher;
  } finally {
    db.close();
  }
}

async function boardOf(page: Page): Promise<BoardScreenView> {
  return page.evaluate(async (scenario) => {
    const result = await window.planner?.getBoard({ scenario });
    if (!result?.ok) throw new Error('getBoard failed');
    return result.value;
  }, SCENARIO);
}

async function counsellingOf(page: Page): Promise<CounsellingView> {
  return page.evaluate(async (scenario) => {
    const result = await window.planner?.getCounselling({ scenario });
    if (!result?.ok) throw new Error('getCounselling failed');
    return result.value;
  }, SCENARIO);
}

function teacherName(row: Row): string {
  return row.name === row.code ? row.code : `${row.name} (${row.code})`;
}

interface TeacherMove {
  group: string;
  courseName: string;
  block: string;
  from: Row;
  to: Row;
}

/**
 * A one-block group and another teacher of its course, found on the board as the engine
 * made it: one who already teaches in that block (a clash), or one who is free there and
 * within their load.
 */
function findTeacherMove(board: BoardScreenView, kind: 'clash' | 'free'): TeacherMove {
  const { rows } = board.staffing;
  for (const from of rows) {
    for (const cell of from.cells) {
      for (const entry of cell.groups) {
        const card = board.columns
          .flatMap((column) => column.cards)
          .find((c) => c.group === entry.group);
        if (!card || card.blocks.length !== 1) continue;
        const to = rows.find((row) => {
          if (row === from || !row.courses.includes(entry.courseCode)) return false;
          const there = row.cells.find((candidate) => candidate.block === cell.block);
          if (!there || there.unavailable) return false;
          if (kind === 'clash') return there.groups.length === 1;
          return there.free && (row.maxGroups === null || row.load < row.maxGroups);
        });
        if (to) {
          return { group: entry.group, courseName: entry.courseName, block: cell.block, from, to };
        }
      }
    }
  }
  throw new Error(`The demo layout has no ${kind} teacher move to try.`);
}

function chipIn(view: Locator, teacher: string, group: string): Locator {
  return view.locator(`tr[data-teacher="${teacher}"] .staffing-chip[data-group="${group}"]`);
}

/** Drags with the mouse in small steps, as a person would; `whileOver` runs before letting go. */
async function drag(
  page: Page,
  source: Locator,
  target: Locator,
  whileOver: () => Promise<void>,
): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('The chip or its target is not on screen.');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 15 });
  await whileOver();
  await page.mouse.up();
}

/**
 * With a chip picked up from the keyboard, presses Up a row at a time until it is over the
 * Unstaffed strip at the top (Up there leaves it on the strip).
 */
async function moveToUnstaffedStrip(
  page: Page,
  rows: number,
  eachPress?: (press: number) => Promise<void>,
): Promise<void> {
  const target = page.locator('.staffing-drag-target');
  for (let press = 0; press <= rows + 1; press += 1) {
    if ((await target.textContent()) === 'No teacher (Unstaffed)') break;
    await page.keyboard.press('ArrowUp');
    await eachPress?.(press);
  }
  await expect(target).toHaveText('No teacher (Unstaffed)');
}

async function openBoardView(page: Page, view: 'Staffing' | 'Counselling'): Promise<Locator> {
  await page.getByRole('group', { name: 'Show' }).getByRole('button', { name: view }).click();
  return page.getByRole('region', { name: view });
}

test('reassigns teachers on the combing chart: a clash is refused, a free teacher takes the group', async ({
  page,
  shell,
}) => {
  test.setTimeout(90_000);
  const path = prepareSolvedDemo(shell);
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Blocks board' })
    .click();
  const staffing = await openBoardView(page, 'Staffing');
  const chart = staffing.getByRole('table', { name: /^Combing chart/ });
  await expect(chart).toBeVisible();

  const board = await boardOf(page);
  for (const row of board.staffing.rows) {
    await expect(staffing.locator(`tr[data-teacher="${row.code}"]`)).toContainText(row.name);
  }
  await snap(page, 'board-staffing-01-chart');

  // A teacher who already has a group in that block: refused, the clash named, nothing changed.
  const clash = findTeacherMove(board, 'clash');
  const clashCell = clash.to.cells.find((cell) => cell.block === clash.block);
  const blocking = clashCell?.groups[0];
  if (!blocking) throw new Error('The clash teacher has no group in the block.');
  const clashReason = `${teacherName(clash.to)} already teaches ${blocking.group} (${blocking.courseName}) in block ${clash.block}`;
  // Tall enough that every teacher's row is on screen at once, so the mouse can reach it.
  await page.setViewportSize({ width: 1366, height: 2400 });
  await drag(
    page,
    chipIn(staffing, clash.from.code, clash.group),
    staffing.locator(`tr[data-teacher="${clash.to.code}"] td[data-block="${clash.block}"]`),
    async () => {
      await expect(page.locator('.staffing-drag-verdict')).toContainText('Cannot take it');
      await expect(page.locator('.staffing-drag-verdict')).toContainText(clashReason);
      await snap(page, 'board-staffing-02-refused-while-dragging');
    },
  );
  // The chart's own outcome, not the drag announcements (also a status region).
  const outcome = staffing.locator('.staffing-outcome[role="status"]');
  await expect(outcome).toContainText(
    `Refused: ${teacherName(clash.to)} cannot take ${clash.group} (${clash.courseName})`,
  );
  await expect(outcome).toContainText(clashReason);
  await expect(outcome).toContainText('Nothing changed.');
  await expect(chipIn(staffing, clash.from.code, clash.group)).toBeVisible();
  await expect(chipIn(staffing, clash.to.code, clash.group)).toHaveCount(0);
  const afterRefusal = await boardOf(page);
  expect(afterRefusal.staffing).toEqual(board.staffing);
  expect(afterRefusal.history.canUndo).toBe(false);

  // A qualified teacher who is free in that block takes the group.
  const free = findTeacherMove(board, 'free');
  await drag(
    page,
    chipIn(staffing, free.from.code, free.group),
    staffing.locator(`tr[data-teacher="${free.to.code}"] td[data-block="${free.block}"]`),
    async () => {
      await expect(page.locator('.staffing-drag-verdict')).toContainText('Can take it');
    },
  );
  await expect(outcome).toContainText('Done:');
  await expect(chipIn(staffing, free.to.code, free.group)).toBeVisible();
  await expect(chipIn(staffing, free.from.code, free.group)).toHaveCount(0);
  const afterMove = await boardOf(page);
  const moved = afterMove.columns
    .flatMap((column) => column.cards)
    .find((card) => card.group === free.group);
  expect(moved?.teacher?.code).toBe(free.to.code);
  const newRow = afterMove.staffing.rows.find((row) => row.code === free.to.code);
  expect(newRow?.load).toBe(free.to.load + 1);
  await expect(staffing.locator(`tr[data-teacher="${free.to.code}"] .combing-load`)).toContainText(
    String(free.to.load + 1),
  );
  await page.setViewportSize({ width: 1366, height: 768 });
  await chipIn(staffing, free.to.code, free.group).scrollIntoViewIfNeeded();
  await snap(page, 'board-staffing-03-assigned');

  // From the keyboard: Space picks the chip up, the arrows move it a row at a time, and
  // Escape puts it back with nothing changed.
  const chip = chipIn(staffing, free.to.code, free.group);
  await chip.focus();
  await page.keyboard.press('Space');
  await moveToUnstaffedStrip(page, afterMove.staffing.rows.length, async (press) => {
    if (press === 2) await snap(page, 'board-staffing-04-keyboard-drag');
  });
  await page.keyboard.press('Escape');
  await expect(
    page.getByText(`Moving ${free.group} (${free.courseName}) was cancelled.`),
  ).toBeAttached();
  await expect(chip).toBeVisible();
  expect((await boardOf(page)).staffing).toEqual(afterMove.staffing);

  // Dropped on the strip from the keyboard, the group loses its teacher; Undo gives it back.
  const strip = staffing.getByRole('region', { name: /^Unstaffed/ });
  await chip.focus();
  await page.keyboard.press('Space');
  await moveToUnstaffedStrip(page, afterMove.staffing.rows.length);
  await page.keyboard.press('Space');
  await expect(outcome).toContainText('Done:');
  await expect(outcome).toContainText(`${free.group} (${free.courseName}) would have no teacher.`);
  await expect(strip.locator(`.staffing-chip[data-group="${free.group}"]`)).toBeVisible();
  await expect(strip).toContainText('1 group');
  await expect(chip).toHaveCount(0);
  await snap(page, 'board-staffing-05-unstaffed');
  await page
    .getByRole('group', { name: 'Board history' })
    .getByRole('button', { name: /^Undo/ })
    .click();
  await expect(chip).toBeVisible();
  await expect(strip).toContainText('none');
  // The change is undone, so the chart no longer says it was done.
  await expect(outcome).not.toContainText('Done:');

  // Without dragging: Enter chooses the chip and lists the teachers of the course, each
  // refused where they are busy or away in that block and allowed where they are free.
  await chip.focus();
  await page.keyboard.press('Enter');
  const panel = staffing.getByRole('region', { name: `Assign ${free.group} (${free.courseName})` });
  await expect(panel.getByRole('heading', { name: `Assign ${free.group}` })).toBeFocused();
  await expect(panel.getByRole('button', { name: 'Leave without a teacher' })).toBeEnabled();
  const others = afterMove.staffing.rows.filter(
    (row) => row.code !== free.to.code && row.courses.includes(moved?.courseCode ?? ''),
  );
  expect(others.length).toBeGreaterThan(0);
  for (const row of others) {
    const there = row.cells.find((cell) => cell.block === free.block);
    const item = panel.getByRole('listitem').filter({ hasText: teacherName(row) });
    const assign = item.getByRole('button', { name: `Assign to ${teacherName(row)}` });
    if (there?.free) {
      await expect(item).toContainText('Can take it');
      await expect(assign).toBeEnabled();
    } else {
      await expect(item).toContainText('Cannot take it');
      await expect(assign).toBeDisabled();
    }
  }
  await snap(page, 'board-staffing-06-assign-list');
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(chip).toBeFocused();

  // The file agrees once the plan is closed.
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeVisible();
  expect(savedTeacher(path, free.group)).toBe(free.to.code);
  expect(savedTeacher(path, clash.group)).toBe(clash.from.code);
});

test('applies a counselling fix, the pupil leaves the list, and Undo brings them back', async ({
  page,
  shell,
}) => {
  test.setTimeout(90_000);
  prepareSolvedDemo(shell);
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Blocks board' })
    .click();
  const counselling = await openBoardView(page, 'Counselling');
  const report = await counsellingOf(page);
  expect(report.pupils.length).toBeGreaterThan(0);
  const totals = counselling.getByRole('list', { name: 'Counselling totals' });
  await expect(totals).toContainText(`${report.totals.unresolved} to counsel`);
  await expect(totals).toContainText(`${report.totals.fullySatisfied} fully satisfied`);
  await expect(counselling.getByRole('article')).toHaveCount(report.pupils.length);
  await snap(page, 'board-counselling-01-list');

  // A fix with nothing to apply says why, with no button.
  const stuck = report.pupils.find((pupil) => pupil.fixes.every((fix) => fix.kind === 'none'));
  if (stuck) {
    const card = counselling.getByRole('article', { name: stuck.name });
    await expect(card).toContainText('Nothing to apply');
    await expect(card.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
    await card.scrollIntoViewIfNeeded();
    await snap(page, 'board-counselling-03-no-fix');
  }

  const pupil = report.pupils.find((entry) =>
    entry.fixes.slice(0, 3).some((fix) => fix.applicable && fix.kind !== 'none'),
  );
  if (!pupil) throw new Error('No pupil has a fix to apply.');
  const index = pupil.fixes.findIndex((fix) => fix.applicable && fix.kind !== 'none');
  const fix = pupil.fixes[index];
  if (!fix) throw new Error('The fix went missing.');
  const net = fix.gains.length - fix.losses.length;
  const card = counselling.getByRole('article', { name: pupil.name });
  await expect(card).toContainText(pupil.reason);

  // A long list narrows by name or by the course pupils miss.
  const articles = counselling.getByRole('article');
  await counselling.getByLabel('Find a pupil').fill(pupil.name.toUpperCase());
  await expect(articles).toHaveCount(
    report.pupils.filter((entry) => entry.name.toLowerCase().includes(pupil.name.toLowerCase()))
      .length,
  );
  await expect(card).toBeVisible();
  await counselling.getByLabel('Find a pupil').fill('');
  const missed = pupil.unmetNames[0] ?? '';
  await counselling.getByLabel('Missing').selectOption(missed);
  await expect(articles).toHaveCount(
    report.pupils.filter((entry) => entry.unmetNames.includes(missed)).length,
  );
  await expect(counselling).toContainText('Showing');
  await counselling.getByLabel('Missing').selectOption('');
  await expect(articles).toHaveCount(report.pupils.length);

  await card
    .getByRole('button', { name: `Apply fix ${index + 1} for ${pupil.name}: ${fix.description}` })
    .click();

  const outcome = counselling.getByRole('status');
  await expect(outcome).toContainText(
    net > 0 ? `— ${net} more ${net === 1 ? 'pupil' : 'pupils'} fully satisfied` : 'fully satisfied',
  );
  await expect(card).toHaveCount(0);
  await expect(totals).toContainText(`${report.totals.unresolved - net} to counsel`);
  await expect(totals).toContainText(`${report.totals.fullySatisfied + net} fully satisfied`);
  await expect(outcome).toBeFocused();
  await snap(page, 'board-counselling-02-applied');

  await page
    .getByRole('group', { name: 'Board history' })
    .getByRole('button', { name: /^Undo/ })
    .click();
  await expect(card).toBeVisible();
  await expect(totals).toContainText(`${report.totals.unresolved} to counsel`);
  await expect(totals).toContainText(`${report.totals.fullySatisfied} fully satisfied`);
});
