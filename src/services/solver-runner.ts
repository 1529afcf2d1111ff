import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Cohort } from '../core/model';
import type { SolveResult, SolverProgress } from '../core/solver/types';
import {
  STOP_REQUESTED,
  type SolverFailure,
  type SolverWorkerData,
  type SolverWorkerMessage,
  type WorkerSolveOptions,
} from './solver-protocol';

/**
 * Starts the solver's worker thread. The host decides where the worker's code is: the built
 * `solver-worker.js` beside Electron's main bundle, or the TypeScript source under a loader.
 */
export type SolverWorkerFactory = (workerData: SolverWorkerData) => Worker;

/** How a run ended without a result; 'terminated' only after terminate(). */
export type SolverRunFailure = SolverFailure | { kind: 'terminated' };

export class SolverRunError extends Error {
  constructor(readonly failure: SolverRunFailure) {
    super(describeFailure(failure));
    this.name = 'SolverRunError';
  }
}

export interface SolverRun {
  /** The result, or after cancel() the best layout found so far (stoppedBy 'cancelled'). */
  readonly result: Promise<SolveResult>;
  /** Asks the search to stop at its next check; the result still arrives. */
  cancel(): void;
  /** Kills the worker at once, losing the result: a last resort, e.g. when the app closes. */
  terminate(): Promise<void>;
}

export interface SolverRunOptions {
  onProgress?: (progress: SolverProgress) => void;
  /** Least time between progress reports (default 250 ms): a few per second is plenty. */
  progressEveryMs?: number;
}

export function startSolverRun(
  createWorker: SolverWorkerFactory,
  cohort: Cohort,
  options: WorkerSolveOptions,
  runOptions: SolverRunOptions = {},
): SolverRun {
  const stopFlag = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  const worker = createWorker({
    cohort,
    options,
    stopFlag,
    progressEveryMs: runOptions.progressEveryMs ?? 250,
  });
  let settled = false;
  let settle: (outcome: SolveResult | SolverRunError) => void = () => undefined;

  const result = new Promise<SolveResult>((resolve, reject) => {
    settle = (outcome) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof SolverRunError) reject(outcome);
      else resolve(outcome);
    };
  });

  worker.on('message', (message: SolverWorkerMessage) => {
    if (settled) return;
    if (message.type === 'progress') runOptions.onProgress?.(message.progress);
    else if (message.type === 'done') settle(message.result);
    else settle(new SolverRunError(message.failure));
  });
  worker.on('error', (error) =>
    settle(new SolverRunError({ kind: 'internal', message: error.message })),
  );
  worker.on('exit', (code) =>
    settle(
      new SolverRunError({
        kind: 'internal',
        message: `the solver's worker stopped before it answered (exit code ${code})`,
      }),
    ),
  );

  return {
    result,
    cancel: () => Atomics.store(new Int32Array(stopFlag), 0, STOP_REQUESTED),
    terminate: async () => {
      settle(new SolverRunError({ kind: 'terminated' }));
      await worker.terminate();
    },
  };
}

function describeFailure(failure: SolverRunFailure): string {
  switch (failure.kind) {
    case 'input':
      return failure.problems.join(' ');
    case 'internal':
      return failure.message;
    case 'terminated':
      return 'The solver was stopped before it finished.';
  }
}

/** The worker's bundle name in a build: electron.vite.config.ts emits it beside the main bundle. */
export const BUILT_SOLVER_WORKER = 'solver-worker.js';

/** A factory for the built worker in `folder` (Electron's out/main, or the same folder in tests). */
export function builtSolverWorker(folder: string): SolverWorkerFactory {
  const file = join(folder, BUILT_SOLVER_WORKER);
  return (workerData) => new Worker(file, { workerData, name: 'KS4 solver' });
}
