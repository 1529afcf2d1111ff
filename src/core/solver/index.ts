export { solve } from './solve';
export { createEvaluator, type Evaluator, type EvaluatorOptions } from './evaluator';
export { computeMetrics } from './metrics';
export { decideGroupCounts, type GroupCountDecision } from './group-counts';
export { SolverInputError } from './errors';
export type * from './types';
