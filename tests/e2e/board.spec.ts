import type { Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { computeMetrics, solve } from '../../src/core/solver';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../src/data/plan/scenario-repository';
import type { BoardScreenView } from '../../src/shared/contract/board';
import { ks4plan } from '../cli/run-cli';
import { expect, snap, test, type TestShell } from './harness';

const DEMO = { pupils: 240, seed: 1 };
const DEMO_FILE = 'Demo plan (240 pupils, seed 1).ks4';
const SCENARIO = 'Spring layout';

// Each test builds and solves a plan first; the machine running them may be busy.
test.describe.configure({ timeout: 90_000 });

/** Writes the demo plan where the app finds it, with the blocks already built as a scenario. */
function prepareSolvedDemo(shell: TestShell): string {
  const path = shell.demoPlanPath(DEMO);
  writeDemoPlan(path, DEMO);
  const db = openPlanFile(path);
  try {
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

/** What the engine measures for the scenario as saved; the plan must be closed in the page. */
function engineFullySatisfied(path: string, scenario = SCENARIO): number {
  const db = openPlanFile(path);
  try {
    const stored = readScenario(db, scenario);
    if (!stored) throw new Error(`No scenario ${scenario}`);
    return computeMetrics(readSolverCohort(db), stored.solution).fullySatisfied;
  } finally {
    db.close();
  }
}

async function openBoard(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Blocks board' })
    .click();
  await expect(page.getByRole('region', { name: /^Block A$/ })).toBeVisible();
}

async function openSolvedDemo(page: Page, shell: TestShell): Promise<string> {
  const path = prepareSolvedDemo(shell);
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await openBoard(page);
  return path;
}

async function closePlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close plan' }).click();
  await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeVisible();
}

async function boardOf(page: Page): Promise<BoardScreenView> {
  return page.evaluate(async () => {
    const result = await window.planner?.getBoard({});
    if (!result?.ok) throw new Error('getBoard failed');
    return result.value;
  });
}

/** A single group and a block the engine allows it to move to, with more pupils satisfied. */
async function findMove(
  page: Page,
  wanted: 'allowed' | 'refused',
): Promise<{ group: string; from: string; to: string }> {
  return page.evaluate(
    async ({ scenario, wanted }) => {
      const result = await window.planner?.getBoard({});
      if (!result?.ok) throw new Error('getBoard failed');
      const board = result.value;
      for (const column of board.columns) {
        for (const card of column.cards) {
          if (card.spansTwoBlocks || card.pinned) continue;
          for (const block of board.blocks) {
            if (block === column.block) continue;
            const preview = await window.planner?.previewGroupMove({
              scenario,
              group: card.group,
              blocks: [block],
            });
            if (!preview?.ok) continue;
            if (wanted === 'refused' && !preview.value.allowed) {
              return { group: card.group, from: column.block, to: block };
            }
            if (
              wanted === 'allowed' &&
              preview.value.allowed &&
              preview.value.after.fullySatisfied !== preview.value.before.fullySatisfied
            ) {
              return { group: card.group, from: column.block, to: block };
            }
          }
        }
      }
      throw new Error(`No ${wanted} move found`);
    },
    { scenario: SCENARIO, wanted },
  );
}

function column(page: Page, block: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^Block ${block}$`) });
}

function card(page: Page, block: string, group: string): Locator {
  return column(page, block).getByRole('button', { name: new RegExp(`^${group},`) });
}

function figure(page: Page, key: string): Locator {
  return page.locator(`[data-figure="${key}"] .board-figure-value`);
}

async function shownNumber(locator: Locator): Promise<number> {
  return Number((await locator.innerText()).replace(/,/g, ''));
}

/** Drags with the mouse in small steps, as a hand would, and leaves the pointer over `to`. */
async function dragOver(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Nothing to drag');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(start.x + start.width / 2 + 10, start.y + start.height / 2, { steps: 3 });
  await page.mouse.move(end.x + end.width / 2, end.y + 60, { steps: 12 });
}

test('a group dragged with the mouse shows what would change, and the board then agrees with the engine', async ({
  page,
  shell,
}) => {
  const path = await openSolvedDemo(page, shell);
  await snap(page, 'board-01-at-rest');
  const move = await findMove(page, 'allowed');
  const before = await shownNumber(figure(page, 'fullySatisfied'));

  await dragOver(page, card(page, move.from, move.group), column(page, move.to));
  const consequences = page.getByRole('region', { name: 'What the move would do' });
  await expect(consequences).toContainText(`Moving ${move.group}`);
  await expect(consequences).toContainText(new RegExp(`Fully satisfied ${before} → \\d+`));
  await snap(page, 'board-02-drag-preview');
  const previewed = Number(
    /Fully satisfied \d+ → (\d+)/.exec(await consequences.innerText())?.[1] ?? Number.NaN,
  );
  await page.mouse.up();

  await expect(card(page, move.to, move.group)).toBeVisible();
  await expect(page.getByText(`Move ${move.group}`).first()).toBeVisible();
  await expect(figure(page, 'fullySatisfied')).toHaveText(String(previewed));
  const shown = await shownNumber(figure(page, 'fullySatisfied'));
  await snap(page, 'board-03-after-move');

  await closePlan(page);
  expect(engineFullySatisfied(path)).toBe(shown);
});

test('the same move with the keyboard: focus the group, Space, arrow keys, Space', async ({
  page,
  shell,
}) => {
  const path = await openSolvedDemo(page, shell);
  const move = await findMove(page, 'allowed');
  const { blocks } = await boardOf(page);
  const steps = blocks.indexOf(move.to) - blocks.indexOf(move.from);

  await card(page, move.from, move.group).focus();
  await page.keyboard.press('Space');
  const consequences = page.getByRole('region', { name: 'What the move would do' });
  // Picked up: the board says where the group is before any arrow key moves it.
  await expect(consequences).toContainText(`${move.group} (`);
  for (let step = 0; step < Math.abs(steps); step += 1) {
    await page.keyboard.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect(consequences).toContainText(`Moving ${move.group}`);
  await expect(consequences).toContainText(`to block ${move.to}`);
  await expect(consequences).toContainText(/Fully satisfied \d+ → \d+/);
  const previewed = Number(
    /Fully satisfied \d+ → (\d+)/.exec(await consequences.innerText())?.[1] ?? Number.NaN,
  );
  await page.keyboard.press('Space');

  await expect(card(page, move.to, move.group)).toBeVisible();
  await expect(card(page, move.from, move.group)).toHaveCount(0);
  await expect(figure(page, 'fullySatisfied')).toHaveText(String(previewed));
  // The drop did not also open the group: Space only moves it.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await closePlan(page);
  expect(engineFullySatisfied(path)).toBe(previewed);
});

test('undo and redo by button and keyboard, and undo still there after reopening the plan', async ({
  page,
  shell,
}) => {
  await openSolvedDemo(page, shell);
  const move = await findMove(page, 'allowed');
  const before = await figure(page, 'fullySatisfied').innerText();
  await dragOver(page, card(page, move.from, move.group), column(page, move.to));
  await expect(page.getByRole('region', { name: 'What the move would do' })).toContainText(
    /Fully satisfied \d+ → \d+/,
  );
  await page.mouse.up();
  await expect(card(page, move.to, move.group)).toBeVisible();
  const after = await figure(page, 'fullySatisfied').innerText();
  expect(after).not.toBe(before);

  const undo = page.getByRole('button', { name: `Undo: Move ${move.group} to block ${move.to}` });
  await undo.click();
  await expect(card(page, move.from, move.group)).toBeVisible();
  await expect(figure(page, 'fullySatisfied')).toHaveText(before);
  await expect(page.getByText(`Undone: Move ${move.group} to block ${move.to}`)).toBeVisible();

  await page.getByRole('button', { name: `Redo: Move ${move.group} to block ${move.to}` }).click();
  await expect(figure(page, 'fullySatisfied')).toHaveText(after);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(figure(page, 'fullySatisfied')).toHaveText(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(figure(page, 'fullySatisfied')).toHaveText(after);
  await page.keyboard.press('Control+z');
  await expect(figure(page, 'fullySatisfied')).toHaveText(before);
  await page.keyboard.press('Control+y');
  await expect(figure(page, 'fullySatisfied')).toHaveText(after);

  await closePlan(page);
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_FILE })).toBeVisible();
  await openBoard(page);
  await expect(figure(page, 'fullySatisfied')).toHaveText(after);
  await page.getByRole('button', { name: `Undo: Move ${move.group} to block ${move.to}` }).click();
  await expect(figure(page, 'fullySatisfied')).toHaveText(before);
  await expect(card(page, move.from, move.group)).toBeVisible();
});

test('a refused drop says why and changes nothing', async ({ page, shell }) => {
  await openSolvedDemo(page, shell);
  const move = await findMove(page, 'refused');
  const before = await boardOf(page);

  await dragOver(page, card(page, move.from, move.group), column(page, move.to));
  const consequences = page.getByRole('region', { name: 'What the move would do' });
  await expect(consequences).toContainText(`${move.group}`);
  await expect(consequences).toContainText(`cannot go in block ${move.to}`);
  await expect(column(page, move.to)).toContainText('Cannot go here');
  await snap(page, 'board-04-drag-refused');
  await page.mouse.up();

  await expect(consequences).toContainText(`Not moved: ${move.group}`);
  await expect(
    consequences.getByRole('list', { name: 'Why not' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await expect(card(page, move.from, move.group)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
  const after = await boardOf(page);
  expect(after.columns).toEqual(before.columns);
  expect(after.metrics).toEqual(before.metrics);
});

test('a pinned group stays in its block when the board is re-solved around it', async ({
  page,
  shell,
}) => {
  test.setTimeout(120_000);
  await openSolvedDemo(page, shell);
  const { columns } = await boardOf(page);
  const pinned = columns[1]?.cards.find((entry) => !entry.spansTwoBlocks);
  if (!pinned || !columns[1]) throw new Error('No group to pin');
  const block = columns[1].block;

  const pin = column(page, block).getByRole('button', {
    name: `Pin ${pinned.group} in block ${block}`,
  });
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(new RegExp(`Pin ${pinned.group}`)).first()).toBeVisible();

  // A pinned group cannot be picked up, and the board says why.
  await card(page, block, pinned.group).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'What the move would do' })).toContainText(
    `${pinned.group} is pinned to block ${block}, so it cannot be moved`,
  );

  await page.getByRole('button', { name: 'Re-solve around my pins' }).click();
  const summary = page.getByRole('dialog', { name: 'What the re-solve changed' });
  await expect(summary).toBeVisible({ timeout: 90_000 });
  await expect(summary.getByRole('list', { name: 'Figures before and after' })).toContainText(
    /Fully satisfied \d+ → \d+/,
  );
  await snap(page, 'board-05-resolve-summary');
  await summary.getByRole('button', { name: 'Close' }).click();
  await expect(summary).toBeHidden();

  await expect(card(page, block, pinned.group)).toBeVisible();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  const after = await boardOf(page);
  const stillThere = after.columns.find((entry) => entry.block === block)?.cards;
  expect(stillThere?.map((entry) => entry.group)).toContain(pinned.group);
});

test('the board shows the same figures as ks4plan solve --json on the same plan', async ({
  page,
  shell,
}) => {
  const path = join(shell.dir, 'From the command line.ks4');
  expect((await ks4plan('demo', path, '--pupils', '150', '--seed', '4')).code).toBe(0);
  const run = await ks4plan(
    'solve',
    path,
    '--time-limit',
    '3',
    '--seed',
    '1',
    '--scenario',
    'CLI run',
    '--json',
  );
  expect(run.code).toBe(0);
  const { metrics } = JSON.parse(run.out) as { metrics: Record<string, number> };

  shell.answerNextOpen(path);
  await page.getByRole('button', { name: 'Open plan…' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'From the command line.ks4' }),
  ).toBeVisible();
  await openBoard(page);
  for (const key of [
    'fullySatisfied',
    'choicesMet',
    'reservesUsed',
    'unresolved',
    'teacherClashes',
    'unstaffedGroups',
  ]) {
    await expect(figure(page, key), key).toHaveText(String(metrics[key]));
  }
  await expect(page.locator('[data-figure="fullySatisfied"]')).toContainText(
    `of ${metrics.pupils}`,
  );
});

test('a group opens in a panel, and balancing its course changes the make-up shown', async ({
  page,
  shell,
}) => {
  await openSolvedDemo(page, shell);
  // Balancing moves pupils only between groups in the same blocks: put two groups of a course
  // side by side first, as a deputy head would.
  const pair = await page.evaluate(async (scenario) => {
    const planner = window.planner;
    const board = await planner?.getBoard({});
    if (!planner || !board?.ok) throw new Error('getBoard failed');
    const cards = board.value.columns.flatMap((column) => column.cards);
    for (const one of cards) {
      if (one.spansTwoBlocks) continue;
      const sibling = cards.find(
        (other) =>
          other.courseCode === one.courseCode &&
          other.group !== one.group &&
          !other.spansTwoBlocks &&
          other.blocks[0] !== one.blocks[0],
      );
      if (!sibling) continue;
      const moved = await planner.moveGroup({ scenario, group: one.group, blocks: sibling.blocks });
      if (moved.ok) return { group: one.group, block: sibling.blocks[0] ?? '' };
    }
    throw new Error('No course can have two groups side by side');
  }, SCENARIO);
  // Another screen and back: the board loads the layout as it now is.
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Overview' })
    .click();
  await openBoard(page);

  await card(page, pair.block, pair.group).click();
  const panel = page.getByRole('complementary', { name: new RegExp(`^${pair.group}`) });
  await expect(panel).toContainText(`Pupils in ${pair.group}`);
  const table = panel.getByRole('table', { name: 'Make-up of each group of the course' });
  await expect(table.getByRole('columnheader', { name: pair.group })).toBeVisible();
  await snap(page, 'board-06-group-panel');
  const makeUpBefore = await table.innerText();

  await panel.getByRole('button', { name: 'Balance parallel groups' }).click();
  await expect(panel.getByText(/^Balanced: \d+ pupils? moved/)).toBeVisible();
  await expect(table).not.toHaveText(makeUpBefore);
  await expect(page.getByText(/^Balance the .* groups$/)).toBeVisible();
  await snap(page, 'board-07-balanced');

  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
});

test('a pupil moved to a parallel group with the keyboard is seated and locked there', async ({
  page,
  shell,
}) => {
  await openSolvedDemo(page, shell);
  const found = await page.evaluate(async (scenario) => {
    const result = await window.planner?.getBoard({});
    if (!result?.ok) throw new Error('getBoard failed');
    for (const column of result.value.columns) {
      for (const one of column.cards) {
        const detail = await window.planner?.getGroup({ scenario, group: one.group });
        if (!detail?.ok || detail.value.parallel.length < 2) continue;
        const others = detail.value.parallel.filter((group) => group.group !== one.group);
        const target = others[0];
        if (!target) continue;
        for (const member of detail.value.members) {
          const preview = await window.planner?.previewPupilMove({
            scenario,
            upn: member.upn,
            course: detail.value.courseCode,
            group: target.group,
          });
          if (preview?.ok && preview.value.allowed) {
            return { block: column.block, group: one.group, name: member.name, to: target.group };
          }
        }
      }
    }
    throw new Error('No pupil can move');
  }, SCENARIO);

  await card(page, found.block, found.group).focus();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: new RegExp(`^${found.group}`) });
  const members = panel.getByRole('table', { name: `Pupils in ${found.group}` });
  await expect(members.getByRole('rowheader', { name: new RegExp(found.name) })).toBeVisible();

  await panel.getByRole('button', { name: `Move ${found.name} to another`, exact: false }).focus();
  await page.keyboard.press('Space');
  await expect(panel).toContainText(`Drop ${found.name} on one of the groups above.`);
  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText(`Moving ${found.name} to ${found.to}`);
  await expect(panel).toContainText(/Fully satisfied \d+ → \d+/);
  await snap(page, 'board-08-pupil-preview');
  await page.keyboard.press('Space');

  await expect(page.getByText(new RegExp(`${found.name}`)).first()).toBeVisible();
  await expect(members.getByRole('rowheader', { name: new RegExp(found.name) })).toHaveCount(0);
  const moved = await page.evaluate(
    async ({ scenario, to }) => {
      const result = await window.planner?.getGroup({ scenario, group: to });
      if (!result?.ok) throw new Error('getGroup failed');
      return result.value.members;
    },
    { scenario: SCENARIO, to: found.to },
  );
  expect(moved.find((member) => member.name === found.name)?.locked).toBe(true);
});

test('a plan without blocks says so, and blocks built from the board appear on it', async ({
  page,
}) => {
  await page.getByLabel('Pupils').fill('60');
  await page.getByRole('button', { name: 'Open demo plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Demo plan/ })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Plan screens' })
    .getByRole('button', { name: 'Blocks board' })
    .click();
  await expect(page.getByText('This plan has no blocks yet')).toBeVisible();
  await snap(page, 'board-00-no-scenario');

  const panel = page.getByRole('region', { name: 'Option blocks' });
  await panel.getByLabel('Search for').selectOption('5');
  await panel.getByRole('button', { name: 'Build blocks' }).click();
  await expect(page.getByRole('region', { name: /^Block A$/ })).toBeVisible({ timeout: 30_000 });
  const scenarios = await page.evaluate(async () => {
    const result = await window.planner?.listScenarios();
    if (!result?.ok) throw new Error('listScenarios failed');
    return result.value;
  });
  expect(scenarios).toHaveLength(1);
  const first = scenarios[0];
  await expect(page.getByText(`Scenario ${first?.name ?? ''}`)).toBeVisible();
  await expect(figure(page, 'fullySatisfied')).toHaveText(String(first?.metrics?.fullySatisfied));

  // A second run: the board shows the newest, and offers the other to choose.
  const screens = page.getByRole('navigation', { name: 'Plan screens' });
  await screens.getByRole('button', { name: 'Overview' }).click();
  await panel.getByLabel('Search for').selectOption('5');
  await panel.getByRole('button', { name: 'Build blocks' }).click();
  await expect(panel.getByRole('status')).toContainText('Saved as scenario', { timeout: 30_000 });
  await openBoard(page);
  const chooser = page.getByRole('combobox', { name: 'Scenario' });
  await expect(chooser.getByRole('option')).toHaveCount(2);
  const newest = await chooser.inputValue();
  expect(newest).not.toBe(first?.name);
  // A pin on the newest scenario is not on the other: each scenario is its own board.
  const pin = page.getByRole('button', { name: /^Pin / }).first();
  const pinned = /^Pin (\S+) in/.exec((await pin.getAttribute('aria-label')) ?? '')?.[1] ?? '';
  const pinOf = () => page.getByRole('button', { name: new RegExp(`^Pin ${pinned} in`) }).first();
  await pin.click();
  await expect(pinOf()).toHaveAttribute('aria-pressed', 'true');

  await chooser.selectOption(first?.name ?? '');
  await expect(chooser).toHaveValue(first?.name ?? '');
  await expect(figure(page, 'fullySatisfied')).toHaveText(String(first?.metrics?.fullySatisfied));
  await expect(pinOf()).toHaveAttribute('aria-pressed', 'false');
  await chooser.selectOption(newest);
  await expect(pinOf()).toHaveAttribute('aria-pressed', 'true');
});
