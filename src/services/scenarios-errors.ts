import { ScenarioError, type ScenarioErrorCode } from '../data/scenarios';
import type { ApiErrorCode } from '../shared/api';
import { ServiceError } from './service-error';

/** Listed in full so that a new refusal cannot slip through as an unexpected failure. */
const CODES: Record<ScenarioErrorCode, ApiErrorCode> = {
  'not-found': 'invalid-edit',
  'bad-name': 'invalid-edit',
  'name-taken': 'scenario-exists',
  'bad-what-ifs': 'invalid-edit',
  refused: 'invalid-edit',
  damaged: 'invalid-edit',
};

/** Runs a scenario operation, turning a refusal into the error value the screen shows. */
export function refusingScenario<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (error instanceof ScenarioError) throw new ServiceError(CODES[error.code], error.message);
    throw error;
  }
}
