import { SCENARIO_NAME_MAX_LENGTH } from '../../shared/limits';
import type { PlanDatabase } from '../plan/plan-file';
import { purgeDeletedScenario } from '../plan/scenario-repository';
import { ScenarioError } from './scenario-errors';

/**
 * A new name for a scenario, trimmed and checked: not empty, not too long, and not used by
 * another scenario (in any mix of capitals). A deleted scenario of that name is forgotten for
 * good, so the name can be used again. `except` is the scenario being renamed.
 */
export function claimScenarioName(db: PlanDatabase, raw: string, except?: number): string {
  const name = raw.trim();
  if (name === '') throw new ScenarioError('bad-name', 'A scenario needs a name.');
  if (name.length > SCENARIO_NAME_MAX_LENGTH) {
    throw new ScenarioError(
      'bad-name',
      `The name "${name.slice(0, 30)}…" is ${name.length} characters long; a scenario name ` +
        `can have at most ${SCENARIO_NAME_MAX_LENGTH}.`,
    );
  }
  const holder = db
    .prepare('SELECT id, name FROM scenarios WHERE name = ? AND deleted_at IS NULL')
    .get(name) as { id: number; name: string } | undefined;
  if (holder && holder.id !== except) {
    throw new ScenarioError(
      'name-taken',
      `There is already a scenario called "${holder.name}". Choose another name.`,
    );
  }
  purgeDeletedScenario(db, name);
  return name;
}
