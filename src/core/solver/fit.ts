/**
 * For one combination of choices and a fixed layout: the ways to sit every course in distinct
 * blocks. A small exact search over block masks; it does not look at group sizes.
 */

/** `locked`: a course the pupil is locked into without having chosen it. */
export type FitKind = 'choice' | 'reserve' | 'locked';

export interface FitItem {
  course: number;
  kind: FitKind;
  /** Worth of getting this course: choices outrank reserves, higher ranks outrank lower. */
  weight: number;
  /** The distinct block masks of the groups this pupil could join. */
  masks: readonly number[];
  /** Parallel to `masks`: the first group of the course in those blocks, naming the bucket. */
  buckets: readonly number[];
  /** A locked placement: the course must be taken, in the locked group's blocks. */
  forced: boolean;
}

export interface FitOption {
  /** Parallel to `masks` and `buckets`: the courses taken. */
  courses: number[];
  masks: number[];
  /** The parallel groups a course's pupils share are one bucket, named by its first group. */
  buckets: number[];
  weight: number;
  originals: number;
  reserves: number;
}

export const FULL_OPTION_LIMIT = 16;
export const PARTIAL_OPTION_LIMIT = 24;
const PARTIAL_NODE_BUDGET = 20_000;

export function choiceWeight(rank: number): number {
  return 1000 - rank;
}

export function reserveWeight(rank: number): number {
  return 600 - rank;
}

/** Ways to take every choice (and every locked course) with no two in one block. */
export function fullOptions(items: readonly FitItem[]): FitOption[] {
  const needed = items
    .filter((item) => item.kind !== 'reserve' || item.forced)
    .sort((a, b) => a.masks.length - b.masks.length);
  const options: FitOption[] = [];
  const chosen: number[] = [];
  const search = (depth: number, used: number): void => {
    if (options.length >= FULL_OPTION_LIMIT) return;
    const item = needed[depth];
    if (item === undefined) {
      options.push(makeOption(needed, chosen));
      return;
    }
    for (let i = 0; i < item.masks.length; i += 1) {
      const mask = item.masks[i] ?? 0;
      if ((mask & used) !== 0) continue;
      chosen.push(i);
      search(depth + 1, used | mask);
      chosen.pop();
    }
  };
  search(0, 0);
  return options;
}

/**
 * The best ways to take some of the courses when not all can be had: at most as many courses
 * as the pupil chose, reserves standing in for choices, locked courses always taken.
 */
export function partialOptions(items: readonly FitItem[], choiceCount: number): FitOption[] {
  const best: FitOption[] = [];
  const taken: FitItem[] = [];
  const chosen: number[] = [];
  const suffixWeight = items.map((_, i) =>
    items.slice(i).reduce((sum, item) => sum + item.weight, 0),
  );
  let nodes = 0;
  const worstKept = (): number =>
    best.length < PARTIAL_OPTION_LIMIT ? -1 : (best[best.length - 1]?.weight ?? -1);
  const search = (depth: number, used: number, weight: number, count: number): void => {
    nodes += 1;
    if (nodes > PARTIAL_NODE_BUDGET || weight + (suffixWeight[depth] ?? 0) <= worstKept()) return;
    const item = items[depth];
    if (item === undefined) {
      if (taken.length > 0) keep(best, makeOption(taken, chosen));
      return;
    }
    const counts = item.kind !== 'locked';
    if (item.forced || !counts || count < choiceCount) {
      item.masks.forEach((mask, i) => {
        if ((mask & used) !== 0) return;
        taken.push(item);
        chosen.push(i);
        search(depth + 1, used | mask, weight + item.weight, count + (counts ? 1 : 0));
        taken.pop();
        chosen.pop();
      });
    }
    if (!item.forced) search(depth + 1, used, weight, count);
  };
  search(0, 0, 0, 0);
  return best;
}

/** `chosen[i]` is the index, among items[i]'s masks, of the blocks taken. */
function makeOption(items: readonly FitItem[], chosen: readonly number[]): FitOption {
  let weight = 0;
  let originals = 0;
  let reserves = 0;
  for (const item of items) {
    weight += item.weight;
    if (item.kind === 'reserve') reserves += 1;
    else if (item.kind === 'choice') originals += 1;
  }
  return {
    courses: items.map((item) => item.course),
    masks: items.map((item, i) => item.masks[chosen[i] ?? 0] ?? 0),
    buckets: items.map((item, i) => item.buckets[chosen[i] ?? 0] ?? 0),
    weight,
    originals,
    reserves,
  };
}

/** Inserts in weight order (best first) and trims to the limit. */
function keep(best: FitOption[], option: FitOption): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]?.weight ?? 0) < option.weight) at -= 1;
  best.splice(at, 0, option);
  if (best.length > PARTIAL_OPTION_LIMIT) best.pop();
}
