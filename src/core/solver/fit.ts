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
/** How hard to look for partial timetables: search nodes per combination, options kept. */
export interface PartialEffort {
  nodes: number;
  options: number;
}

/** For the seating that is reported. */
export const EXACT_PARTIALS: PartialEffort = { nodes: 20_000, options: 24 };
/**
 * For scoring layouts during the search, where partial timetables only weigh choices met: the
 * first options a depth-first search finds are the best ones, and full satisfaction is unchanged.
 */
export const QUICK_PARTIALS: PartialEffort = { nodes: 600, options: 6 };

export function choiceWeight(rank: number): number {
  return 1000 - rank;
}

export function reserveWeight(rank: number): number {
  return 600 - rank;
}

/**
 * Ways to take every choice (and every locked course) with no two in one block. The course with
 * fewest blocks still open goes next, and a branch ends as soon as some course has none left, so
 * a combination that cannot fit is found out without trying every mix of its groups.
 */
export function fullOptions(items: readonly FitItem[]): FitOption[] {
  const needed = items
    .filter((item) => item.kind !== 'reserve' || item.forced)
    .sort((a, b) => a.masks.length - b.masks.length);
  const options: FitOption[] = [];
  const chosen = new Array<number>(needed.length).fill(0);
  const done = new Uint8Array(needed.length);
  const search = (left: number, used: number): void => {
    if (options.length >= FULL_OPTION_LIMIT) return;
    if (left === 0) {
      options.push(makeOption(needed, chosen));
      return;
    }
    let next = -1;
    let fewest = Infinity;
    for (let i = 0; i < needed.length; i += 1) {
      if (done[i] === 1) continue;
      const open = openMasks(needed[i]?.masks ?? [], used);
      if (open === 0) return;
      if (open < fewest) {
        next = i;
        fewest = open;
      }
    }
    const masks = needed[next]?.masks ?? [];
    done[next] = 1;
    for (let m = 0; m < masks.length; m += 1) {
      const mask = masks[m] ?? 0;
      if ((mask & used) !== 0) continue;
      chosen[next] = m;
      search(left - 1, used | mask);
    }
    done[next] = 0;
  };
  search(needed.length, 0);
  return options;
}

function openMasks(masks: readonly number[], used: number): number {
  let open = 0;
  for (const mask of masks) if ((mask & used) === 0) open += 1;
  return open;
}

/**
 * The best ways to take some of the courses when not all can be had: at most as many courses
 * as the pupil chose, reserves standing in for choices, locked courses always taken.
 */
export function partialOptions(
  items: readonly FitItem[],
  choiceCount: number,
  effort: PartialEffort = EXACT_PARTIALS,
): FitOption[] {
  const best: FitOption[] = [];
  const taken: FitItem[] = [];
  const chosen: number[] = [];
  const suffixWeight = items.map((_, i) =>
    items.slice(i).reduce((sum, item) => sum + item.weight, 0),
  );
  let nodes = 0;
  const worstKept = (): number =>
    best.length < effort.options ? -1 : (best[best.length - 1]?.weight ?? -1);
  // The room cap below needs items best first (choices, then reserves, as fitItems gives them).
  const descending = items.every(
    (item, i) => i === 0 || item.weight <= (items[i - 1]?.weight ?? 0),
  );
  /**
   * The most the items from `depth` on can still add: those with a block still open, at most
   * `cap` of those that count (the first ones open, being the best).
   * -1 when a locked course has no block left.
   */
  const reachable = (depth: number, used: number, cap: number): number => {
    let room = descending ? cap : Infinity;
    let sum = 0;
    for (let i = depth; i < items.length; i += 1) {
      const item = items[i] as FitItem;
      const open = openMasks(item.masks, used) > 0;
      if (!open) {
        if (item.forced) return -1;
        continue;
      }
      if (item.kind === 'locked') continue;
      if (room > 0 || item.forced) {
        sum += item.weight;
        room -= 1;
      }
    }
    return sum;
  };
  const search = (depth: number, used: number, weight: number, count: number): void => {
    nodes += 1;
    if (nodes > effort.nodes || weight + (suffixWeight[depth] ?? 0) <= worstKept()) return;
    const more = reachable(depth, used, choiceCount - count);
    if (more < 0 || (best.length >= effort.options && weight + more <= worstKept())) return;
    const item = items[depth];
    if (item === undefined) {
      if (taken.length > 0) keep(best, makeOption(taken, chosen), effort.options);
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
function keep(best: FitOption[], option: FitOption, limit: number): void {
  let at = best.length;
  while (at > 0 && (best[at - 1]?.weight ?? 0) < option.weight) at -= 1;
  best.splice(at, 0, option);
  if (best.length > limit) best.pop();
}
