import { allocate, type Allocation } from './allocation';
import {
  buildCombos,
  combosByCourse,
  coursePlaces,
  fitItems,
  type Combo,
  type Places,
} from './combos';
import { EXACT_PARTIALS, fullOptions, partialOptions, QUICK_PARTIALS, type FitOption } from './fit';
import type { Instance } from './instance';
import { assignStaff, type Staffing } from './staffing';

export interface Score {
  unstaffed: number;
  fullySatisfied: number;
  /** Groups moved away from the layout the search started from. */
  moved: number;
  weight: number;
  imbalance: number;
}

interface Undo {
  masks: [number, number][];
  fits: [number, FitOption[], FitOption[] | null][];
  places: [number, Places][];
  staffing: Staffing;
  allocation: Allocation | null;
}

/**
 * A layout with everything that follows from it: per-combination fits (cached, and re-checked
 * only for combinations touching a course that moved), staff and the allocation.
 */
export class LayoutState {
  readonly combos: Combo[];
  readonly masks: Int32Array;
  staffing: Staffing;
  private current: Allocation | null = null;
  private readonly byCourse: number[][];
  private readonly places: Places[];
  private readonly full: FitOption[][];
  /**
   * Pupils whose choices can sit in distinct blocks, group sizes aside: an upper bound on the
   * pupils the allocation can fully satisfy, kept up to date without allocating.
   */
  fitting = 0;
  private readonly partial: (FitOption[] | null)[];
  private undo: Undo | null = null;
  private effort = EXACT_PARTIALS;

  constructor(
    readonly instance: Instance,
    masks: Int32Array,
    /** Each group's block mask in the layout to stay close to; 0 where there is none. */
    readonly anchor: Int32Array = new Int32Array(masks.length),
    /** Teachers to keep where the layout allows, so a re-solve does not reshuffle staff. */
    teachers?: Int32Array,
  ) {
    this.masks = Int32Array.from(masks);
    this.combos = buildCombos(instance);
    this.byCourse = combosByCourse(instance, this.combos);
    this.places = instance.courses.map((_, c) => coursePlaces(instance, this.masks, c));
    this.full = this.combos.map((combo) => fullOptions(this.itemsOf(combo)));
    this.combos.forEach((combo, k) => (this.fitting += this.fittingIn(k, combo)));
    this.partial = this.combos.map(() => null);
    this.staffing = assignStaff(instance, this.masks, teachers);
  }

  /** The seating of the pupils, computed when first asked for after a change. */
  get allocation(): Allocation {
    this.current ??= allocate({
      instance: this.instance,
      masks: this.masks,
      combos: this.combos,
      full: this.full,
      partial: (k) => this.partialOptionsOf(k),
    });
    return this.current;
  }

  score(): Score {
    let moved = 0;
    this.anchor.forEach((mask, g) => {
      if (mask !== 0 && mask !== this.masks[g]) moved += 1;
    });
    return {
      unstaffed: this.staffing.unstaffed,
      fullySatisfied: this.allocation.fullySatisfied,
      moved,
      weight: this.allocation.weight,
      imbalance: this.allocation.imbalance,
    };
  }

  /**
   * Quick scoring for the search: partial timetables are looked for less hard, which changes
   * only choices met by pupils who cannot have every choice. Switching drops what was cached.
   */
  setQuick(quick: boolean): void {
    const effort = quick ? QUICK_PARTIALS : EXACT_PARTIALS;
    if (effort === this.effort) return;
    this.effort = effort;
    this.partial.fill(null);
    this.current = null;
    this.undo = null;
  }

  /** The full options of a combination: empty when its choices cannot sit in distinct blocks. */
  fullOptionsOf(combo: number): readonly FitOption[] {
    return this.full[combo] ?? [];
  }

  partialOptionsOf(combo: number): readonly FitOption[] {
    let options = this.partial[combo];
    if (!options) {
      const target = this.combos[combo];
      options = target
        ? partialOptions(this.itemsOf(target), target.choices.length, this.effort)
        : [];
      this.partial[combo] = options;
    }
    return options;
  }

  /** Moves groups and re-evaluates; `revert` undoes the last call. */
  apply(changes: readonly (readonly [number, number])[]): void {
    const undo: Undo = {
      masks: [],
      fits: [],
      places: [],
      staffing: this.staffing,
      allocation: this.current,
    };
    const moved = new Set<number>();
    for (const [g, mask] of changes) {
      undo.masks.push([g, this.masks[g] ?? 0]);
      this.masks[g] = mask;
      moved.add(this.instance.groups[g]?.course ?? -1);
    }
    const touched = new Set<number>();
    for (const c of moved) {
      const places = this.places[c];
      if (places) undo.places.push([c, places]);
      this.places[c] = coursePlaces(this.instance, this.masks, c);
      for (const k of this.byCourse[c] ?? []) touched.add(k);
    }
    for (const k of touched) {
      const combo = this.combos[k];
      if (!combo) continue;
      undo.fits.push([k, this.full[k] ?? [], this.partial[k] ?? null]);
      this.fitting -= this.fittingIn(k, combo);
      this.full[k] = fullOptions(this.itemsOf(combo));
      this.fitting += this.fittingIn(k, combo);
      this.partial[k] = null;
    }
    this.staffing = assignStaff(this.instance, this.masks, this.staffing.teachers);
    this.current = null;
    this.undo = undo;
  }

  revert(): void {
    const undo = this.undo;
    if (!undo) return;
    for (const [g, mask] of undo.masks.reverse()) this.masks[g] = mask;
    for (const [c, places] of undo.places) this.places[c] = places;
    for (const [k, full, partial] of undo.fits) {
      const combo = this.combos[k];
      if (combo) this.fitting -= this.fittingIn(k, combo);
      this.full[k] = full;
      if (combo) this.fitting += this.fittingIn(k, combo);
      this.partial[k] = partial;
    }
    this.staffing = undo.staffing;
    this.current = undo.allocation;
    this.undo = null;
  }

  /**
   * Gives group g to teacher t (-1: nobody). Staff is not part of the seating, so the
   * allocation stands; the last move can no longer be reverted, as it would undo this too.
   */
  setTeacher(g: number, t: number): void {
    const teachers = Int32Array.from(this.staffing.teachers);
    teachers[g] = t;
    const unstaffed = this.instance.staffed ? teachers.filter((each) => each < 0).length : 0;
    this.staffing = { teachers, unstaffed };
    this.undo = null;
  }

  /** Holds pupil p in group g of course c: the pupil leaves their combination for one of their own. */
  lockPupil(p: number, c: number, g: number): void {
    const pupil = this.instance.pupils[p];
    if (!pupil) return;
    this.combos.forEach((combo, k) => {
      const at = combo.pupils.indexOf(p);
      if (at < 0) return;
      this.fitting -= this.fittingIn(k, combo);
      combo.pupils.splice(at, 1);
      this.fitting += this.fittingIn(k, combo);
    });
    pupil.locks.set(c, g);
    const courses = [...new Set([...pupil.choices, ...pupil.reserves, ...pupil.locks.keys()])];
    const combo: Combo = {
      pupils: [p],
      choices: pupil.choices,
      reserves: pupil.reserves,
      locks: pupil.locks,
      courses,
    };
    const k = this.combos.push(combo) - 1;
    for (const course of courses) this.byCourse[course]?.push(k);
    this.full[k] = fullOptions(this.itemsOf(combo));
    this.fitting += this.fittingIn(k, combo);
    this.partial[k] = null;
    this.current = null;
    this.undo = null;
  }

  private fittingIn(k: number, combo: Combo): number {
    return (this.full[k]?.length ?? 0) > 0 ? combo.pupils.length : 0;
  }

  private itemsOf(combo: Combo) {
    return fitItems(this.instance, this.masks, this.places, combo);
  }
}

/** Lexicographic: staffing, then pupils with all choices, then stability, choices, balance. */
export function compareScores(a: Score, b: Score, movePenalty: number): number {
  if (a.unstaffed !== b.unstaffed) return b.unstaffed - a.unstaffed;
  const primary =
    a.fullySatisfied - movePenalty * a.moved - (b.fullySatisfied - movePenalty * b.moved);
  if (primary !== 0) return primary;
  if (a.weight !== b.weight) return a.weight - b.weight;
  return b.imbalance - a.imbalance;
}
