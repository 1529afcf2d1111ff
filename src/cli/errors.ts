import { SolverInputError } from '../core/solver/errors';

/** Thrown by a command when its input is bad; the message is the whole report. */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInputError';
  }
}

/**
 * Runs engine work, turning input the engine refuses into a bad-input report under a heading
 * that says what could not be done.
 */
export function withSolverInputReport<T>(heading: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SolverInputError) {
      throw new BadInputError([heading, ...error.problems.map((p) => `  ${p}`)].join('\n'));
    }
    throw error;
  }
}
