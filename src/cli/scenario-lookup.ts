import type { PlanDatabase } from '../data/plan/plan-file';
import {
  latestScenarioName,
  readScenario,
  type StoredScenario,
} from '../data/plan/scenario-repository';
import { BadInputError } from './errors';

/** The scenario a command names, or the latest one; a clear error when there is none. */
export function scenarioNamedOrLatest(db: PlanDatabase, requested?: string): StoredScenario {
  const name = requested ?? latestScenarioName(db);
  if (name === null) {
    throw new BadInputError('The plan has no scenarios yet: run `ks4plan solve` first.');
  }
  const scenario = readScenario(db, name);
  if (!scenario) throw new BadInputError(`The plan has no scenario called "${name}".`);
  return scenario;
}
