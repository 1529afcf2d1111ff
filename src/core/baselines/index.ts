export { allocatePupils, type Allocation } from './allocate';
export { asSolution } from './as-solution';
export { courseMasks, evaluateLayout, type LayoutEvaluation, type LayoutMetrics } from './evaluate';
export { greedyBlocking, type BlockingResult, type GreedyOptions } from './greedy';
export { buildBlockingModel, OBJECTIVE, type BlockingModel, type LpModel } from './mip-model';
export {
  readBlockingSolution,
  solveBlockingMip,
  type LpResult,
  type LpSolve,
  type MipSolution,
} from './mip-solve';
export { bestFit, type PupilFit } from './pupil-fit';
