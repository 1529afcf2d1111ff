/** Input that no layout can honour; `problems` lists each reason in plain English. */
export class SolverInputError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join(' '));
    this.name = 'SolverInputError';
    this.problems = problems;
  }
}
