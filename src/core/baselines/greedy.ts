import { courseDemand } from '../demand';
import {
  allowedIndices,
  blockMask,
  blockSets,
  groupLabel,
  groupsToRun,
  type PlacedGroup,
  type PupilAllocation,
} from '../layout';
import type { Cohort, Course } from '../model';
import { allocatePupils } from './allocate';
import { evaluateLayout, type LayoutEvaluation } from './evaluate';
import { bestFit } from './pupil-fit';
import { StaffPool } from './staff-pool';

export interface GreedyOptions {
  /** Place a group only where a teacher of its course is free (default true). */
  respectStaff?: boolean;
}

export interface BlockingResult {
  groups: PlacedGroup[];
  /** Pupils seated within group sizes (by allocatePupils, so a lower bound for the layout). */
  metrics: LayoutEvaluation;
  /** The same layout scored without group sizes (an upper bound for it). */
  ignoringSizes: LayoutEvaluation;
  allocation: PupilAllocation[];
  /** Labels of groups placed without a teacher (nobody qualified was free). */
  unstaffed: string[];
  /** Courses that could not be placed at all (a double course allowed in one block). */
  unplaced: string[];
}

/** Pupils with the same choices, counted once with their number. */
interface Combination {
  courses: number[];
  pupils: number;
}

/**
 * A deliberately simple baseline. Courses are taken hardest first (double, then restricted to
 * few blocks, then most chosen); each of their groups goes, in turn, where it lets the most
 * pupils still fit all the courses placed so far (then where most choices are met), breaking
 * ties towards blocks holding fewer groups of the course and fewer groups in all. With staff,
 * only blocks where a qualified teacher is free are considered, while there are any.
 * Deterministic: the same cohort gives the same layout.
 */
export function greedyBlocking(cohort: Cohort, options: GreedyOptions = {}): BlockingResult {
  const { courses, blocks } = cohort;
  const demand = courseDemand(cohort);
  const scorer = new FitScorer(cohort);
  const staff = new StaffPool(options.respectStaff === false ? [] : cohort.staff, blocks);
  const load = new Array<number>(blocks.length).fill(0);
  const groups: PlacedGroup[] = [];
  const unstaffed: string[] = [];
  const unplaced: string[] = [];

  for (const c of placementOrder(
    courses,
    demand.map((d) => d.total),
  )) {
    const course = courses[c] as Course;
    const sets = blockSets(allowedIndices(course.allowedBlocks, blocks), course.blocksSpanned);
    if (sets.length === 0) {
      unplaced.push(course.code);
      continue;
    }
    const here = new Array<number>(blocks.length).fill(0);
    for (let g = 0; g < groupsToRun(course, demand[c]?.total ?? 0); g += 1) {
      const staffed = sets.filter((set) => staff.pick(course.code, blockMask(set)) !== null);
      const set = bestSet(staffed.length > 0 ? staffed : sets, (candidate) => {
        const sum = (counts: readonly number[]) =>
          candidate.reduce((total, b) => total + (counts[b] ?? 0), 0);
        return [...scorer.scoreWith(c, blockMask(candidate)), -sum(here), -sum(load)];
      });
      const mask = blockMask(set);
      scorer.add(c, mask);
      for (const b of set) {
        here[b] = (here[b] ?? 0) + 1;
        load[b] = (load[b] ?? 0) + 1;
      }
      const label = groupLabel(course.code, g);
      const teacher = staff.pick(course.code, mask);
      if (teacher !== null) staff.assign(teacher, mask);
      else if (cohort.staff.length > 0 && options.respectStaff !== false) unstaffed.push(label);
      groups.push({ course: course.code, label, blocks: set.map((b) => blocks[b] ?? ''), teacher });
    }
  }
  const { allocation, metrics } = allocatePupils(cohort, groups);
  const ignoringSizes = evaluateLayout(cohort, groups);
  return { groups, metrics, ignoringSizes, allocation, unstaffed, unplaced };
}

/** The candidate with the lexicographically greatest key; the first one on ties. */
function bestSet(candidates: readonly number[][], keyOf: (set: number[]) => number[]): number[] {
  let best = candidates[0] ?? [];
  let bestKey = keyOf(best);
  for (const set of candidates.slice(1)) {
    const key = keyOf(set);
    if (isBetter(key, bestKey)) {
      best = set;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Scores a partial layout by the pupils with each combination of choices: how many still fit
 * every course placed so far, and how many of those choices they get.
 */
class FitScorer {
  private readonly masks: number[][];
  private readonly combosOf: Combination[][];

  constructor(cohort: Cohort) {
    const index = new Map(cohort.courses.map((course, c) => [course.code, c]));
    const combos = combinations(cohort, index);
    this.masks = cohort.courses.map(() => []);
    this.combosOf = cohort.courses.map((_, c) => combos.filter((k) => k.courses.includes(c)));
  }

  add(course: number, mask: number): void {
    const own = this.masks[course];
    if (own && !own.includes(mask)) own.push(mask);
  }

  /** [pupils fitting, choices met] among pupils who chose the course, were it also at mask. */
  scoreWith(course: number, mask: number): [number, number] {
    const own = this.masks[course] ?? [];
    const fresh = !own.includes(mask);
    if (fresh) own.push(mask);
    let full = 0;
    let met = 0;
    for (const combo of this.combosOf[course] ?? []) {
      const placed = combo.courses.filter((c) => (this.masks[c]?.length ?? 0) > 0);
      const fit = bestFit(placed.map((c) => this.masks[c] ?? []));
      if (fit.met === placed.length) full += combo.pupils;
      met += fit.met * combo.pupils;
    }
    if (fresh) own.pop();
    return [full, met];
  }
}

/** Double courses, then those allowed in fewest blocks, then the most chosen. */
function placementOrder(courses: readonly Course[], demand: readonly number[]): number[] {
  const reach = (course: Course) => course.allowedBlocks.length || Number.MAX_SAFE_INTEGER;
  return courses
    .map((_, c) => c)
    .sort((a, b) => {
      const x = courses[a] as Course;
      const y = courses[b] as Course;
      return (
        y.blocksSpanned - x.blocksSpanned ||
        reach(x) - reach(y) ||
        (demand[b] ?? 0) - (demand[a] ?? 0) ||
        a - b
      );
    });
}

/** Lexicographic comparison: is a strictly better than b? */
function isBetter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

/** Distinct choice lists among the pupils; courses not in the plan are left out. */
function combinations(cohort: Cohort, index: ReadonlyMap<string, number>): Combination[] {
  const byKey = new Map<string, Combination>();
  for (const list of cohort.choices) {
    const courses = list.choices.flatMap((code) => {
      const c = index.get(code);
      return c === undefined ? [] : [c];
    });
    const key = [...courses].sort((a, b) => a - b).join(',');
    const combo = byKey.get(key) ?? { courses, pupils: 0 };
    combo.pupils += 1;
    byKey.set(key, combo);
  }
  return [...byKey.values()];
}
