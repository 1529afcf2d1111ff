/**
 * A small seeded pseudo-random generator (sfc32) and the helpers that synthetic data needs.
 * The stream itself uses 32-bit integer arithmetic only, so a seed gives the same numbers on
 * every platform. Seeds are hashed as text: 42 and "42" are the same seed.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | string) {
    let state = hashText(String(seed));
    const word = (): number => {
      state = (state + 0x9e3779b9) | 0;
      return splitMix(state);
    };
    this.a = word();
    this.b = word();
    this.c = word();
    this.d = word();
    // The first outputs of sfc32 still echo the seed; discard them.
    for (let i = 0; i < 12; i += 1) this.nextUint32();
  }

  /** A whole number from 0 to 2^32 - 1. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number from 0 (inclusive) to 1 (exclusive). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Cannot pick a whole number from ${min} to ${max}.`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** An index drawn in proportion to the weights (negative weights count as zero). */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) if (weight > 0) total += weight;
    if (!(total > 0)) throw new RangeError('Cannot pick when no weight is positive.');
    let target = this.next() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i += 1) {
      const weight = weights[i] ?? 0;
      if (weight <= 0) continue;
      last = i;
      target -= weight;
      if (target < 0) return i;
    }
    // Rounding can leave a sliver of the total unspent: it belongs to the last positive weight.
    return last;
  }

  weightedPick<T>(items: readonly T[], weightOf: (item: T) => number): T {
    return items[this.weightedIndex(items.map(weightOf))] as T;
  }

  /** A shuffled copy (Fisher-Yates); the input is left as it was. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = this.int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  }

  /**
   * A normally distributed number (Box-Muller). Math.log and Math.cos need not be correctly
   * rounded: V8 (Node and Electron) computes them the same way on every operating system, but
   * another engine could differ in the last bit, so callers round what they keep.
   */
  normal(mean = 0, sd = 1): number {
    const u = 1 - this.next(); // in (0, 1], so the logarithm is finite
    const v = this.next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}

export function createRandom(seed: number | string): Random {
  return new Random(seed);
}

/** FNV-1a over UTF-16 code units, then a final mix so that similar seeds diverge. */
function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return splitMix(hash);
}

/** The output function of SplitMix32: spreads every input bit over the whole word. */
function splitMix(value: number): number {
  let z = value | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
