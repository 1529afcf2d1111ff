import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSolverCohort } from '../../../src/data/pathways/solver-cohort';
import { replacePathways } from '../../../src/data/plan/pathway-repository';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { readScenario } from '../../../src/data/plan/scenario-repository';
import { SolveController } from '../../../src/services/solve-controller';
import type { SolveStatusView } from '../../../src/shared/api';
import { sourceSolverWorker } from '../../helpers/solver-worker';
import { makeTempDir } from '../plan/temp-plan';
import { EBACC, OPEN, openSmallPlan, setAgreedRoute, SUPPORTED } from './small-plan';

const CARA = 'C100000000003';

let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = openSmallPlan(temp.dir);
  replacePathways(db, [EBACC, OPEN, SUPPORTED]);
});
afterEach(() => {
  db.close();
  cleanup();
});

describe("a route's must-include course in the blocking", () => {
  it('is added to the choices of a pupil on the route who did not choose it', () => {
    setAgreedRoute(db, CARA, 'supported');
    const cara = readSolverCohort(db).choices.find((list) => list.upn === CARA);
    expect(cara?.choices).toEqual(['Ss', 'Ar', 'Hc', 'Hi']);
    // Pupils not on such a route are handed to the engine as they chose.
    const ann = readSolverCohort(db).choices.find((list) => list.upn === 'A100000000001');
    expect(ann).toEqual({
      upn: 'A100000000001',
      choices: ['Fr', 'Hi', 'Ar', 'Gg'],
      reserves: ['Sp'],
    });
  });

  it('is given to the pupil by a solve started in the app', async () => {
    setAgreedRoute(db, CARA, 'SUPPORTED');
    const solves = new SolveController({ createWorker: sourceSolverWorker, db: () => db });
    try {
      solves.start({ seed: 1, timeLimitSeconds: 5, scenarioName: 'With routes' });
      let status: SolveStatusView = solves.status();
      while (status.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        status = solves.status();
      }
      expect(status.state).toBe('done');
    } finally {
      solves.dispose();
    }
    const placements = readScenario(db, 'With routes')?.solution.placements ?? [];
    expect(placements.filter((place) => place.upn === CARA).map((place) => place.course)).toContain(
      'Ss',
    );
  });
});
