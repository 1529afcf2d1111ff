import { PathwayDataError } from '../data/pathways/pathway-errors';
import { BoardStorageError } from '../data/plan/board-repository';
import { PupilEditError } from '../data/plan/pupil-edits';
import { PlanFileError, type PlanFileErrorCode } from '../data/plan/plan-file';
import type { ApiError, ApiErrorCode } from '../shared/api';

/** A failure a handler reports on purpose; the dispatcher turns it into an error value. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Listed in full so that a new data-layer code cannot slip through unmapped. */
const PLAN_FILE_ERRORS: Record<PlanFileErrorCode, ApiErrorCode> = {
  'not-found': 'not-found',
  'not-a-plan': 'not-a-plan',
  'newer-version': 'newer-version',
  corrupt: 'corrupt',
  busy: 'busy',
  'migration-failed': 'migration-failed',
};

/** The error value for anything a handler threw; PlanFileError messages are already user-facing. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  if (error instanceof PlanFileError) {
    return { code: PLAN_FILE_ERRORS[error.code], message: error.message };
  }
  // Refused pathway edits, decisions and files: the message already names what is wrong.
  if (error instanceof PathwayDataError) {
    const fileProblem = error.code === 'invalid-file' || error.code === 'newer-file';
    return { code: fileProblem ? 'import-failed' : 'invalid-edit', message: error.message };
  }
  // A board edit the stored scenario or a pupil's choices refused: the message says why.
  if (error instanceof BoardStorageError || error instanceof PupilEditError) {
    return { code: 'invalid-edit', message: error.message };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `Something went wrong: ${detail}` };
}
