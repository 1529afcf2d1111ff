import type { Cohort } from '../core/model';
import type { SolveOptions, SolveResult, SolverProgress } from '../core/solver/types';

/**
 * What passes between the solver runner and its worker. Everything here is structured-clone
 * data: the callbacks of SolveOptions are rebuilt inside the worker.
 */

export type WorkerSolveOptions = Omit<SolveOptions, 'onProgress' | 'shouldStop'>;

export interface SolverWorkerData {
  cohort: Cohort;
  options: WorkerSolveOptions;
  /** One Int32 cell, set to 1 by the runner to ask the search to stop. */
  stopFlag: SharedArrayBuffer;
  /** Least time between two progress messages. */
  progressEveryMs: number;
}

export type SolverFailure =
  /** The input cannot be solved (SolverInputError): each problem in plain English. */
  { kind: 'input'; problems: string[] } | { kind: 'internal'; message: string };

export type SolverWorkerMessage =
  | { type: 'progress'; progress: SolverProgress }
  | { type: 'done'; result: SolveResult }
  | { type: 'failed'; failure: SolverFailure };

export const STOP_REQUESTED = 1;
