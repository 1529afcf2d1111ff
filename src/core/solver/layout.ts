import type { Random } from '../random';
import { SolverInputError } from './errors';
import type { Instance } from './instance';
import { bitCount } from './masks';

/** Groups that always share their blocks (a keep-together rule), moved as one. */
export interface Unit {
  groups: number[];
  /** Masks every group of the unit may take. */
  placements: number[];
  pinned: boolean;
}

export type Change = readonly [group: number, mask: number];

export function buildUnits(instance: Instance): Unit[] {
  const parent = instance.groups.map((_, g) => g);
  const root = (g: number): number => {
    let r = g;
    while (parent[r] !== r) r = parent[r] ?? r;
    return r;
  };
  for (const [a, b] of instance.together) parent[root(a)] = root(b);
  const members = new Map<number, number[]>();
  instance.groups.forEach((_, g) => members.set(root(g), [...(members.get(root(g)) ?? []), g]));
  const problems: string[] = [];
  const units = [...members.values()].map((groups) => {
    const labels = groups.map((g) => instance.groups[g]?.label ?? '').join(' and ');
    let placements =
      instance.courses[instance.groups[groups[0] ?? 0]?.course ?? 0]?.placements ?? [];
    for (const g of groups) {
      const allowed = instance.courses[instance.groups[g]?.course ?? 0]?.placements ?? [];
      placements = placements.filter((mask) => allowed.includes(mask));
    }
    const pins = [...new Set(groups.flatMap((g) => instance.pins.get(g) ?? []))];
    if (pins.length > 1)
      problems.push(`${labels} are kept together but pinned to different blocks.`);
    else if (pins[0] !== undefined) placements = placements.filter((mask) => mask === pins[0]);
    if (placements.length === 0)
      problems.push(`${labels} are kept together but share no allowed block.`);
    return { groups, placements, pinned: pins.length > 0 };
  });
  if (problems.length > 0) throw new SolverInputError(problems);
  return units;
}

/** True when no keep-apart rule is broken by the masks (after the given changes). */
export function keepsApart(instance: Instance, masks: Int32Array): boolean {
  return instance.apart.every(([a, b]) => ((masks[a] ?? 0) & (masks[b] ?? 0)) === 0);
}

/**
 * A first layout: `start` where it is valid, otherwise each unit (most constrained first) where
 * its course has fewest groups so far, so that parallel groups spread over the blocks.
 */
export function initialMasks(
  instance: Instance,
  units: readonly Unit[],
  random: Random,
  start?: Int32Array,
): Int32Array {
  const masks = new Int32Array(instance.groups.length);
  const order = [...units].sort((a, b) => a.placements.length - b.placements.length);
  const courseLoad = instance.courses.map(() => new Int32Array(instance.blocks.length));
  const blockLoad = new Int32Array(instance.blocks.length);
  for (const unit of order) {
    const previous = start?.[unit.groups[0] ?? 0] ?? 0;
    const kept =
      unit.groups.every((g) => start?.[g] === previous) && unit.placements.includes(previous);
    const candidates = kept ? [previous] : random.shuffle(unit.placements);
    let best = candidates[0] ?? 0;
    let bestCost = Infinity;
    for (const mask of candidates) {
      for (const g of unit.groups) masks[g] = mask;
      let cost = keepsApart(instance, masks) ? 0 : 1e6;
      for (let bit = 0; bit < instance.blocks.length; bit += 1) {
        if ((mask & (1 << bit)) === 0) continue;
        cost += blockLoad[bit] ?? 0;
        for (const g of unit.groups) {
          cost += 100 * (courseLoad[instance.groups[g]?.course ?? 0]?.[bit] ?? 0);
        }
      }
      if (cost < bestCost) {
        best = mask;
        bestCost = cost;
      }
    }
    for (const g of unit.groups) {
      masks[g] = best;
      const load = courseLoad[instance.groups[g]?.course ?? 0];
      for (let bit = 0; bit < instance.blocks.length; bit += 1) {
        if ((best & (1 << bit)) === 0) continue;
        blockLoad[bit] = (blockLoad[bit] ?? 0) + 1;
        if (load) load[bit] = (load[bit] ?? 0) + 1;
      }
    }
  }
  if (!keepsApart(instance, masks)) {
    const broken = instance.apart
      .filter(([a, b]) => ((masks[a] ?? 0) & (masks[b] ?? 0)) !== 0)
      .map(([a, b]) => `${instance.groups[a]?.label} and ${instance.groups[b]?.label}`);
    throw new SolverInputError([
      `Could not keep ${broken.join(', ')} apart within their allowed blocks.`,
    ]);
  }
  return masks;
}

/** A random move: one unit to another placement, or two units swapping blocks. */
export function proposeMove(
  instance: Instance,
  movable: readonly Unit[],
  masks: Int32Array,
  random: Random,
): Change[] | null {
  if (movable.length === 0) return null;
  const unit = random.pick(movable);
  const current = masks[unit.groups[0] ?? 0] ?? 0;
  const changes: Change[] = [];
  if (random.chance(0.5) && movable.length > 1) {
    const other = random.pick(movable);
    const theirs = masks[other.groups[0] ?? 0] ?? 0;
    if (
      other === unit ||
      theirs === current ||
      bitCount(theirs) !== bitCount(current) ||
      !unit.placements.includes(theirs) ||
      !other.placements.includes(current)
    ) {
      return null;
    }
    for (const g of unit.groups) changes.push([g, theirs]);
    for (const g of other.groups) changes.push([g, current]);
  } else {
    const target = random.pick(unit.placements);
    if (target === current) return null;
    for (const g of unit.groups) changes.push([g, target]);
  }
  return breaksApart(instance, masks, changes) ? null : changes;
}

function breaksApart(instance: Instance, masks: Int32Array, changes: readonly Change[]): boolean {
  if (instance.apart.length === 0) return false;
  const after = new Map(changes);
  const maskOf = (g: number): number => after.get(g) ?? masks[g] ?? 0;
  return instance.apart.some(([a, b]) => (maskOf(a) & maskOf(b)) !== 0);
}
