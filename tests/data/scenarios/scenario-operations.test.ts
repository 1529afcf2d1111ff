import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WhatIfEdit } from '../../../src/core/scenarios';
import { solve } from '../../../src/core/solver';
import { generateSyntheticCohort } from '../../../src/core/synthetic';
import { applyBoardSide } from '../../../src/core/board';
import { boardHistory, readBoardState, takeUndo } from '../../../src/data/plan/board-repository';
import {
  replaceChoices,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from '../../../src/data/plan/cohort-repository';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/data/plan/migrations';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import {
  agreedOrLatestScenarioName,
  latestScenarioName,
  listScenarios,
  readScenario,
  saveScenario,
  scenarioExists,
} from '../../../src/data/plan/scenario-repository';
import {
  createScenario,
  deleteScenario,
  listScenarioRecords,
  markAgreed,
  readScenarioCohort,
  renameScenario,
  restorableScenarioName,
  restoreScenario,
  saveScenarioSolve,
  ScenarioError,
  setScenarioWhatIfs,
} from '../../../src/data/scenarios';
import { makeTempDir } from '../plan/temp-plan';

const FIRST = 'First try';

let dir: string;
let cleanup: () => void;
let path: string;
let db: PlanDatabase;

/** A 40-pupil plan with one solved scenario, written in the given plan format. */
function writePlan(file: string, format = LATEST_SCHEMA_VERSION): void {
  const { cohort } = generateSyntheticCohort({ pupils: 40, seed: 11 });
  const plan = openPlanFile(file, { create: true, migrations: MIGRATIONS.slice(0, format) });
  const result = solve(cohort, { seed: 2, maxIterations: 800 });
  plan.transaction(() => {
    writeBlocks(plan, cohort.blocks);
    upsertCourses(plan, cohort.courses);
    upsertPupils(plan, cohort.pupils);
    upsertStaff(plan, cohort.staff);
    replaceChoices(plan, cohort.choices);
    saveScenario(plan, {
      name: FIRST,
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
      now: new Date('2026-03-02T09:00:00Z'),
    });
  })();
  plan.close();
}

function reopen(): void {
  db.close();
  db = openPlanFile(path);
}

/** Throws the ScenarioError `run` throws, or fails. */
function refusal(run: () => unknown): ScenarioError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  path = join(dir, 'plan.ks4');
  writePlan(path);
  db = openPlanFile(path);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('migration 4', () => {
  it('opens a format 3 plan with its scenario as a plain scenario without what-ifs', () => {
    const old = join(dir, 'format3.ks4');
    writePlan(old, 3);
    const upgraded = openPlanFile(old);
    try {
      expect(upgraded.pragma('user_version', { simple: true })).toBe(4);
      expect(listScenarioRecords(upgraded)).toEqual([
        expect.objectContaining({ name: FIRST, whatIfs: [], needsSolve: false, isAgreed: false }),
      ]);
      expect(readScenario(upgraded, FIRST)?.solution.groups.length).toBeGreaterThan(0);
      expect(restorableScenarioName(upgraded)).toBeNull();
    } finally {
      upgraded.close();
    }
  });
});

describe('what-if scenarios in the plan file', () => {
  it('keeps a scenario with a new block and a new teacher through a solve and a reopen', () => {
    const base = readScenarioCohort(db, FIRST);
    const course = base.courses[0];
    if (!course) throw new Error('no courses');
    const leaving = base.staff.filter((member) => member.courses.includes(course.code));
    const whatIfs: WhatIfEdit[] = [
      { kind: 'set-blocks', blocks: [...base.blocks, 'Z'] },
      ...leaving.map((member): WhatIfEdit => ({ kind: 'remove-teacher', staff: member.code })),
      {
        kind: 'add-teacher',
        staff: 'NEW',
        name: 'Mrs New',
        courses: [...new Set(leaving.flatMap((member) => member.courses))],
        maxGroups: null,
      },
    ];
    createScenario(db, { name: 'Bigger', from: FIRST, whatIfs });
    expect(listScenarioRecords(db).map((r) => [r.name, r.needsSolve])).toEqual([
      [FIRST, false],
      ['Bigger', true],
    ]);
    // The copied layout keeps no teacher the scenario does not have.
    const copied = readScenario(db, 'Bigger');
    const removed = new Set(whatIfs.flatMap((e) => (e.kind === 'remove-teacher' ? [e.staff] : [])));
    expect(copied?.solution.groups.some((g) => g.teacher !== null && removed.has(g.teacher))).toBe(
      false,
    );

    const cohort = readScenarioCohort(db, 'Bigger');
    expect(cohort.blocks).toEqual([...base.blocks, 'Z']);
    const result = solve(cohort, { seed: 3, maxIterations: 800 });
    saveScenarioSolve(db, 'Bigger', whatIfs, { ...result, origin: { seed: 3 } });
    reopen();

    const saved = readScenario(db, 'Bigger');
    expect(saved?.solution.groups).toEqual(
      expect.arrayContaining(result.solution.groups.map((g) => expect.objectContaining(g))),
    );
    expect(saved?.solution.groups).toHaveLength(result.solution.groups.length);
    expect(saved?.solution.groups.some((g) => g.teacher === 'NEW')).toBe(true);
    expect(saved?.solution.groups.some((g) => g.blocks.includes('Z'))).toBe(true);
    expect(listScenarioRecords(db)[1]?.needsSolve).toBe(false);
    expect(boardHistory(db, 'Bigger').undoLabel).toBe('Build the blocks again');
    // Undo puts back the copied layout.
    const current = readBoardState(db, 'Bigger');
    const undo = takeUndo(db, 'Bigger');
    expect(undo?.label).toBe('Build the blocks again');
    if (!current || !undo) throw new Error('nothing to undo');
    expect(applyBoardSide(current, undo.side).solution.groups).toEqual(
      expect.arrayContaining(copied?.solution.groups ?? []),
    );
    // The plan's own scenario and data are untouched.
    expect(readScenarioCohort(db, FIRST)).toEqual(base);
  });

  it('refuses what-ifs that do not fit the plan, saving nothing', () => {
    const before = listScenarioRecords(db);
    const problem = refusal(() =>
      createScenario(db, {
        name: 'Broken',
        from: FIRST,
        whatIfs: [{ kind: 'drop-course', course: 'NOPE' }],
      }),
    );
    expect(problem.code).toBe('bad-what-ifs');
    expect(problem.message).toMatch(
      /^The what-ifs of scenario "Broken" do not fit the plan: What-if 1 \("NOPE is not offered"\): the plan has no course with the code NOPE\./,
    );
    expect(() =>
      setScenarioWhatIfs(db, FIRST, [{ kind: 'remove-teacher', staff: 'NOPE' }]),
    ).toThrow(ScenarioError);
    expect(listScenarioRecords(db)).toEqual(before);
  });

  it('refuses a solve made for what-ifs that have changed since', () => {
    const cohort = readScenarioCohort(db, FIRST);
    const result = solve(cohort, { seed: 1, maxIterations: 200 });
    const course = cohort.courses[0]?.code ?? '';
    setScenarioWhatIfs(db, FIRST, [{ kind: 'set-groups', course, groups: 2 }]);
    const problem = refusal(() =>
      saveScenarioSolve(db, FIRST, [], { ...result, origin: { seed: 1 } }),
    );
    expect(problem.message).toBe(
      `The what-ifs of "${FIRST}" changed while it was being solved. Solve it again.`,
    );
    expect(listScenarioRecords(db)[0]?.needsSolve).toBe(true);
  });

  it('reports damaged stored what-ifs by scenario', () => {
    db.prepare('UPDATE scenarios SET what_ifs_json = \'[{"kind":"fly"}]\'').run();
    expect(refusal(() => readScenarioCohort(db, FIRST)).message).toBe(
      `The what-ifs of scenario "${FIRST}" are damaged and cannot be read. Set its what-ifs ` +
        'again, or delete it; the other scenarios are unharmed.',
    );
  });
});

describe('names, deletion and the agreed plan', () => {
  it('checks names: trimmed, not empty, not too long, not used', () => {
    createScenario(db, { name: '  Second  ', from: FIRST, whatIfs: [] });
    expect(listScenarios(db).map((s) => s.name)).toEqual([FIRST, 'Second']);
    expect(refusal(() => renameScenario(db, 'Second', ' ')).message).toBe(
      'A scenario needs a name.',
    );
    expect(refusal(() => renameScenario(db, 'Second', 'x'.repeat(81))).message).toMatch(
      /is 81 characters long; a scenario name can have at most 80\.$/,
    );
    expect(refusal(() => renameScenario(db, 'Second', 'FIRST TRY')).code).toBe('name-taken');
    // A change of capitals is a rename of its own.
    renameScenario(db, 'Second', 'SECOND');
    expect(listScenarios(db).map((s) => s.name)).toEqual([FIRST, 'SECOND']);
  });

  it('keeps only the last deleted scenario restorable, across a reopen', () => {
    createScenario(db, { name: 'B', from: FIRST, whatIfs: [] });
    createScenario(db, { name: 'C', from: FIRST, whatIfs: [] });
    deleteScenario(db, 'B');
    expect(scenarioExists(db, 'B')).toBe(false);
    expect(readScenario(db, 'B')).toBeNull();
    expect(latestScenarioName(db)).toBe('C');
    reopen();
    expect(restorableScenarioName(db)).toBe('B');
    restoreScenario(db, 'B');
    expect(listScenarios(db).map((s) => s.name)).toEqual([FIRST, 'B', 'C']);

    deleteScenario(db, 'C');
    deleteScenario(db, 'B');
    expect(restorableScenarioName(db)).toBe('B');
    expect(db.prepare("SELECT count(*) FROM scenarios WHERE name = 'C'").pluck().get()).toBe(0);
    expect(refusal(() => restoreScenario(db, 'C')).code).toBe('not-found');

    // A new scenario with the deleted one's name forgets the deleted one for good.
    createScenario(db, { name: 'b', from: FIRST, whatIfs: [] });
    expect(restorableScenarioName(db)).toBeNull();
    expect(listScenarios(db).map((s) => s.name)).toEqual([FIRST, 'b']);
  });

  it('keeps exactly one agreed plan, which cannot be deleted and is the default', () => {
    createScenario(db, { name: 'Later', from: FIRST, whatIfs: [] });
    expect(agreedOrLatestScenarioName(db)).toBe('Later');
    markAgreed(db, FIRST);
    expect(agreedOrLatestScenarioName(db)).toBe(FIRST);
    markAgreed(db, 'Later');
    expect(
      listScenarios(db)
        .filter((s) => s.isAgreed)
        .map((s) => s.name),
    ).toEqual(['Later']);
    expect(refusal(() => deleteScenario(db, 'Later')).code).toBe('refused');
    deleteScenario(db, FIRST);
    expect(agreedOrLatestScenarioName(db)).toBe('Later');
  });
});
