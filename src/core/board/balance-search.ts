/**
 * The arithmetic of balancing one set of parallel groups that share their blocks. Pupils who
 * look the same to the objective (same gender, prior-attainment band, disadvantage and SEND)
 * are interchangeable, so the search works on how many of each kind sit in each group; who
 * moves is decided afterwards, keeping as many pupils as possible where they are. Small sets
 * are solved exactly by trying every split; larger ones by a deterministic local search.
 */

export interface BalanceKind {
  gender: string;
  band: string;
  disadvantaged: boolean;
  send: boolean;
}

export interface BalanceProblem {
  /** Most pupils each group may end with. */
  caps: number[];
  kinds: BalanceKind[];
  /** Pupils free to move, by group then kind. */
  movable: number[][];
  /** Pupils who stay where they are (locked), by group then kind. */
  held: number[][];
}

/**
 * Lower is better, compared in order: uneven sizes, uneven genders, uneven bands, uneven
 * disadvantage and SEND, pupils moved. Each unevenness is a sum of squared counts, which for a
 * fixed total is smallest when the counts are as equal as they can be.
 */
type BalanceScore = [number, number, number, number, number];

function compareScores(a: BalanceScore, b: BalanceScore): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Problems with at most this many possible layouts are solved exactly by trying them all. */
const EXHAUSTIVE_LIMIT = 20_000;

/** How many pupils of each kind each group should end with. */
export function balanceCounts(problem: BalanceProblem): number[][] {
  const layout = new CountLayout(problem);
  if (layoutCount(problem, EXHAUSTIVE_LIMIT) <= EXHAUSTIVE_LIMIT) return exhaustive(layout);
  return improveLocally(layout);
}

/** The objective's view of the groups, updated in place as pupils are shifted. */
class CountLayout {
  readonly groups: number;
  readonly kinds: number;
  readonly target: number[][];
  private readonly sizes: number[];
  private readonly genders: number[][];
  private readonly bands: number[][];
  private readonly disadvantaged: number[];
  private readonly send: number[];
  private readonly genderOf: number[];
  private readonly bandOf: number[];
  private readonly score: BalanceScore = [0, 0, 0, 0, 0];

  constructor(readonly problem: BalanceProblem) {
    this.groups = problem.caps.length;
    this.kinds = problem.kinds.length;
    this.target = problem.movable.map((row) => [...row]);
    const genderKeys = [...new Set(problem.kinds.map((kind) => kind.gender))];
    const bandKeys = [...new Set(problem.kinds.map((kind) => kind.band))];
    this.genderOf = problem.kinds.map((kind) => genderKeys.indexOf(kind.gender));
    this.bandOf = problem.kinds.map((kind) => bandKeys.indexOf(kind.band));
    this.sizes = new Array<number>(this.groups).fill(0);
    this.genders = this.sizes.map(() => new Array<number>(genderKeys.length).fill(0));
    this.bands = this.sizes.map(() => new Array<number>(bandKeys.length).fill(0));
    this.disadvantaged = new Array<number>(this.groups).fill(0);
    this.send = new Array<number>(this.groups).fill(0);
    for (let g = 0; g < this.groups; g += 1) {
      for (let k = 0; k < this.kinds; k += 1) {
        const count = (problem.held[g]?.[k] ?? 0) + (problem.movable[g]?.[k] ?? 0);
        this.count(g, k, count);
      }
    }
  }

  /** Shifts pupils until the target layout is `target`. */
  moveTo(target: readonly number[][]): void {
    for (let k = 0; k < this.kinds; k += 1) {
      for (let from = 0; from < this.groups; from += 1) {
        while ((this.target[from]?.[k] ?? 0) > (target[from]?.[k] ?? 0)) {
          const to = this.target.findIndex((row, g) => (row[k] ?? 0) < (target[g]?.[k] ?? 0));
          if (to < 0) return;
          this.shift(k, from, to);
        }
      }
    }
  }

  current(): BalanceScore {
    return [...this.score];
  }

  size(g: number): number {
    return this.sizes[g] ?? 0;
  }

  fits(g: number): boolean {
    return this.size(g) <= (this.problem.caps[g] ?? 0);
  }

  /** Moves one pupil of kind `k` from group `from` to group `to` in the target layout. */
  shift(k: number, from: number, to: number): void {
    this.changeTarget(from, k, -1);
    this.changeTarget(to, k, 1);
    this.count(from, k, -1);
    this.count(to, k, 1);
  }

  private changeTarget(g: number, k: number, delta: number): void {
    const row = this.target[g];
    if (!row) return;
    const before = row[k] ?? 0;
    const moved = this.problem.movable[g]?.[k] ?? 0;
    row[k] = before + delta;
    this.score[4] += Math.max(0, moved - (before + delta)) - Math.max(0, moved - before);
  }

  private count(g: number, k: number, delta: number): void {
    if (delta === 0) return;
    const kind = this.problem.kinds[k];
    if (!kind) return;
    this.score[0] += bump(this.sizes, g, delta);
    this.score[1] += bump(this.genders[g] ?? [], this.genderOf[k] ?? 0, delta);
    this.score[2] += bump(this.bands[g] ?? [], this.bandOf[k] ?? 0, delta);
    if (kind.disadvantaged) this.score[3] += bump(this.disadvantaged, g, delta);
    if (kind.send) this.score[3] += bump(this.send, g, delta);
  }
}

/** Adds `delta` to one count and returns the change in the sum of squares. */
function bump(counts: number[], i: number, delta: number): number {
  const before = counts[i] ?? 0;
  counts[i] = before + delta;
  return 2 * before * delta + delta * delta;
}

/** The number of ways the movable pupils could be shared out, or more than `limit`. */
function layoutCount(problem: BalanceProblem, limit: number): number {
  const groups = problem.caps.length;
  let total = 1;
  for (let k = 0; k < problem.kinds.length; k += 1) {
    const pupils = problem.movable.reduce((sum, row) => sum + (row[k] ?? 0), 0);
    total *= binomial(pupils + groups - 1, groups - 1);
    if (total > limit) return total;
  }
  return total;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/** Tries every way of sharing out each kind; the first best layout found is kept. */
function exhaustive(layout: CountLayout): number[][] {
  // Gather everybody movable in the first group, then deal each kind out in turn.
  for (let g = 1; g < layout.groups; g += 1) {
    for (let k = 0; k < layout.kinds; k += 1) {
      while ((layout.target[g]?.[k] ?? 0) > 0) layout.shift(k, g, 0);
    }
  }
  const best = { score: null as BalanceScore | null, target: copy(layout.problem.movable) };
  const visit = (k: number): void => {
    if (k === layout.kinds) {
      for (let g = 0; g < layout.groups; g += 1) if (!layout.fits(g)) return;
      const score = layout.current();
      if (best.score === null || compareScores(score, best.score) < 0) {
        best.score = score;
        best.target = copy(layout.target);
      }
      return;
    }
    deal(layout, k, 0, () => visit(k + 1));
  };
  visit(0);
  return best.target;
}

/**
 * Every split of kind `k` among groups `g` onwards, given that all of them start in group `g`:
 * calls `next` for each, and leaves them all in group `g` again afterwards.
 */
function deal(layout: CountLayout, k: number, g: number, next: () => void): void {
  if (g === layout.groups - 1) {
    next();
    return;
  }
  const pupils = layout.target[g]?.[k] ?? 0;
  for (let passed = 0; passed <= pupils; passed += 1) {
    if (passed > 0) layout.shift(k, g, g + 1);
    deal(layout, k, g + 1, next);
  }
  for (let passed = 0; passed < pupils; passed += 1) layout.shift(k, g + 1, g);
}

/**
 * Most steps weighed in all, so that a large course still returns in well under a second; the
 * count, not the clock, stops the search, so the same groups always balance the same way.
 */
const STEP_BUDGET = 400_000;

/**
 * From the current seating, takes the single move or swap of two pupils that improves the
 * score most, until none does. Then, to climb out of a dead end, tries each single step even
 * when it makes things worse and descends again from there, keeping any better result.
 * Deterministic: steps are always tried in the same order and ties go to the first found.
 */
function improveLocally(layout: CountLayout): number[][] {
  const budget = { left: STEP_BUDGET };
  descend(layout, budget);
  let improved = true;
  while (improved && budget.left > 0) {
    improved = false;
    const settled = layout.current();
    const kept = copy(layout.target);
    for (const step of steps(layout)) {
      if (budget.left <= 0) break;
      apply(layout, step);
      if (fits(layout, step)) {
        descend(layout, budget);
        if (compareScores(layout.current(), settled) < 0) {
          improved = true;
          break;
        }
      }
      layout.moveTo(kept);
    }
  }
  return layout.target;
}

function descend(layout: CountLayout, budget: { left: number }): void {
  while (budget.left > 0) {
    const baseline = layout.current();
    let best: { score: BalanceScore; step: Step } | null = null;
    for (const step of steps(layout)) {
      budget.left -= 1;
      apply(layout, step);
      const score = layout.current();
      const allowed = fits(layout, step);
      undo(layout, step);
      if (allowed && compareScores(score, best?.score ?? baseline) < 0) best = { score, step };
    }
    if (!best) return;
    apply(layout, best.step);
  }
}

/** One pupil of kind `k` moves from `from` to `to`; for a swap, one of kind `back` comes back. */
interface Step {
  k: number;
  from: number;
  to: number;
  back: number | null;
}

function apply(layout: CountLayout, step: Step): void {
  layout.shift(step.k, step.from, step.to);
  if (step.back !== null) layout.shift(step.back, step.to, step.from);
}

function undo(layout: CountLayout, step: Step): void {
  if (step.back !== null) layout.shift(step.back, step.from, step.to);
  layout.shift(step.k, step.to, step.from);
}

/** A swap leaves sizes as they were; a move must not take its group past its cap. */
function fits(layout: CountLayout, step: Step): boolean {
  return step.back !== null || layout.fits(step.to);
}

/** Every move of one pupil, and every swap of two pupils of different kinds, from here. */
function* steps(layout: CountLayout): Generator<Step> {
  for (let from = 0; from < layout.groups; from += 1) {
    for (let k = 0; k < layout.kinds; k += 1) {
      if ((layout.target[from]?.[k] ?? 0) === 0) continue;
      for (let to = 0; to < layout.groups; to += 1) {
        if (to === from) continue;
        yield { k, from, to, back: null };
        for (let back = 0; back < layout.kinds; back += 1) {
          if (back === k || (layout.target[to]?.[back] ?? 0) === 0) continue;
          yield { k, from, to, back };
        }
      }
    }
  }
}

function copy(table: readonly number[][]): number[][] {
  return table.map((row) => [...row]);
}
