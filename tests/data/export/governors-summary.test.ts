import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governorsPdf } from '../../../src/data/export/governors-pdf';
import {
  governorsSummary,
  type GovernorsSummary,
} from '../../../src/data/export/governors-summary';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { readScenario } from '../../../src/data/plan/scenario-repository';
import { makeTempDir } from '../plan/temp-plan';
import { SCENARIO, writeHandMadePlan } from './hand-made-plan';
import { oneLine, pdfDrawnText, pdfPageSize } from './read-csv';

let dir: string;
let db: PlanDatabase;
let cleanup: () => void;
let summary: GovernorsSummary;

beforeAll(() => {
  ({ dir, cleanup } = makeTempDir());
  db = writeHandMadePlan(dir).db;
  const scenario = readScenario(db, SCENARIO);
  if (!scenario) throw new Error('the hand-made scenario is missing');
  summary = governorsSummary(db, scenario);
});
afterAll(() => {
  db.close();
  cleanup();
});

describe("the governors' summary", () => {
  it('measures the scenario itself, not the figures saved with it', () => {
    // See hand-made-plan.ts: pupils 1 and 2 have everything; 3 lacks History; 4 lacks
    // Geography and has a reserve instead.
    expect(summary.headline).toEqual({
      pupils: 4,
      fullySatisfied: 2,
      choicesRequested: 9,
      choicesMet: 8,
      reservesUsed: 1,
      unresolved: 2,
      groups: 5,
      teachersNeeded: 2,
      unstaffedGroups: 1,
    });
  });

  it('compares first and all choices met for disadvantaged, SEND and gender groups', () => {
    expect(summary.charts.map((chart) => chart.bars)).toEqual([
      [
        { label: 'Disadvantaged', pupilsWithChoices: 2, firstChoiceMet: 1, allChoicesMet: 1 },
        { label: 'Not disadvantaged', pupilsWithChoices: 2, firstChoiceMet: 1, allChoicesMet: 1 },
      ],
      [
        { label: 'Any SEND', pupilsWithChoices: 1, firstChoiceMet: 0, allChoicesMet: 0 },
        { label: 'No SEND', pupilsWithChoices: 3, firstChoiceMet: 2, allChoicesMet: 2 },
      ],
      [
        { label: 'Female', pupilsWithChoices: 2, firstChoiceMet: 2, allChoicesMet: 2 },
        { label: 'Male', pupilsWithChoices: 2, firstChoiceMet: 0, allChoicesMet: 0 },
      ],
    ]);
  });

  it('prints the headline figures, the charts and the findings on A4', async () => {
    const path = join(dir, 'governors.pdf');
    writeFileSync(path, await governorsPdf(summary, new Date('2026-03-02T09:00:00Z')));
    expect(pdfPageSize(path)).toBe('595.28 x 841.89 pts (A4)');
    const text = oneLine(pdfDrawnText(path));
    expect(text).toContain('Key Stage 4 options: summary for governors');
    expect(text).toContain('Hillside School · Year 9 2026');
    expect(text).toMatch(/\b4 pupils with option choices/);
    expect(text).toContain('50.0% fully satisfied: 2 of 4 got all their choices');
    expect(text).toContain('88.9% of choices met: 8 of 9');
    expect(text).toMatch(/\b1 reserve choices used/);
    expect(text).toMatch(/\b2 pupils still without all their choices/);
    expect(text).toMatch(/\b5 teaching groups/);
    expect(text).toMatch(/\b2 teachers needed/);
    expect(text).toMatch(/\b1 groups without a teacher yet/);
    expect(text).toContain('Male 0.0% (0 of 2) 0.0% (0 of 2)');
    expect(text).toContain('No SEND 66.7% (2 of 3) 66.7% (2 of 3)');
    expect(text).toContain('What the fairness checks found');
  });
});
