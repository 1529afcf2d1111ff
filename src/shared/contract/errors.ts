/** Errors travel as values: every API call resolves to an ApiResult. */

export const API_ERROR_CODES = [
  // The call itself was wrong: a bug in the caller, not something the user did.
  'invalid-payload',
  'unknown-method',
  'untrusted-sender',
  // The state of the app.
  'no-plan-open',
  'already-exists',
  'scenario-exists',
  'solver-busy',
  'cannot-solve',
  // What the user asked for cannot be done as given (an edit breaking a rule, a file that
  // failed to import); the message names the row, field or rule.
  'invalid-edit',
  'import-failed',
  'export-failed',
  'cancelled',
  // The plan file (mirrors the data layer's PlanFileError codes).
  'not-found',
  'not-a-plan',
  'newer-version',
  'corrupt',
  'busy',
  'migration-failed',
  // Anything unexpected; the message says what happened.
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** A sentence a user can read and act on. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}
