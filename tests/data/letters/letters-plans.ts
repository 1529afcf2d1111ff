import { solve } from '../../../src/core/solver';
import { writeDemoPlan } from '../../../src/data/demo-plan';
import { readSolverCohort } from '../../../src/data/pathways/solver-cohort';
import {
  readPupils,
  replaceChoices,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from '../../../src/data/plan/cohort-repository';
import { replacePathways } from '../../../src/data/plan/pathway-repository';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { saveScenario } from '../../../src/data/plan/scenario-repository';
import { writeSetting } from '../../../src/data/plan/settings-repository';
import { NO_FIGURES } from '../../helpers/no-figures';
import { lettersCohort, lettersPathways, lettersSolution } from '../../unit/letters/letters-cohort';

/** The seven pupils of the unit tests, with their scenario "Spring" saved in a plan file. */
export function writeLettersFixturePlan(path: string): void {
  const db = openPlanFile(path, { create: true });
  try {
    db.transaction(() => {
      writeBlocks(db, lettersCohort.blocks);
      upsertCourses(db, lettersCohort.courses);
      replacePathways(db, lettersPathways);
      upsertPupils(db, lettersCohort.pupils);
      upsertStaff(db, lettersCohort.staff);
      replaceChoices(db, lettersCohort.choices);
      writeSetting(db, 'school_name', 'Hillside School');
      saveScenario(db, {
        name: 'Spring',
        solution: lettersSolution,
        figures: {
          metrics: NO_FIGURES,
          unresolved: [{ upn: 'U4', course: 'Gg', reason: 'Geography only runs in block A' }],
        },
      });
    })();
  } finally {
    db.close();
  }
}

/**
 * A demo year group solved into scenario "Solved", with a route agreed for every pupil but the
 * first two in UPN order (who must be withheld for want of one).
 */
export function writeSolvedDemoPlan(path: string, pupils: number): { withoutRoute: string[] } {
  writeDemoPlan(path, { pupils, seed: 7 });
  const db = openPlanFile(path);
  try {
    const all = readPupils(db).sort((a, b) => a.upn.localeCompare(b.upn));
    const withoutRoute = all.slice(0, 2).map((pupil) => pupil.upn);
    upsertPupils(
      db,
      all.map((pupil) => ({ ...pupil, pathway: withoutRoute.includes(pupil.upn) ? null : 'OPEN' })),
    );
    const result = solve(readSolverCohort(db), { seed: 1, maxIterations: 4000 });
    db.transaction(() =>
      saveScenario(db, {
        name: 'Solved',
        solution: result.solution,
        figures: { metrics: result.metrics, unresolved: result.unresolved },
      }),
    )();
    return { withoutRoute };
  } finally {
    db.close();
  }
}
