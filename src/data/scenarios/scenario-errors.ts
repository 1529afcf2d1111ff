/** Why a scenario operation was refused; the message names the scenario and what to do. */
export type ScenarioErrorCode =
  /** No scenario of that name (or it was deleted). */
  | 'not-found'
  /** A name that is empty, too long or already used. */
  | 'bad-name'
  | 'name-taken'
  /** What-ifs that name courses, teachers or pupils the plan does not have. */
  | 'bad-what-ifs'
  /** An operation a rule forbids, e.g. deleting the agreed plan. */
  | 'refused'
  /** The stored what-ifs cannot be read. */
  | 'damaged';

export class ScenarioError extends Error {
  constructor(
    readonly code: ScenarioErrorCode,
    message: string,
    /** Each problem on its own, for a caller that lists them. */
    readonly problems: readonly string[] = [message],
  ) {
    super(message);
    this.name = 'ScenarioError';
  }
}
