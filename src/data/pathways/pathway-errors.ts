/**
 * Why a pathway change, decision, setting or pathways file was refused. The message is a whole
 * report a user can act on, naming the pathway, pupil, setting or field; nothing was saved.
 */
export type PathwayDataErrorCode =
  /** A pathway's fields or rules are not valid (as given, or as stored in the plan). */
  | 'invalid-pathway'
  /** The same code twice, or a code the plan already has. */
  | 'duplicate-code'
  /** A pathway that pupils are on cannot be removed. */
  | 'pathway-in-use'
  | 'unknown-pathway'
  | 'unknown-pupil'
  /** A decision that needs a reason was given none. */
  | 'reason-required'
  /** Nothing was recommended for the pupil, so there is nothing to confirm. */
  | 'no-recommendation'
  | 'invalid-settings'
  /** The blocking scenario asked for is not in the plan. */
  | 'unknown-scenario'
  /** A pathways file that cannot be read: not JSON, not a pathways file, or bad content. */
  | 'invalid-file'
  /** A pathways file written by a newer version of KS4 Planner. */
  | 'newer-file'
  /** The pathways file could not be written (a missing folder, no permission, a full disk). */
  | 'cannot-write';

export class PathwayDataError extends Error {
  constructor(
    readonly code: PathwayDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PathwayDataError';
  }
}

/** "A", "A and B", "A, B and C", or the first few and "and N more" for long lists. */
export function listInWords(items: readonly string[], most = 5): string {
  if (items.length === 0) return '';
  const shown = items.slice(0, items.length > most ? most - 1 : most);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length === 1) return shown[0] ?? '';
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
