import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Course, Pupil, StaffMember } from '../../../src/core/model';
import type { Solution } from '../../../src/core/solver/types';
import {
  replaceChoices,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from '../../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { saveScenario } from '../../../src/data/plan/scenario-repository';
import { readScenarioExport, type ScenarioExport } from '../../../src/data/export/scenario-export';
import { writeSetting } from '../../../src/data/plan/settings-repository';
import { readScenario } from '../../../src/data/plan/scenario-repository';
import { NO_FIGURES } from '../../helpers/no-figures';
import { makeTempDir } from '../plan/temp-plan';

/**
 * A plan small enough to reason about by hand, with names a spreadsheet would run as formulas.
 * Blocks A, B, C; Triple Science is a double course in A and B; the "+Ev1" group has no teacher;
 * Art & Design runs no group. Four pupils:
 * - 100001 "+1", Amy (F, disadvantaged): History, Geography — both met.
 * - 100002 "-2", "@SUM(A1:A9)" (F): Triple Science, the formula course — both met.
 * - 100003 Brown, "=1+1" (M, disadvantaged, SEN support): History, Triple Science, Geography —
 *   History unmet (its groups clash with Triple Science).
 * - 100004 Adams, Zoe (M): Geography, History, reserve the formula course — Geography unmet,
 *   the reserve given instead.
 */

export const FORMULA_COURSE = '=HYPERLINK("http://example.com","Click")';
export const FORMULA_TEACHER = "=cmd|' /C calc'!A0";

const course = (code: string, name: string, extra: Partial<Course> = {}): Course => ({
  code,
  name,
  maxGroupSize: 30,
  minGroupSize: 1,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: 'GCSE',
  category: null,
  ...extra,
});

export const COURSES: Course[] = [
  course('Hi', 'History'),
  course('Gg', 'Geography'),
  course('TSc', 'Triple Science', { blocksSpanned: 2 }),
  course('Ev', FORMULA_COURSE),
  course('Ar', 'Art & Design'),
];

const pupil = (upn: string, surname: string, forename: string, extra: Partial<Pupil>): Pupil => ({
  upn,
  surname,
  forename,
  form: '9X',
  gender: null,
  disadvantaged: false,
  send: 'N',
  eal: false,
  priorAttainment: { score: null, band: 'M' },
  pathway: null,
  ...extra,
});

export const PUPILS: Pupil[] = [
  pupil('A100000000001', '+1', 'Amy', { gender: 'F', disadvantaged: true }),
  pupil('A100000000002', '-2', '@SUM(A1:A9)', { gender: 'F' }),
  pupil('A100000000003', 'Brown', '=1+1', { gender: 'M', disadvantaged: true, send: 'K' }),
  pupil('A100000000004', 'Adams', 'Zoe', { gender: 'M' }),
];

export const STAFF: StaffMember[] = [
  { code: 'T1', name: 'Ann Jones', courses: ['Hi', 'Gg'], maxGroups: null, unavailableBlocks: [] },
  { code: 'T2', name: FORMULA_TEACHER, courses: ['TSc'], maxGroups: 2, unavailableBlocks: ['C'] },
  { code: 'T3', name: 'Bob Smith', courses: ['Ev'], maxGroups: 1, unavailableBlocks: ['B'] },
];

export const SOLUTION: Solution = {
  groups: [
    { label: 'Hi1', course: 'Hi', blocks: ['A'], teacher: 'T1' },
    { label: 'Hi2', course: 'Hi', blocks: ['B'], teacher: 'T1' },
    { label: 'Gg1', course: 'Gg', blocks: ['C'], teacher: 'T1' },
    { label: 'TSc1', course: 'TSc', blocks: ['A', 'B'], teacher: 'T2' },
    { label: '+Ev1', course: 'Ev', blocks: ['C'], teacher: null },
  ],
  placements: [
    { upn: 'A100000000001', course: 'Hi', group: 'Hi1', reserve: false },
    { upn: 'A100000000001', course: 'Gg', group: 'Gg1', reserve: false },
    { upn: 'A100000000002', course: 'TSc', group: 'TSc1', reserve: false },
    { upn: 'A100000000002', course: 'Ev', group: '+Ev1', reserve: false },
    { upn: 'A100000000003', course: 'TSc', group: 'TSc1', reserve: false },
    { upn: 'A100000000003', course: 'Gg', group: 'Gg1', reserve: false },
    { upn: 'A100000000004', course: 'Hi', group: 'Hi1', reserve: false },
    { upn: 'A100000000004', course: 'Ev', group: '+Ev1', reserve: true },
  ],
};

export const SCENARIO = 'Spring draft';

/** Writes the hand-made plan, with its one scenario, into dir; returns the open database. */
export function writeHandMadePlan(dir: string): { path: string; db: PlanDatabase } {
  const path = join(dir, 'hand-made.ks4');
  const db = openPlanFile(path, { create: true });
  db.transaction(() => {
    writeBlocks(db, ['A', 'B', 'C']);
    upsertCourses(db, COURSES);
    upsertPupils(db, PUPILS);
    upsertStaff(db, STAFF);
    replaceChoices(db, [
      { upn: 'A100000000001', choices: ['Hi', 'Gg'], reserves: ['Ev'] },
      { upn: 'A100000000002', choices: ['TSc', 'Ev'], reserves: [] },
      { upn: 'A100000000003', choices: ['Hi', 'TSc', 'Gg'], reserves: [] },
      { upn: 'A100000000004', choices: ['Gg', 'Hi'], reserves: ['Ev'] },
    ]);
    writeSetting(db, 'school_name', 'Hillside School');
    writeSetting(db, 'cohort', 'Year 9 2026');
    saveScenario(db, {
      name: SCENARIO,
      solution: SOLUTION,
      figures: {
        // Deliberately stale figures: the summary must measure the scenario itself.
        metrics: NO_FIGURES,
        unresolved: [
          { upn: 'A100000000003', course: 'Hi', reason: '=History clashes with Triple Science' },
        ],
      },
    });
  })();
  return { path, db };
}

/**
 * The hand-made scenario as exports read it: the plan is written before the file's tests and
 * removed after them; call the returned function inside a test.
 */
export function handMadeExport(): () => ScenarioExport {
  let db: PlanDatabase | null = null;
  let cleanup = (): void => undefined;
  let plan: ScenarioExport | null = null;
  beforeAll(() => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    db = writeHandMadePlan(temp.dir).db;
    const scenario = readScenario(db, SCENARIO);
    if (!scenario) throw new Error('the hand-made scenario is missing');
    plan = readScenarioExport(db, scenario);
  });
  afterAll(() => {
    db?.close();
    cleanup();
  });
  return () => {
    if (!plan) throw new Error('the hand-made plan is written before the tests run');
    return plan;
  };
}
