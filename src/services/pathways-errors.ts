import { PathwayDataError, type PathwayDataErrorCode } from '../data/pathways/pathway-errors';
import type { ApiErrorCode } from '../shared/api';
import { ServiceError } from './service-error';

/**
 * How each refusal of the pathway data layer reaches the user. Listed in full so that a new
 * data-layer code cannot slip through unmapped; the data layer's messages are already
 * user-facing, naming the route, pupil, setting or file.
 */
const PATHWAY_ERRORS: Record<PathwayDataErrorCode, ApiErrorCode> = {
  'invalid-pathway': 'invalid-edit',
  'duplicate-code': 'invalid-edit',
  'pathway-in-use': 'invalid-edit',
  'unknown-pathway': 'invalid-edit',
  'unknown-pupil': 'invalid-edit',
  'reason-required': 'invalid-edit',
  'no-recommendation': 'invalid-edit',
  'invalid-settings': 'invalid-edit',
  'unknown-scenario': 'not-found',
  'invalid-file': 'import-failed',
  'newer-file': 'import-failed',
  'cannot-write': 'internal',
};

/** Runs work on the plan, turning a pathway data refusal into a ServiceError with its words. */
export function refusingPathwayErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof PathwayDataError) {
      throw new ServiceError(PATHWAY_ERRORS[error.code], error.message);
    }
    throw error;
  }
}
