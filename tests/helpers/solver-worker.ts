import { Worker } from 'node:worker_threads';
import type { SolverWorkerFactory } from '../../src/services';

const ENTRY = new URL('../../src/services/solver-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');

/**
 * The solver worker from its TypeScript source, for tests that run without a build. tsx does
 * not register itself in worker threads, so a small bootstrap registers it, then loads the entry.
 */
export const sourceSolverWorker: SolverWorkerFactory = (workerData) =>
  new Worker(
    `import(${JSON.stringify(TSX_API)})` +
      `.then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); });`,
    { eval: true, workerData, name: 'KS4 solver (source)' },
  );
