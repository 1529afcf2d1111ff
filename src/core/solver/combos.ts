import { choiceWeight, reserveWeight, type FitItem } from './fit';
import type { Instance } from './instance';

/** Pupils with the same ranked choices and reserves, who therefore fit or fail together. */
export interface Combo {
  pupils: number[];
  choices: number[];
  reserves: number[];
  /** Course to group; only a combination of one pupil has locks. */
  locks: ReadonlyMap<number, number>;
  /** Every course whose groups matter to this combination. */
  courses: number[];
}

export function buildCombos(instance: Instance): Combo[] {
  const combos: Combo[] = [];
  const byKey = new Map<string, Combo>();
  instance.pupils.forEach((pupil, p) => {
    const key = `${pupil.choices.join(',')}|${pupil.reserves.join(',')}`;
    const shared = pupil.locks.size === 0 ? byKey.get(key) : undefined;
    if (shared) {
      shared.pupils.push(p);
      return;
    }
    const courses = [...new Set([...pupil.choices, ...pupil.reserves, ...pupil.locks.keys()])];
    const combo = {
      pupils: [p],
      choices: pupil.choices,
      reserves: pupil.reserves,
      locks: pupil.locks,
      courses,
    };
    combos.push(combo);
    if (pupil.locks.size === 0) byKey.set(key, combo);
  });
  return combos;
}

/** For each course, the combinations that involve it: the ones to re-check when it moves. */
export function combosByCourse(instance: Instance, combos: readonly Combo[]): number[][] {
  const index: number[][] = instance.courses.map(() => []);
  combos.forEach((combo, k) => {
    for (const c of combo.courses) index[c]?.push(k);
  });
  return index;
}

/** Where a course's groups sit: distinct block masks, each with the bucket that holds it. */
export interface Places {
  masks: number[];
  /** A bucket is named by the course's first group in those blocks. */
  buckets: number[];
}

export function coursePlaces(instance: Instance, masks: Int32Array, c: number): Places {
  const places: Places = { masks: [], buckets: [] };
  for (const g of instance.courses[c]?.groups ?? []) {
    const mask = masks[g] ?? 0;
    if (places.masks.includes(mask)) continue;
    places.masks.push(mask);
    places.buckets.push(g);
  }
  return places;
}

/** The courses of a combination with the places of their groups (a locked course: one place). */
export function fitItems(
  instance: Instance,
  masks: Int32Array,
  places: readonly Places[],
  combo: Combo,
): FitItem[] {
  const placesOf = (c: number): Places => {
    const all = places[c] ?? { masks: [], buckets: [] };
    const locked = combo.locks.get(c);
    if (locked === undefined) return all;
    const at = all.masks.indexOf(masks[locked] ?? 0);
    return { masks: [all.masks[at] ?? 0], buckets: [all.buckets[at] ?? locked] };
  };
  const items: FitItem[] = [];
  combo.choices.forEach((c, rank) => {
    const { masks: m, buckets } = placesOf(c);
    const forced = combo.locks.has(c);
    items.push({
      course: c,
      kind: 'choice',
      weight: choiceWeight(rank),
      masks: m,
      buckets,
      forced,
    });
  });
  combo.reserves.forEach((c, rank) => {
    const { masks: m, buckets } = placesOf(c);
    const forced = combo.locks.has(c);
    items.push({
      course: c,
      kind: 'reserve',
      weight: reserveWeight(rank),
      masks: m,
      buckets,
      forced,
    });
  });
  for (const c of combo.locks.keys()) {
    if (combo.choices.includes(c) || combo.reserves.includes(c)) continue;
    const { masks: m, buckets } = placesOf(c);
    items.push({ course: c, kind: 'locked', weight: 0, masks: m, buckets, forced: true });
  }
  return items;
}
