import { parentPort, workerData } from 'node:worker_threads';
import { solve, SolverInputError } from '../core/solver';
import {
  STOP_REQUESTED,
  type SolverFailure,
  type SolverWorkerData,
  type SolverWorkerMessage,
} from './solver-protocol';

/**
 * The solver's worker thread: runs one solve and posts its progress and outcome. `solve` is
 * synchronous, so a cancel cannot arrive as a message; it is read from shared memory instead.
 */
function run(port: NonNullable<typeof parentPort>, data: SolverWorkerData): void {
  const stop = new Int32Array(data.stopFlag);
  const post = (message: SolverWorkerMessage) => port.postMessage(message);
  let lastProgress = Number.NEGATIVE_INFINITY;
  try {
    const result = solve(data.cohort, {
      ...data.options,
      shouldStop: () => Atomics.load(stop, 0) === STOP_REQUESTED,
      onProgress: (progress) => {
        if (progress.elapsedMs - lastProgress < data.progressEveryMs) return;
        lastProgress = progress.elapsedMs;
        post({ type: 'progress', progress });
      },
    });
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', failure: failureOf(error) });
  }
}

function failureOf(error: unknown): SolverFailure {
  if (error instanceof SolverInputError) return { kind: 'input', problems: [...error.problems] };
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

if (parentPort) run(parentPort, workerData as SolverWorkerData);
