import { checkWhatIfs } from '../../core/scenarios';
import { readSolverCohort } from '../../data/pathways/solver-cohort';
import {
  cohortWithWhatIfs,
  compareNamedScenarios,
  createScenario,
  deleteScenario,
  duplicateScenario,
  markAgreed,
  renameScenario,
  requireScenarioRecord,
  restoreScenario,
  saveScenarioSolve,
  setScenarioWhatIfs,
} from '../../data/scenarios';
import type { scenariosContract } from '../../shared/contract/scenarios';
import { refusingScenario } from '../scenarios-errors';
import { comparisonView, scenariosView, whatIfWords } from '../scenarios-view';
import { ServiceError } from '../service-error';
import { SolverRunError, startSolverRun } from '../solver-runner';
import type { HandlersFor, ServiceContext } from './context';

/** A scenario is built from scratch with this seed unless the caller gives one. */
const DEFAULT_SEED = 1;

export function scenariosHandlers({
  session,
  exclusive,
  createSolverWorker,
}: ServiceContext): HandlersFor<typeof scenariosContract> {
  /** Runs a write to the plan in turn with every other, then answers with the list. */
  const change = (operation: () => void) =>
    exclusive(() =>
      refusingScenario(() => {
        operation();
        return scenariosView(session.db);
      }),
    );

  return {
    getScenarios: () => refusingScenario(() => scenariosView(session.db)),

    createScenario: ({ name, from, whatIfs }) =>
      change(() => createScenario(session.db, { name, from, whatIfs })),

    duplicateScenario: ({ name, newName }) =>
      change(() => duplicateScenario(session.db, name, newName)),

    renameScenario: ({ name, newName }) => change(() => renameScenario(session.db, name, newName)),

    deleteScenario: ({ name }) => change(() => deleteScenario(session.db, name)),

    restoreScenario: ({ name }) => change(() => restoreScenario(session.db, name)),

    markAgreed: ({ name }) => change(() => markAgreed(session.db, name)),

    setWhatIfs: ({ name, whatIfs }) => change(() => setScenarioWhatIfs(session.db, name, whatIfs)),

    checkWhatIfs: ({ whatIfs }) => {
      const base = readSolverCohort(session.db);
      return { problems: checkWhatIfs(base, whatIfs).problems, words: whatIfWords(base, whatIfs) };
    },

    solveScenario: async ({ name, timeLimitSeconds, seed }) => {
      const { record, cohort } = await exclusive(() =>
        refusingScenario(() => {
          const db = session.db;
          const found = requireScenarioRecord(db, name);
          return {
            record: found,
            cohort: cohortWithWhatIfs(readSolverCohort(db), found.whatIfs, found.name),
          };
        }),
      );
      if (cohort.choices.length === 0) {
        throw new ServiceError(
          'cannot-solve',
          'The plan has no option choices to build blocks from. Import the choices first.',
        );
      }
      const chosenSeed = seed ?? DEFAULT_SEED;
      const run = startSolverRun(createSolverWorker, cohort, {
        seed: chosenSeed,
        timeLimitMs: timeLimitSeconds * 1000,
      });
      const result = await run.result.catch((error: unknown) => {
        throw solveFailure(record.name, error);
      });
      return change(() =>
        saveScenarioSolve(session.db, record.name, record.whatIfs, {
          solution: result.solution,
          metrics: result.metrics,
          unresolved: result.unresolved,
          origin: { seed: chosenSeed, timeLimitSeconds },
        }),
      );
    },

    compareScenarios: ({ names }) =>
      refusingScenario(() => comparisonView(compareNamedScenarios(session.db, names))),
  };
}

function solveFailure(scenario: string, error: unknown): ServiceError {
  if (error instanceof SolverRunError && error.failure.kind === 'input') {
    return new ServiceError(
      'cannot-solve',
      `The blocks of "${scenario}" cannot be built: ${error.failure.problems.join(' ')}`,
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ServiceError(
    'cannot-solve',
    `The blocks of "${scenario}" could not be built: ${detail}`,
  );
}
