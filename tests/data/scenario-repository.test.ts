import { parse } from 'csv-parse/sync';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solve } from '../../src/core/solver';
import type { PupilPlacement, SolveResult } from '../../src/core/solver/types';
import { writeDemoPlan } from '../../src/data/demo-plan';
import { allocationsCsv, groupsCsv, unresolvedCsv } from '../../src/data/export/solution-csv';
import { readCohort } from '../../src/data/plan/cohort-repository';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import {
  latestScenarioName,
  listScenarios,
  readScenario,
  saveScenario,
  ScenarioExistsError,
} from '../../src/data/plan/scenario-repository';
import { makeTempDir } from './plan/temp-plan';

let db: PlanDatabase;
let cleanup: () => void;
let result: SolveResult;

beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const path = join(temp.dir, 'plan.ks4');
  writeDemoPlan(path, { pupils: 90, seed: 5 });
  db = openPlanFile(path);
  result = solve(readCohort(db), { seed: 1, maxIterations: 3000, timeLimitMs: 20_000 });
});
afterAll(() => {
  db.close();
  cleanup();
});

const byKey = (a: PupilPlacement, b: PupilPlacement) =>
  `${a.upn}|${a.course}`.localeCompare(`${b.upn}|${b.course}`);

describe('scenarios in the plan file', () => {
  it('stores a solution and reads back the same groups, blocks, teachers and places', () => {
    const doubleCourse = result.solution.groups.find((group) => group.blocks.length === 2);
    expect(doubleCourse).toBeDefined();
    saveScenario(db, {
      name: 'First try',
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
      pinnedGroups: [result.solution.groups[0]?.label ?? ''],
      lockedPlacements: [result.solution.placements[0] as PupilPlacement],
      now: new Date('2026-03-02T09:00:00Z'),
    });
    const stored = readScenario(db, 'First try');
    expect(stored).not.toBeNull();
    const sortGroups = (groups: typeof result.solution.groups) =>
      [...groups].sort((a, b) => a.label.localeCompare(b.label));
    expect(sortGroups(stored?.solution.groups ?? [])).toEqual(sortGroups(result.solution.groups));
    expect([...(stored?.solution.placements ?? [])].sort(byKey)).toEqual(
      [...result.solution.placements].sort(byKey),
    );
    expect(stored?.metrics).toEqual(result.metrics);
    expect(stored?.unresolved).toEqual(result.unresolved);
    const firstGroup = result.solution.groups[0];
    expect(stored?.pins).toEqual({ [firstGroup?.label ?? '']: firstGroup?.blocks });
    expect(stored?.lockedPlacements).toHaveLength(1);
  });

  it('refuses a second scenario of the same name unless asked to replace it', () => {
    const figures = { metrics: result.metrics, unresolved: [] };
    expect(() =>
      saveScenario(db, { name: 'first TRY', solution: result.solution, figures }),
    ).toThrow(ScenarioExistsError);
    saveScenario(db, {
      name: 'First try',
      solution: result.solution,
      figures,
      replace: true,
      now: new Date('2026-03-03T09:00:00Z'),
    });
    expect(listScenarios(db).map((scenario) => scenario.name)).toEqual(['First try']);
    expect(readScenario(db, 'First try')?.unresolved).toEqual([]);
  });

  it('names the latest scenario', () => {
    saveScenario(db, {
      name: 'Second try',
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
      now: new Date('2026-03-04T09:00:00Z'),
    });
    expect(latestScenarioName(db)).toBe('Second try');
  });
});

describe('solution CSVs', () => {
  it('lists every allocation with its group and block(s)', () => {
    const rows = parse(allocationsCsv(result.solution), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(rows[0] ?? {})).toEqual(['upn', 'subject_code', 'group', 'block']);
    expect(rows).toHaveLength(result.solution.placements.length);
    const doubleGroup = result.solution.groups.find((group) => group.blocks.length === 2);
    const doubleRow = rows.find((row) => row.group === doubleGroup?.label);
    expect(doubleRow?.block).toBe(doubleGroup?.blocks.join(';'));
  });

  it('gives each group its size and teacher', () => {
    const rows = parse(groupsCsv(result.solution), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([
      'group',
      'subject_code',
      'block',
      'teacher',
      'size',
    ]);
    const total = rows.reduce((sum, row) => sum + Number(row.size), 0);
    expect(total).toBe(result.solution.placements.length);
    expect(rows.every((row) => row.teacher !== '')).toBe(true);
  });

  it('keeps reasons with commas whole and neutralises formulas', () => {
    const text = unresolvedCsv([
      { upn: 'A1', course: 'Hi', reason: 'History, Geography and Art only run in block B' },
      { upn: 'A2', course: 'Gg', reason: '=HYPERLINK("x")' },
    ]);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows[0]?.reason).toBe('History, Geography and Art only run in block B');
    expect(rows[1]?.reason).toBe('\'=HYPERLINK("x")');
  });
});
