import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookletCsv } from '../../../src/data/export/booklet-csv';
import { misClassListCsv } from '../../../src/data/export/mis-csv';
import { readScenarioExport } from '../../../src/data/export/scenario-export';
import { allocationsCsv, groupsCsv, unresolvedCsv } from '../../../src/data/export/solution-csv';
import { staffingCsv } from '../../../src/data/export/staffing-csv';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { readScenario, type StoredScenario } from '../../../src/data/plan/scenario-repository';
import { makeTempDir } from '../plan/temp-plan';
import { FORMULA_COURSE, FORMULA_TEACHER, SCENARIO, writeHandMadePlan } from './hand-made-plan';
import { csvRows } from './read-csv';

let db: PlanDatabase;
let cleanup: () => void;
let scenario: StoredScenario;

beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = writeHandMadePlan(temp.dir).db;
  const stored = readScenario(db, SCENARIO);
  if (!stored) throw new Error('the hand-made scenario is missing');
  scenario = stored;
});
afterAll(() => {
  db.close();
  cleanup();
});

/** What a spreadsheet would run as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

const exports: [string, () => string, string[]][] = [
  ['allocations', () => allocationsCsv(scenario.solution), ["'+Ev1"]],
  ['groups', () => groupsCsv(scenario.solution), ["'+Ev1"]],
  [
    'unresolved choices',
    () => unresolvedCsv(scenario.unresolved),
    ["'=History clashes with Triple Science"],
  ],
  [
    'MIS class lists',
    () => misClassListCsv(readScenarioExport(db, scenario)),
    ["'+Ev1", `'${FORMULA_COURSE}`, "'+1", "'-2", "'@SUM(A1:A9)", "'=1+1"],
  ],
  [
    'booklet grid',
    () => bookletCsv(readScenarioExport(db, scenario)),
    ["'+Ev1", `'${FORMULA_COURSE}`, `'${FORMULA_COURSE}: 1 group`],
  ],
  [
    'staffing by block',
    () => staffingCsv(readScenarioExport(db, scenario)),
    ["'+Ev1", `'${FORMULA_TEACHER}`],
  ],
];

describe.each(exports)('the %s export', (_name, render, neutralised) => {
  it('writes no cell a spreadsheet would run as a formula', () => {
    const cells = csvRows(render()).flat();
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });

  it('keeps the text of names that look like formulas, behind an apostrophe', () => {
    const cells = csvRows(render()).flat();
    for (const value of neutralised) expect(cells).toContain(value);
  });
});
