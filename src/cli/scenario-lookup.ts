import type { PlanDatabase } from '../data/plan/plan-file';
import {
  agreedOrLatestScenarioName,
  readScenario,
  type StoredScenario,
} from '../data/plan/scenario-repository';
import { BadInputError } from './errors';

/** The scenario a command names, or the agreed one, or else the latest; a clear error if none. */
export function scenarioNamedOrLatest(db: PlanDatabase, requested?: string): StoredScenario {
  const name = requested ?? agreedOrLatestScenarioName(db);
  if (name === null) {
    throw new BadInputError('The plan has no scenarios yet: run `ks4plan solve` first.');
  }
  const scenario = readScenario(db, name);
  if (!scenario) throw new BadInputError(`The plan has no scenario called "${name}".`);
  return scenario;
}
