import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/core/model';
import { solve, type Solution } from '../../src/core/solver';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { readSolverCohort } from '../../src/data/pathways/solver-cohort';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../src/data/plan/scenario-repository';
import { createPlanner, type Planner } from '../../src/services';
import type { BoardScreenView } from '../../src/shared/contract/board';
import type { StatusFiguresView } from '../../src/shared/contract/cohort';
import type { ScenarioComparisonView, ScenariosView } from '../../src/shared/contract/scenarios';
import { nullShellHooks } from '../helpers/null-shell-hooks';
import { sourceSolverWorker } from '../helpers/solver-worker';
import { apiCalls } from '../helpers/api-calls';

const DRAFT = 'Spring draft';
const LATIN = 'La';

let dir: string;
let planPath: string;
let planner: Planner;
/** The plan's own cohort and the draft's layout, as saved before the app opened the plan. */
let cohort: Cohort;
let draft: Solution;

const { value, refusal } = apiCalls(() => planner);

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ks4-scenarios-'));
  planPath = join(dir, 'Year 9.ks4');
  writeDemoPlan(planPath, { pupils: 240, seed: 4 });
  const db = openPlanFile(planPath);
  try {
    cohort = readSolverCohort(db);
    const result = solve(cohort, { seed: 1, maxIterations: 300 });
    saveScenario(db, {
      name: DRAFT,
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
    });
    draft = readScenario(db, DRAFT)?.solution ?? result.solution;
  } finally {
    db.close();
  }
  planner = createPlanner({
    hooks: nullShellHooks({ choosePlanToOpen: async () => planPath }),
    appName: 'KS4 Planner',
    appVersion: '0.0.0',
    createSolverWorker: sourceSolverWorker,
  });
  await value('choosePlanToOpen');
});
afterEach(() => {
  planner.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const names = (view: ScenariosView) => view.scenarios.map((scenario) => scenario.name);

describe('"What if we drop Latin?" through the API', () => {
  it('creates, solves and compares the scenario, naming every pupil who loses Latin', async () => {
    const created = await value<ScenariosView>('createScenario', {
      name: 'No Latin',
      from: DRAFT,
      whatIfs: [{ kind: 'drop-course', course: LATIN }],
    });
    expect(names(created)).toEqual([DRAFT, 'No Latin']);
    const fresh = created.scenarios[1];
    expect(fresh).toMatchObject({
      whatIfWords: ['Latin is not offered'],
      needsSolve: true,
      isAgreed: false,
    });
    // The copied layout is shown without Latin until the scenario is solved again.
    expect(Object.keys(fresh?.metrics?.groupSizes ?? {})).not.toContain(LATIN);

    const solved = await value<ScenariosView>('solveScenario', {
      name: 'No Latin',
      timeLimitSeconds: 5,
    });
    const noLatin = solved.scenarios[1];
    expect(noLatin?.needsSolve).toBe(false);
    expect(noLatin?.metrics?.pupils).toBe(cohort.choices.length);
    expect(Object.keys(noLatin?.metrics?.groupSizes ?? {})).not.toContain(LATIN);

    const board = await value<BoardScreenView>('getBoard', { scenario: 'No Latin' });
    expect(board.history.undoLabel).toBe('Build the blocks again');
    const boardCourses = board.columns.flatMap((column) => column.cards.map((c) => c.courseCode));
    expect(boardCourses).not.toContain(LATIN);

    const comparison = await value<ScenarioComparisonView>('compareScenarios', {
      names: [DRAFT, 'No Latin'],
    });
    const choseLatin = cohort.choices
      .filter((list) => list.choices.includes(LATIN))
      .map((list) => list.upn);
    const seatedInLatin = draft.placements
      .filter((placement) => placement.course === LATIN)
      .map((placement) => placement.upn);
    expect(choseLatin.length).toBeGreaterThan(0);
    const losingLatin = comparison.pupils
      .filter((pupil) => pupil.changes[0]?.lost.includes('Latin'))
      .map((pupil) => pupil.upn);
    expect(losingLatin.sort()).toEqual([...new Set([...choseLatin, ...seatedInLatin])].sort());
    expect(comparison.summary[0]?.choicesDropped).toBe(choseLatin.length);
    expect(comparison.scenarios.map((figures) => figures.name)).toEqual([DRAFT, 'No Latin']);
    // Pupils losing a full timetable come first.
    const outcomes = comparison.pupils.map((pupil) => pupil.changes[0]?.outcome);
    const firstOther = outcomes.findIndex((outcome) => outcome !== 'loses');
    expect(outcomes.slice(firstOther === -1 ? outcomes.length : firstOther)).not.toContain('loses');
    expect(comparison.summary[0]?.losses).toBe(outcomes.filter((o) => o === 'loses').length);

    // No pupil who chose Latin has all their choices without it, and every screen says so.
    const [, noLatinFigures] = comparison.scenarios;
    expect(noLatinFigures?.fullySatisfied).toBeLessThanOrEqual(
      cohort.choices.length - choseLatin.length,
    );
    expect(board.droppedChoices).toEqual({
      courses: ['Latin'],
      pupils: choseLatin.length,
      fullySatisfied: noLatinFigures?.fullySatisfied,
    });
    expect(board.metrics?.fullySatisfied).toBeGreaterThan(noLatinFigures?.fullySatisfied ?? 0);
    const listed = await value<ScenariosView>('getScenarios');
    expect(listed.scenarios[1]?.metrics).toMatchObject({
      fullySatisfied: noLatinFigures?.fullySatisfied,
      choicesMet: noLatinFigures?.choicesMet,
      choicesRequested: noLatinFigures?.choicesRequested,
    });
    const status = await value<StatusFiguresView>('getStatusFigures');
    expect(status.scenario).toMatchObject({
      name: 'No Latin',
      fullySatisfied: noLatinFigures?.fullySatisfied,
      unresolved: noLatinFigures?.unresolved,
    });
  }, 60_000);

  it('solves a scenario with a fifth block and a teacher who is not in the plan', async () => {
    const blocks = [...cohort.blocks, 'Extra'];
    const taught = cohort.staff[0]?.courses[0] ?? '';
    await value('createScenario', {
      name: 'Bigger timetable',
      from: DRAFT,
      whatIfs: [
        { kind: 'set-blocks', blocks },
        ...cohort.staff
          .filter((member) => member.courses.includes(taught))
          .map((member) => ({ kind: 'remove-teacher', staff: member.code })),
        {
          kind: 'add-teacher',
          staff: 'NEWT',
          name: 'Ms Newton',
          courses: [taught],
          maxGroups: null,
        },
      ],
    });
    await value('solveScenario', { name: 'Bigger timetable', timeLimitSeconds: 3, seed: 2 });
    const board = await value<BoardScreenView>('getBoard', { scenario: 'Bigger timetable' });
    expect(board.blocks).toEqual(blocks);
    const cards = board.columns.flatMap((column) => column.cards);
    const teachers = cards.filter((card) => card.courseCode === taught).map((c) => c.teacher?.code);
    expect(teachers.length).toBeGreaterThan(0);
    expect(new Set(teachers)).toEqual(new Set(['NEWT']));
  }, 60_000);
});

describe('a what-if scenario before it is solved again', () => {
  it('opens on the board with its copied layout cut down to the new data', async () => {
    const lost = cohort.blocks.at(-1) ?? '';
    const renamed = [...cohort.blocks.slice(0, -1), 'Z'];
    await value('createScenario', {
      name: 'Renamed block',
      from: DRAFT,
      whatIfs: [
        { kind: 'set-blocks', blocks: renamed },
        { kind: 'drop-course', course: LATIN },
      ],
    });
    const board = await value<BoardScreenView>('getBoard', { scenario: 'Renamed block' });
    expect(board.blocks).toEqual(renamed);
    const cards = [...board.columns.flatMap((column) => column.cards), ...board.unplaced];
    expect(cards.map((card) => card.courseCode)).not.toContain(LATIN);
    // Groups that sat in the block that went wait, unplaced, for the scenario to be solved.
    const inLostBlock = draft.groups.filter(
      (group) => group.course !== LATIN && group.blocks.includes(lost),
    );
    expect(inLostBlock.length).toBeGreaterThan(0);
    expect([...new Set(board.unplaced.map((card) => card.group))].sort()).toEqual(
      inLostBlock.map((group) => group.label).sort(),
    );
  });

  it('is refused when its what-ifs leave a course that cannot run, with nothing saved', async () => {
    // The demo's off-site course runs only in the last block, when its college staff are free.
    const whatIfs = [{ kind: 'set-blocks', blocks: cohort.blocks.slice(0, -1) }];
    const check = await value<{ problems: string[] }>('checkWhatIfs', { whatIfs });
    expect(check.problems.length).toBeGreaterThan(0);
    for (const problem of check.problems) {
      expect(problem).toMatch(/^With these what-ifs, the blocks cannot be built: .*off site/);
    }
    const refused = await refusal('createScenario', { name: 'Fewer', from: DRAFT, whatIfs });
    expect(refused.message).toBe(
      `The what-ifs of scenario "Fewer" do not fit the plan: ${check.problems.join(' ')}`,
    );
    expect(names(await value<ScenariosView>('getScenarios'))).toEqual([DRAFT]);
  });
});

describe('managing scenarios through the API', () => {
  it('duplicates and renames with clear refusals for names already used', async () => {
    await value('duplicateScenario', { name: DRAFT, newName: 'Copy' });
    const renamed = await value<ScenariosView>('renameScenario', {
      name: 'Copy',
      newName: '  Final  ',
    });
    expect(names(renamed)).toEqual([DRAFT, 'Final']);
    expect(renamed.scenarios[1]?.metrics).toEqual(renamed.scenarios[0]?.metrics);

    const taken = await refusal('renameScenario', { name: 'Final', newName: 'spring DRAFT' });
    expect(taken).toEqual({
      code: 'scenario-exists',
      message: `There is already a scenario called "${DRAFT}". Choose another name.`,
    });
    const missing = await refusal('duplicateScenario', { name: 'Autumn', newName: 'X' });
    expect(missing.message).toBe(
      'The plan has no scenario called "Autumn"; it may have been renamed or deleted.',
    );
    expect((await refusal('renameScenario', { name: 'Final', newName: '   ' })).code).toBe(
      'invalid-payload',
    );
  });

  it('deletes with one step of undo, and keeps the agreed plan from being deleted', async () => {
    await value('duplicateScenario', { name: DRAFT, newName: 'Plan B' });
    await value('duplicateScenario', { name: DRAFT, newName: 'Plan C' });
    await value('markAgreed', { name: 'Plan B' });

    const refused = await refusal('deleteScenario', { name: 'Plan B' });
    expect(refused.message).toBe(
      '"Plan B" is the agreed plan, which letters and exports use. Mark another scenario as ' +
        'the agreed plan before deleting it.',
    );

    const deleted = await value<ScenariosView>('deleteScenario', { name: DRAFT });
    expect(names(deleted)).toEqual(['Plan B', 'Plan C']);
    expect(deleted.restorable).toBe(DRAFT);
    // The board opens on the agreed plan and no longer offers the deleted one.
    const board = await value<BoardScreenView>('getBoard', {});
    expect(board.scenario).toBe('Plan B');
    expect(board.scenarios.map((entry) => entry.name)).toEqual(['Plan B', 'Plan C']);

    const restored = await value<ScenariosView>('restoreScenario', { name: DRAFT });
    expect(names(restored)).toEqual([DRAFT, 'Plan B', 'Plan C']);
    expect(restored.restorable).toBeNull();

    await value('deleteScenario', { name: 'Plan C' });
    const second = await value<ScenariosView>('deleteScenario', { name: DRAFT });
    expect(second.restorable).toBe(DRAFT);
    const gone = await refusal('restoreScenario', { name: 'Plan C' });
    expect(gone.message).toContain('only the scenario deleted last can be restored');

    const agreed = await value<ScenariosView>('markAgreed', { name: 'Plan B' });
    expect(agreed.scenarios.filter((s) => s.isAgreed).map((s) => s.name)).toEqual(['Plan B']);
  });

  it('checks what-ifs without saving, and refuses bad ones with nothing changed', async () => {
    const check = await value<{ problems: string[]; words: string[] }>('checkWhatIfs', {
      whatIfs: [
        { kind: 'drop-course', course: 'Lat' },
        { kind: 'set-groups', course: LATIN, groups: 2 },
      ],
    });
    expect(check.words).toEqual(['Lat is not offered', 'Latin runs 2 groups']);
    expect(check.problems).toEqual([
      'What-if 1 ("Lat is not offered"): the plan has no course with the code Lat. ' +
        'Did you mean La (Latin)?',
    ]);

    const before = await value<ScenariosView>('getScenarios');
    const refused = await refusal('setWhatIfs', {
      name: DRAFT,
      whatIfs: [{ kind: 'remove-teacher', staff: 'NOBODY' }],
    });
    expect(refused.message).toBe(
      `The what-ifs of scenario "${DRAFT}" do not fit the plan: What-if 1 ("NOBODY is not ` +
        'available"): the plan has no teacher with the code NOBODY.',
    );
    expect(await value('getScenarios')).toEqual(before);

    const set = await value<ScenariosView>('setWhatIfs', {
      name: DRAFT,
      whatIfs: [{ kind: 'set-size-limit', course: LATIN, maxGroupSize: 12 }],
    });
    expect(set.scenarios[0]).toMatchObject({
      needsSolve: true,
      whatIfWords: ['Latin groups hold at most 12 pupils'],
    });
  });
});
