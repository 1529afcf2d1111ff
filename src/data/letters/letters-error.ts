/**
 * Why letters could not be written or a letter template could not be saved. The message is a
 * whole report a user can act on; nothing was written or saved.
 */
export type LettersErrorCode =
  | 'invalid-template'
  | 'invalid-logo'
  | 'bad-date'
  | 'unknown-scenario'
  | 'no-scenario'
  | 'bad-output'
  | 'would-overwrite'
  | 'no-letters'
  | 'cannot-write';

export class LettersError extends Error {
  constructor(
    readonly code: LettersErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LettersError';
  }
}
