import type { Random } from '../random';
import { proposeMove, type Change, type Unit } from './layout';
import { compareScores, type LayoutState, type Score } from './state';

export interface SearchOptions {
  random: Random;
  movePenalty: number;
  timeLimitMs: number;
  maxIterations: number;
  stallIterations: number;
  shouldStop: () => boolean;
  /** Called now and then with the best layout so far. */
  onProgress: (iterations: number, elapsedMs: number, best: Int32Array) => void;
  now: () => number;
}

export interface SearchOutcome {
  best: Int32Array;
  iterations: number;
  timeToBestMs: number;
  elapsedMs: number;
  stoppedBy: 'optimal' | 'iterations' | 'stall' | 'time' | 'cancelled';
}

/** Steps per annealing run: each run cools from T_START to T_END, then restarts from the best. */
const RUN_LENGTH = 4000;
const T_START = 0.6;
const T_END = 0.01;
const PROGRESS_EVERY_MS = 200;
const CHECK_EVERY = 8;
/**
 * A move that leaves room for this many fewer fully satisfied pupils than the current layout
 * has is rejected without seating anyone: at T_START it would pass less than 1% of the time.
 */
const PRUNE_MARGIN = 3;
/** Random moves tried before the search to measure how much a move typically costs. */
const SCALE_SAMPLES = 64;
/**
 * Once every pupil has every choice only group balance (and, in a re-solve, groups moved) can
 * still improve: this many steps without a better layout then end the search as done.
 */
export const SETTLED_ITERATIONS = 2000;

/**
 * Simulated annealing over group placements. Acceptance uses a smooth energy in units of one
 * fully satisfied pupil; the best layout is kept by the strict lexicographic score.
 */
export function anneal(
  state: LayoutState,
  units: readonly Unit[],
  options: SearchOptions,
): SearchOutcome {
  const started = options.now();
  const movable = units.filter((unit) => !unit.pinned && unit.placements.length > 1);
  let best = Int32Array.from(state.masks);
  let bestScore = state.score();
  let current = energy(bestScore, options.movePenalty);
  let currentFull = bestScore.fullySatisfied;
  let timeToBestMs = 0;
  let lastImprovement = 0;
  let lastProgress = started;
  let iterations = 0;
  let stoppedBy: SearchOutcome['stoppedBy'] = 'iterations';
  const gap = evenSplitGap(state);
  const scale = ruggedness(state, movable, options.random);

  while (iterations < options.maxIterations) {
    if (
      isOptimal(state, bestScore, gap) ||
      (isSettled(state, bestScore) && iterations - lastImprovement >= SETTLED_ITERATIONS)
    ) {
      stoppedBy = 'optimal';
      break;
    }
    if (iterations - lastImprovement >= options.stallIterations) {
      stoppedBy = 'stall';
      break;
    }
    if (iterations % CHECK_EVERY === 0) {
      const now = options.now();
      if (options.shouldStop()) {
        stoppedBy = 'cancelled';
        break;
      }
      if (now - started >= options.timeLimitMs) {
        stoppedBy = 'time';
        break;
      }
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        options.onProgress(iterations, now - started, best);
      }
    }
    iterations += 1;
    const step = iterations % RUN_LENGTH;
    if (step === 0) {
      moveTo(state, best);
      current = energy(state.score(), options.movePenalty);
      currentFull = state.score().fullySatisfied;
      continue;
    }
    const move = proposeMove(state.instance, movable, state.masks, options.random);
    if (move === null) continue;
    const staffedBefore = state.staffing.unstaffed;
    state.apply(move);
    // A move that leaves a group without a teacher is never taken: skip seating the pupils.
    if (state.staffing.unstaffed > staffedBefore) {
      state.revert();
      continue;
    }
    // Fewer pupils can fit than the current layout seats: the move is far too costly to take.
    if (state.fitting < currentFull - PRUNE_MARGIN * scale) {
      state.revert();
      continue;
    }
    const score = state.score();
    const next = energy(score, options.movePenalty);
    const temperature = scale * T_START * (T_END / T_START) ** (step / RUN_LENGTH);
    if (next <= current || options.random.next() < Math.exp((current - next) / temperature)) {
      current = next;
      currentFull = score.fullySatisfied;
      if (compareScores(score, bestScore, options.movePenalty) > 0) {
        best = Int32Array.from(state.masks);
        bestScore = score;
        timeToBestMs = options.now() - started;
        lastImprovement = iterations;
      }
    } else {
      state.revert();
    }
  }
  return { best, iterations, timeToBestMs, elapsedMs: options.now() - started, stoppedBy };
}

/**
 * How many pupils a random move typically stops fitting, relative to a loose cohort's one or
 * two. On a tight cohort (single groups, every pupil filling every block) most moves cost many
 * pupils, and the temperature and pruning margin are scaled up so the search does not freeze
 * in the first layout it finds. Never below 1: loose cohorts search as they always did.
 */
function ruggedness(state: LayoutState, movable: readonly Unit[], random: Random): number {
  const before = state.fitting;
  let total = 0;
  let costly = 0;
  for (let sample = 0; sample < SCALE_SAMPLES; sample++) {
    const move = proposeMove(state.instance, movable, state.masks, random);
    if (move === null) continue;
    state.apply(move);
    const loss = before - state.fitting;
    state.revert();
    if (loss > 0) {
      total += loss;
      costly += 1;
    }
  }
  return costly === 0 ? 1 : Math.max(1, total / costly / 2);
}

/** Lower is better; a choice met is worth a fraction of a pupil with every choice. */
function energy(score: Score, movePenalty: number): number {
  return (
    1000 * score.unstaffed -
    score.fullySatisfied +
    movePenalty * score.moved -
    (0.3 * score.weight) / 1000 +
    0.002 * score.imbalance
  );
}

/** Nothing can beat it: every pupil has every choice, staffed, unmoved, sizes as even as can be. */
function isOptimal(state: LayoutState, score: Score, gap: number): boolean {
  if (score.unstaffed > 0 || score.moved > 0) return false;
  return score.fullySatisfied === state.instance.pupils.length && score.imbalance <= gap;
}

/** Every pupil has every choice and every group a teacher: only balance is left to gain. */
function isSettled(state: LayoutState, score: Score): boolean {
  return score.unstaffed === 0 && score.fullySatisfied === state.instance.pupils.length;
}

/** The least imbalance possible when every pupil has every choice: a gap of one where the
 * demand does not divide evenly over the groups. */
function evenSplitGap(state: LayoutState): number {
  const { courses, pupils } = state.instance;
  const demand = courses.map(() => 0);
  for (const pupil of pupils) for (const c of pupil.choices) demand[c] = (demand[c] ?? 0) + 1;
  let gap = 0;
  courses.forEach((course, c) => {
    if (course.groups.length > 1 && (demand[c] ?? 0) % course.groups.length !== 0) gap += 1;
  });
  return gap;
}

function moveTo(state: LayoutState, masks: Int32Array): void {
  const changes: Change[] = [];
  masks.forEach((mask, g) => {
    if (state.masks[g] !== mask) changes.push([g, mask]);
  });
  if (changes.length > 0) state.apply(changes);
}
