import type { Combo } from './combos';
import type { FitOption } from './fit';
import type { Instance } from './instance';

/**
 * Seats pupils in a fixed layout within group capacities. Pupils of a course who sit in the same
 * blocks share a bucket (the parallel groups there, named by the first of them). Buckets fill
 * greedily, most constrained combinations first; then one-step augmenting moves free a seat for
 * a pupil who did not fit; only then do reserves and partial timetables come in.
 */
export interface Allocation {
  /** Per pupil: the courses and blocks they take, or null when nothing could be seated. */
  chosen: (FitOption | null)[];
  fullySatisfied: number;
  choicesMet: number;
  reservesUsed: number;
  weight: number;
  /** Per group: pupils seated. */
  sizes: Int32Array;
  /** Sum over courses of the gap between their largest and smallest group. */
  imbalance: number;
  /** Per bucket (first group index): seats and pupils seated. */
  capacity: Int32Array;
  load: Int32Array;
}

export interface AllocationInput {
  instance: Instance;
  masks: Int32Array;
  combos: readonly Combo[];
  full: readonly (readonly FitOption[])[];
  partial: (combo: number) => readonly FitOption[];
}

/** For each group, the first group of its course in the same blocks. */
export function bucketsOf(instance: Instance, masks: Int32Array): Int32Array {
  const bucket = new Int32Array(instance.groups.length);
  for (const course of instance.courses) {
    for (const g of course.groups) {
      bucket[g] = course.groups.find((h) => masks[h] === masks[g]) ?? g;
    }
  }
  return bucket;
}

/** Bounds the one-out-two-in repair, which is the costly part of seating a crowded layout. */
const EXCHANGE_TRIES = 48;

export function allocate(input: AllocationInput): Allocation {
  const { instance, masks, combos, full } = input;
  const bucket = bucketsOf(instance, masks);
  const capacity = new Int32Array(instance.groups.length);
  instance.groups.forEach((group, g) => {
    const b = bucket[g] ?? g;
    capacity[b] = (capacity[b] ?? 0) + (instance.courses[group.course]?.maxSize ?? 0);
  });
  const load = new Int32Array(instance.groups.length);
  const seated: number[][] = instance.groups.map(() => []);

  /** The smallest share of free seats over the option's buckets (counting `leaving`'s seats). */
  const room = (option: FitOption, leaving: FitOption | null = null): number => {
    let least = Infinity;
    const { buckets } = option;
    for (let i = 0; i < buckets.length; i += 1) {
      const b = buckets[i] ?? 0;
      const cap = capacity[b] ?? 0;
      let free = cap - (load[b] ?? 0);
      if (leaving !== null && leaving.buckets.includes(b)) free += 1;
      if (free <= 0 || cap === 0) return 0;
      const spare = free / cap;
      if (spare < least) least = spare;
    }
    return least;
  };
  const seat = (p: number, option: FitOption): void => {
    chosen[p] = option;
    for (const b of option.buckets) {
      load[b] = (load[b] ?? 0) + 1;
      seated[b]?.push(p);
    }
  };
  const unseat = (p: number, option: FitOption): void => {
    chosen[p] = null;
    for (const b of option.buckets) {
      load[b] = (load[b] ?? 0) - 1;
      const list = seated[b];
      const at = list?.indexOf(p) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  };
  const roomiest = (
    options: readonly FitOption[],
    leaving: FitOption | null = null,
    avoid = -1,
  ): FitOption | null => {
    let best: FitOption | null = null;
    let bestRoom = 0;
    for (const option of options) {
      if (avoid >= 0 && option.buckets.includes(avoid)) continue;
      const spare = room(option, leaving);
      if (spare > bestRoom) {
        best = option;
        bestRoom = spare;
      }
    }
    return best;
  };

  const chosen: (FitOption | null)[] = instance.pupils.map(() => null);
  const comboOf = new Int32Array(instance.pupils.length);
  combos.forEach((combo, k) => combo.pupils.forEach((p) => (comboOf[p] = k)));
  const inFull = new Uint8Array(instance.pupils.length);
  const order = combos
    .map((_, k) => k)
    .sort(
      (a, b) =>
        (combos[b]?.locks.size ?? 0) - (combos[a]?.locks.size ?? 0) ||
        (full[a]?.length ?? 0) - (full[b]?.length ?? 0) ||
        // Pupils who need fewer seats go first: they leave room for more pupils.
        (combos[a]?.choices.length ?? 0) - (combos[b]?.choices.length ?? 0) ||
        a - b,
    );
  const pending: number[] = [];
  for (const k of order) {
    for (const p of combos[k]?.pupils ?? []) {
      const option = roomiest(full[k] ?? []);
      if (option === null) pending.push(p);
      else {
        seat(p, option);
        inFull[p] = 1;
      }
    }
  }

  /** Frees a seat for pupil p by moving one seated pupil to another of their full options. */
  const augment = (p: number): boolean => {
    for (const option of full[comboOf[p] ?? 0] ?? []) {
      let blocked = -1;
      let blockedCount = 0;
      for (const b of option.buckets) {
        if ((load[b] ?? 0) >= (capacity[b] ?? 0)) {
          blocked = b;
          blockedCount += 1;
        }
      }
      if (blockedCount !== 1 || capacity[blocked] === 0) continue;
      for (const q of seated[blocked] ?? []) {
        const current = chosen[q];
        if (!current || inFull[q] === 0) continue;
        const move = roomiest(full[comboOf[q] ?? 0] ?? [], current, blocked);
        if (move === null) continue;
        unseat(q, current);
        seat(q, move);
        seat(p, option);
        inFull[p] = 1;
        return true;
      }
    }
    return false;
  };
  const fitsSomewhere = (p: number): boolean => (full[comboOf[p] ?? 0]?.length ?? 0) > 0;
  // Pupils of one combination fail alike: once one cannot be helped, skip the rest.
  const hopeless = new Set<number>();
  const stillPending = pending.filter((p) => {
    const k = comboOf[p] ?? 0;
    if (hopeless.has(k) || !fitsSomewhere(p)) return true;
    if (augment(p)) return false;
    hopeless.add(k);
    return true;
  });

  /**
   * One out, two in: a seated pupil gives up their places when that seats two or more of the
   * waiting pupils, who then wait for a partial timetable instead.
   */
  const exchange = (waiting: number[]): number[] => {
    let tries = 0;
    for (let improved = true; improved && waiting.length >= 2;) {
      improved = false;
      const contested = new Set<number>();
      for (const p of waiting) {
        for (const option of full[comboOf[p] ?? 0] ?? []) {
          for (const b of option.buckets)
            if ((load[b] ?? 0) >= (capacity[b] ?? 0)) contested.add(b);
        }
      }
      // Pupils seated the same way in the same combination are interchangeable: try one.
      const tried = new Set<FitOption>();
      search: for (const b of contested) {
        for (const q of [...(seated[b] ?? [])]) {
          const current = chosen[q];
          if (!current || inFull[q] === 0 || tried.has(current) || tries >= EXCHANGE_TRIES)
            continue;
          if ((combos[comboOf[q] ?? 0]?.locks.size ?? 0) > 0) continue;
          tried.add(current);
          tries += 1;
          unseat(q, current);
          inFull[q] = 0;
          const gained: [number, FitOption][] = [];
          for (const p of waiting) {
            const option = roomiest(full[comboOf[p] ?? 0] ?? []);
            if (option === null) continue;
            seat(p, option);
            inFull[p] = 1;
            gained.push([p, option]);
          }
          if (gained.length >= 2) {
            const seatedNow = new Set(gained.map(([p]) => p));
            waiting = [...waiting.filter((p) => !seatedNow.has(p)), q];
            improved = true;
            break search;
          }
          for (const [p, option] of gained.reverse()) {
            unseat(p, option);
            inFull[p] = 0;
          }
          seat(q, current);
          inFull[q] = 1;
        }
      }
    }
    return waiting;
  };
  const leftOver = [
    ...stillPending.filter((p) => !fitsSomewhere(p)),
    ...exchange(stillPending.filter(fitsSomewhere)),
  ];

  for (const p of leftOver) {
    const partials = input.partial(comboOf[p] ?? 0);
    const locked = (combos[comboOf[p] ?? 0]?.locks.size ?? 0) > 0;
    // A locked pupil keeps their lock even in a full group.
    const top = partials.find((option) => room(option) > 0) ?? (locked ? partials[0] : undefined);
    if (top === undefined) continue;
    // Among options worth as much as the best that fits, take the roomiest.
    seat(p, roomiest(partials.filter((o) => o.weight === top.weight)) ?? top);
  }
  return summarise(instance, bucket, combos, chosen, capacity, load);
}

function summarise(
  instance: Instance,
  bucket: Int32Array,
  combos: readonly Combo[],
  chosen: (FitOption | null)[],
  capacity: Int32Array,
  load: Int32Array,
): Allocation {
  let fullySatisfied = 0;
  let choicesMet = 0;
  let reservesUsed = 0;
  let weight = 0;
  chosen.forEach((option, p) => {
    if (!option) return;
    const wanted = instance.pupils[p]?.choices.length ?? 0;
    if (option.originals === wanted && option.reserves === 0) fullySatisfied += 1;
    choicesMet += option.originals + option.reserves;
    reservesUsed += option.reserves;
    weight += option.weight;
  });
  const sizes = groupSizes(instance, bucket, combos, chosen, load);
  let imbalance = 0;
  for (const course of instance.courses) {
    if (course.groups.length < 2) continue;
    let least = Infinity;
    let most = 0;
    for (const g of course.groups) {
      least = Math.min(least, sizes[g] ?? 0);
      most = Math.max(most, sizes[g] ?? 0);
    }
    imbalance += most - least;
  }
  return {
    chosen,
    fullySatisfied,
    choicesMet,
    reservesUsed,
    weight,
    sizes,
    imbalance,
    capacity,
    load,
  };
}

/**
 * Splits each bucket's pupils over its parallel groups: locked pupils where they are locked,
 * the rest filling the smallest group first.
 */
function groupSizes(
  instance: Instance,
  bucket: Int32Array,
  combos: readonly Combo[],
  chosen: readonly (FitOption | null)[],
  load: Int32Array,
): Int32Array {
  const sizes = new Int32Array(instance.groups.length);
  const free = Int32Array.from(load);
  for (const combo of combos) {
    const [p] = combo.pupils;
    if (combo.locks.size === 0 || p === undefined || !chosen[p]) continue;
    for (const g of combo.locks.values()) {
      sizes[g] = (sizes[g] ?? 0) + 1;
      const b = bucket[g] ?? g;
      free[b] = (free[b] ?? 0) - 1;
    }
  }
  for (const course of instance.courses) {
    for (const b of course.groups) {
      if (bucket[b] !== b) continue;
      const members = course.groups.filter((g) => bucket[g] === b);
      for (let left = free[b] ?? 0; left > 0; left -= 1) {
        let smallest = b;
        for (const g of members) if ((sizes[g] ?? 0) < (sizes[smallest] ?? 0)) smallest = g;
        sizes[smallest] = (sizes[smallest] ?? 0) + 1;
      }
    }
  }
  return sizes;
}
