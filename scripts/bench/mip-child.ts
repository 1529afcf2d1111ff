/**
 * Solves one cohort's whole blocking MIP with javascript-lp-solver and prints the answer's
 * figures as JSON. Run as a child process by the solver benchmark, which kills it at the time
 * limit: the package cannot be interrupted from inside.
 */
import solver from 'javascript-lp-solver';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { LpModel, LpResult } from '../../src/core/baselines';
import { solveBlockingMip } from '../../src/core/baselines';
import type { Cohort } from '../../src/core/model';

const { cohort, timeLimitMs } = JSON.parse(readFileSync(0, 'utf8')) as {
  cohort: Cohort;
  timeLimitMs: number;
};
const started = performance.now();
const answer = solveBlockingMip(
  cohort,
  (model: LpModel) =>
    solver.Solve({ ...model, options: { timeout: timeLimitMs } } as never) as unknown as LpResult,
);
process.stdout.write(
  JSON.stringify({
    elapsedMs: performance.now() - started,
    fullySatisfied: answer?.metrics.fullySatisfied ?? null,
    choicesMet: answer?.metrics.choicesMet ?? null,
    choicesRequested: answer?.metrics.choicesRequested ?? null,
  }),
);
