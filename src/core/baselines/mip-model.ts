import { courseDemand } from '../demand';
import { allowedIndices, groupLabel, groupsToRun } from '../layout';
import type { Cohort } from '../model';

/**
 * A linear model in the plain-object form of the javascript-lp-solver package: constraint
 * bounds by name, and for each variable its coefficients by constraint name (and by the
 * objective's name). Declared here so that src/core need not import the package.
 */
export interface LpModel {
  optimize: string;
  opType: 'max' | 'min';
  constraints: Record<string, { min?: number; max?: number; equal?: number }>;
  variables: Record<string, Record<string, number>>;
  binaries: Record<string, 1>;
}

/** The model and where each of its decision variables came from, to read an answer back. */
export interface BlockingModel {
  model: LpModel;
  groups: { course: number; label: string }[];
  /** Group g sits in block b. */
  placements: { name: string; group: number; block: number }[];
  /** Pupil p (an index into cohort.choices) is in group g. */
  seats: { name: string; pupil: number; group: number }[];
  /** Teacher t (an index into cohort.staff) teaches group g. */
  teaching: { name: string; teacher: number; group: number }[];
  /** What one fully satisfied pupil is worth in the objective (one met choice is worth 1). */
  fullWeight: number;
}

export const OBJECTIVE = 'score';

/**
 * The whole blocking problem as one integer program, for small instances and for checking
 * other methods against a proven optimum. It maximises fully satisfied pupils first and met
 * choices second, with:
 *  - y[g,b] = 1 when group g sits in block b: each group takes blocks_spanned allowed blocks;
 *  - a[p,g] = 1 when pupil p is in group g: at most one group per chosen course, within the
 *    group's size, and s[p] = 1 only when every choice of p is met;
 *  - w[p,g,b] >= a[p,g] + y[g,b] - 1, and sum over g of w[p,g,b] <= 1: a pupil is in at most one
 *    group per block (w need not be integral);
 *  - with staff, t[k,g] = 1 when teacher k teaches group g: one qualified teacher per group
 *    (groups of a course nobody can teach stay unstaffed), at most max_groups groups each (a
 *    double group counts once), and by the same linking no teacher has two groups in a block or
 *    one in a block they are away.
 * Group counts are fixed (as set, or enough for the demand); minimum group sizes and reserves
 * are not modelled. A course that fits in no allowed blocks makes the model infeasible. The LP relaxation is weak (a course can spread over every block), so this
 * is for tiny instances only.
 */
export function buildBlockingModel(cohort: Cohort): BlockingModel {
  const builder = new ModelBuilder();
  const demand = courseDemand(cohort);
  const groups = cohort.courses.flatMap((course, c) =>
    Array.from({ length: groupsToRun(course, demand[c]?.total ?? 0) }, (_, g) => ({
      course: c,
      label: groupLabel(course.code, g),
    })),
  );
  const placements = placeGroups(builder, cohort, groups);
  const seats = seatPupils(builder, cohort, groups, placements);
  const teaching = staffGroups(builder, cohort, groups, placements);
  return {
    model: builder.model,
    groups,
    placements,
    seats,
    teaching,
    fullWeight: builder.fullWeight,
  };
}

type Groups = BlockingModel['groups'];
type Placements = BlockingModel['placements'];

function placeGroups(builder: ModelBuilder, cohort: Cohort, groups: Groups): Placements {
  const placements: Placements = [];
  groups.forEach(({ course: c }, g) => {
    const course = cohort.courses[c];
    if (!course) return;
    builder.constraint(`span_${g}`, { equal: course.blocksSpanned });
    for (const b of allowedIndices(course.allowedBlocks, cohort.blocks)) {
      const name = builder.binary(`y_${g}_${b}`, { [`span_${g}`]: 1 });
      placements.push({ name, group: g, block: b });
    }
  });
  return placements;
}

function seatPupils(
  builder: ModelBuilder,
  cohort: Cohort,
  groups: Groups,
  placements: Placements,
): BlockingModel['seats'] {
  const seats: BlockingModel['seats'] = [];
  const courseIndex = new Map(cohort.courses.map((course, c) => [course.code, c]));
  groups.forEach(({ course: c }, g) =>
    builder.constraint(`cap_${g}`, { max: cohort.courses[c]?.maxGroupSize ?? 0 }),
  );
  const requested = cohort.choices.reduce((sum, list) => sum + list.choices.length, 0);
  // One fully satisfied pupil outweighs every choice that could be met.
  builder.fullWeight = requested + 1;
  cohort.choices.forEach((list, p) => {
    const full = builder.binary(`s_${p}`, { [OBJECTIVE]: builder.fullWeight });
    for (const code of new Set(list.choices)) {
      const c = courseIndex.get(code);
      // A course not on offer can never be met, so the pupil is never fully satisfied.
      builder.constraint(`full_${p}_${c ?? code}`, { max: 0 });
      builder.coefficient(full, `full_${p}_${c ?? code}`, 1);
      if (c === undefined) continue;
      builder.constraint(`pick_${p}_${c}`, { max: 1 });
      groups.forEach((group, g) => {
        if (group.course !== c) return;
        const seat = builder.binary(`a_${p}_${g}`, {
          [OBJECTIVE]: 1,
          [`pick_${p}_${c}`]: 1,
          [`full_${p}_${c}`]: -1,
          [`cap_${g}`]: 1,
        });
        seats.push({ name: seat, pupil: p, group: g });
        linkToBlocks(builder, seat, `p${p}g${g}`, `clash_${p}`, placements, g, () => false);
      });
    }
  });
  return seats;
}

function staffGroups(
  builder: ModelBuilder,
  cohort: Cohort,
  groups: Groups,
  placements: Placements,
): BlockingModel['teaching'] {
  const teaching: BlockingModel['teaching'] = [];
  groups.forEach(({ course: c }, g) => {
    const code = cohort.courses[c]?.code ?? '';
    cohort.staff.forEach((member, k) => {
      if (!member.courses.includes(code)) return;
      builder.constraint(`teach_${g}`, { equal: 1 });
      const coefficients: Record<string, number> = { [`teach_${g}`]: 1 };
      if (member.maxGroups !== null) {
        builder.constraint(`load_${k}`, { max: member.maxGroups });
        coefficients[`load_${k}`] = 1;
      }
      const name = builder.binary(`t_${k}_${g}`, coefficients);
      teaching.push({ name, teacher: k, group: g });
      const away = (b: number) => member.unavailableBlocks.includes(cohort.blocks[b] ?? '');
      linkToBlocks(builder, name, `k${k}g${g}`, `busy_${k}`, placements, g, away);
    });
  });
  return teaching;
}

/**
 * Ties a 0/1 "is in group g" variable (of a pupil or a teacher, named by key) to the blocks g
 * sits in: for each block b a helper z >= member + y[g,b] - 1 counts towards `${clash}_${b}`,
 * which allows one group per block, or none in a block where the person is away.
 */
function linkToBlocks(
  builder: ModelBuilder,
  member: string,
  key: string,
  clash: string,
  placements: Placements,
  group: number,
  away: (block: number) => boolean,
): void {
  for (const placement of placements) {
    if (placement.group !== group) continue;
    const b = placement.block;
    const link = `link_${key}_${b}`;
    builder.constraint(link, { max: 1 });
    builder.constraint(`${clash}_${b}`, { max: away(b) ? 0 : 1 });
    builder.coefficient(member, link, 1);
    builder.coefficient(placement.name, link, 1);
    builder.continuous(`z_${key}_${b}`, { [link]: -1, [`${clash}_${b}`]: 1 });
  }
}

/** Accumulates the plain-object model. */
class ModelBuilder {
  readonly model: LpModel = {
    optimize: OBJECTIVE,
    opType: 'max',
    constraints: {},
    variables: {},
    binaries: {},
  };
  fullWeight = 1;

  constraint(name: string, bound: { max?: number; equal?: number }): void {
    this.model.constraints[name] ??= bound;
  }

  continuous(name: string, coefficients: Record<string, number>): string {
    this.model.variables[name] = { ...this.model.variables[name], ...coefficients };
    return name;
  }

  binary(name: string, coefficients: Record<string, number>): string {
    this.model.binaries[name] = 1;
    return this.continuous(name, coefficients);
  }

  coefficient(variable: string, constraint: string, value: number): void {
    const coefficients = this.model.variables[variable] ?? {};
    coefficients[constraint] = value;
    this.model.variables[variable] = coefficients;
  }
}
