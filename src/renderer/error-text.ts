import type { ApiErrorCode } from '../shared/api';

/** A short heading for each kind of error; the error's own message says what to do. */
const TITLES: Record<ApiErrorCode, string> = {
  'not-a-plan': 'Not a plan file',
  'newer-version': 'Made by a newer version of KS4 Planner',
  corrupt: 'The plan file is damaged',
  busy: 'The plan file is in use',
  'not-found': 'File not found',
  'migration-failed': 'The plan could not be upgraded',
  'already-exists': 'That file already exists',
  'scenario-exists': 'That scenario name is taken',
  'solver-busy': 'The solver is already running',
  'cannot-solve': 'The blocks cannot be built',
  'no-plan-open': 'No plan is open',
  'invalid-edit': 'That change cannot be made',
  'import-failed': 'Nothing was imported',
  'export-failed': 'Nothing was exported',
  cancelled: 'Stopped',
  'invalid-payload': 'Something went wrong',
  'unknown-method': 'Something went wrong',
  'untrusted-sender': 'Something went wrong',
  internal: 'Something went wrong',
};

export function errorTitle(code: ApiErrorCode): string {
  return TITLES[code];
}
