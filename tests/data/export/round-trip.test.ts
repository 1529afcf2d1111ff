import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solve } from '../../../src/core/solver';
import type { Solution } from '../../../src/core/solver/types';
import { writeDemoPlan } from '../../../src/data/demo-plan';
import { writeCanonicalCsvs } from '../../../src/data/export/canonical-csv';
import { allocationsCsv, groupsCsv } from '../../../src/data/export/solution-csv';
import { importIntoPlan } from '../../../src/data/import';
import { readBlocks, readCohort } from '../../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { readScenario, saveScenario } from '../../../src/data/plan/scenario-repository';
import { makeTempDir } from '../plan/temp-plan';
import { csvRecords } from './read-csv';

/**
 * The canonical exports carry a whole scenario: the cohort files import into a fresh plan
 * through the importer, and groups.csv with allocations.csv rebuild the same groups (course,
 * blocks, teacher) and the same memberships there.
 */

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

/** Reads groups.csv and allocations.csv as data-formats.md describes them. */
function solutionFromCsvs(groupsText: string, allocationsText: string): Solution {
  return {
    groups: csvRecords(groupsText).map((row) => ({
      label: row.group ?? '',
      course: row.subject_code ?? '',
      blocks: (row.block ?? '').split(';'),
      teacher: row.teacher === '' || row.teacher === undefined ? null : row.teacher,
    })),
    placements: csvRecords(allocationsText).map((row) => ({
      upn: row.upn ?? '',
      course: row.subject_code ?? '',
      group: row.group ?? '',
      // The plan knows which courses are reserves from the pupil's choices.
      reserve: false,
    })),
  };
}

const sortedGroups = (solution: Solution) =>
  [...solution.groups].sort((a, b) => a.label.localeCompare(b.label));
const sortedPlacements = (solution: Solution) =>
  [...solution.placements].sort((a, b) =>
    `${a.upn} ${a.course}`.localeCompare(`${b.upn} ${b.course}`),
  );

describe('groups and allocations exported and imported again', () => {
  it('give a fresh plan the same groups and the same pupils in each', async () => {
    const source = join(dir, 'source.ks4');
    writeDemoPlan(source, { pupils: 60, seed: 3 });
    const sourceDb = openPlanFile(source);
    const cohort = readCohort(sourceDb);
    const { solution, metrics, unresolved } = solve(cohort, { seed: 1, maxIterations: 1500 });
    expect(solution.groups.some((group) => group.blocks.length === 2)).toBe(true);
    expect(solution.placements.some((placement) => placement.reserve)).toBe(true);
    saveScenario(sourceDb, { name: 'Export me', solution, figures: { metrics, unresolved } });
    const original = readScenario(sourceDb, 'Export me');
    sourceDb.close();
    if (!original) throw new Error('the scenario was not saved');

    const csvDir = join(dir, 'csv');
    writeCanonicalCsvs(cohort, csvDir);
    const groupsText = groupsCsv(original.solution);
    const allocationsText = allocationsCsv(original.solution);

    const copy = openPlanFile(join(dir, 'copy.ks4'), { create: true });
    try {
      await importIntoPlan(copy, {
        blocks: cohort.blocks,
        subjects: { path: join(csvDir, 'subjects.csv') },
        pupils: { path: join(csvDir, 'pupils.csv') },
        choices: { path: join(csvDir, 'choices.csv') },
        staff: { path: join(csvDir, 'staff.csv') },
      });
      expect(readBlocks(copy)).toEqual(cohort.blocks);
      saveScenario(copy, {
        name: 'Imported',
        solution: solutionFromCsvs(groupsText, allocationsText),
        figures: { metrics, unresolved },
      });
      const imported = readScenario(copy, 'Imported');
      if (!imported) throw new Error('the imported scenario was not saved');
      expect(sortedGroups(imported.solution)).toEqual(sortedGroups(original.solution));
      expect(sortedPlacements(imported.solution)).toEqual(sortedPlacements(original.solution));
    } finally {
      copy.close();
    }
  });
});
