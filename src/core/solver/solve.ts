import type { Cohort } from '../model';
import { createRandom } from '../random';
import { explainUnresolved } from './explain';
import { constructiveMasks } from './construct';
import { buildInstance, type Instance } from './instance';
import { buildUnits, initialMasks, type Unit } from './layout';
import { computeMetrics } from './metrics';
import { anneal } from './search';
import { masksFromSolution, teachersFromSolution, toSolution } from './solution';
import { assignStaff } from './staffing';
import { compareScores, LayoutState } from './state';
import type { Solution, SolveOptions, SolveResult, SolverMetrics } from './types';

export const DEFAULT_TIME_LIMIT_MS = 10_000;
export const DEFAULT_MAX_ITERATIONS = 200_000;
export const DEFAULT_STALL_ITERATIONS = 20_000;
export const DEFAULT_MOVE_PENALTY = 0.5;
const DEFAULT_SEED = 1;

/**
 * Builds the option blocks: decides group counts, places groups in blocks, staffs them and
 * seats the pupils. Synchronous and pure, so it can run in a worker; throws SolverInputError
 * for input no layout can honour. With the same input and seed the answer is the same,
 * unless the time limit or `shouldStop` ends the search.
 */
export function solve(cohort: Cohort, given: SolveOptions = {}): SolveResult {
  // A re-solve keeps the previous solution's groups unless the caller sets other counts.
  const options = given.startFrom
    ? { ...given, groupCounts: { ...countsOf(given.startFrom), ...given.groupCounts } }
    : given;
  const instance = buildInstance(cohort, options);
  const units = buildUnits(instance);
  const random = createRandom(options.seed ?? DEFAULT_SEED);
  const { startFrom } = options;
  const previous = startFrom ? masksFromSolution(instance, startFrom) : undefined;
  const teachers = startFrom ? teachersFromSolution(instance, startFrom) : undefined;
  const first = initialMasks(instance, units, random, previous);
  const state = previous
    ? new LayoutState(instance, first, previous, teachers)
    : betterStart(instance, units, first);
  state.setQuick(true);
  const movePenalty = previous ? (options.movePenalty ?? DEFAULT_MOVE_PENALTY) : 0;
  let reported: Int32Array | null = null;
  let bestMetrics: SolverMetrics | null = null;
  const outcome = anneal(state, units, {
    random,
    movePenalty,
    timeLimitMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
    maxIterations: options.maxIterations ?? DEFAULT_MAX_ITERATIONS,
    stallIterations: options.stallIterations ?? DEFAULT_STALL_ITERATIONS,
    shouldStop: options.shouldStop ?? (() => false),
    onProgress: (iterations, elapsedMs, best) => {
      if (!options.onProgress) return;
      // The search hands over a new array only when the best layout changes.
      if (best !== reported) {
        reported = best;
        const snapshot = new LayoutState(instance, best, previous, teachers);
        bestMetrics = computeMetrics(cohort, toSolution(snapshot));
      }
      if (bestMetrics) options.onProgress({ iterations, elapsedMs, best: bestMetrics });
    },
    now: () => Date.now(),
  });
  const changes: [number, number][] = [];
  outcome.best.forEach((mask, g) => {
    if (state.masks[g] !== mask) changes.push([g, mask]);
  });
  if (changes.length > 0) state.apply(changes);
  // The search re-staffs after every trial move, so its teachers drift from the start's; a
  // re-solve gives each group its old teacher back wherever that costs no staffed group.
  if (teachers) {
    const kept = assignStaff(instance, state.masks, teachers);
    if (kept.unstaffed <= state.staffing.unstaffed) state.staffing = kept;
  }
  state.setQuick(false);
  const solution = toSolution(state);
  return {
    solution,
    metrics: computeMetrics(cohort, solution),
    unresolved: explainUnresolved(state),
    stats: {
      iterations: outcome.iterations,
      timeToBestMs: outcome.timeToBestMs,
      elapsedMs: outcome.elapsedMs,
      stoppedBy: outcome.stoppedBy,
    },
  };
}

/**
 * The better of the random first layout and the constructive one, by the search's own score.
 * The constructive layout draws nothing from the random stream, so a seed still gives one answer.
 */
function betterStart(instance: Instance, units: readonly Unit[], first: Int32Array): LayoutState {
  const random = new LayoutState(instance, first);
  random.setQuick(true);
  const built = constructiveMasks(instance, units);
  if (!built) return random;
  const constructed = new LayoutState(instance, built);
  constructed.setQuick(true);
  return compareScores(constructed.score(), random.score(), 0) > 0 ? constructed : random;
}

function countsOf(solution: Solution): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of solution.groups) counts[group.course] = (counts[group.course] ?? 0) + 1;
  return counts;
}
