import { compareScenarios, fitLayoutToCohort, type ScenarioComparison } from '../../core/scenarios';
import { readSolverCohort } from '../pathways/solver-cohort';
import { readBoardState } from '../plan/board-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { choicesMade } from './choices-made';
import { cohortWithWhatIfs } from './scenario-cohort';
import { ScenarioError } from './scenario-errors';
import { requireScenarioRecord } from './scenario-records';

/**
 * Compares the named scenarios, the first as the baseline, each solved for its own cohort (its
 * what-ifs applied) and judged against the choices pupils made: the plan's, changed only by
 * the scenario's change-choices what-ifs, so a dropped course is a choice lost.
 */
export function compareNamedScenarios(
  db: PlanDatabase,
  names: readonly string[],
): ScenarioComparison {
  const base = readSolverCohort(db);
  const seen = new Set<string>();
  const entries = names.map((requested) => {
    const record = requireScenarioRecord(db, requested);
    if (seen.has(record.name.toUpperCase())) {
      throw new ScenarioError(
        'refused',
        `"${record.name}" is named twice: choose different scenarios to compare.`,
      );
    }
    seen.add(record.name.toUpperCase());
    const cohort = cohortWithWhatIfs(base, record.whatIfs, record.name);
    const state = readBoardState(db, record.name);
    if (!state) throw new ScenarioError('not-found', `The plan has no scenario "${record.name}".`);
    // Reserve flags as this scenario's own choices make them (a what-if may change a choice).
    const { solution } = fitLayoutToCohort(cohort, state);
    const choicesAsked = choicesMade(db, record.whatIfs).choices;
    return { name: record.name, cohort, solution, choicesAsked };
  });
  return compareScenarios(entries);
}
