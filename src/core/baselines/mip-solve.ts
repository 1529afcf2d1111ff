import type { PlacedGroup, PupilAllocation } from '../layout';
import type { Cohort } from '../model';
import type { LayoutEvaluation } from './evaluate';
import { buildBlockingModel, type BlockingModel, type LpModel } from './mip-model';

/** What javascript-lp-solver's Solve returns: the objective, and the non-zero variables. */
export interface LpResult {
  feasible: boolean;
  result: number;
  [variable: string]: number | boolean | undefined;
}

/** A solver for LpModel, e.g. `(model) => solver.Solve(model) as LpResult`. */
export type LpSolve = (model: LpModel) => LpResult;

export interface MipSolution {
  groups: PlacedGroup[];
  allocation: PupilAllocation[];
  metrics: LayoutEvaluation;
  objective: number;
}

/**
 * Builds the model, hands it to the solver and reads the answer back; null when the solver
 * finds no feasible answer (for instance when staffing rules out every layout). The solver is
 * passed in so that src/core stays free of the package, whose Node entry imports Node modules.
 */
export function solveBlockingMip(cohort: Cohort, solve: LpSolve): MipSolution | null {
  const built = buildBlockingModel(cohort);
  const result = solve(built.model);
  return result.feasible ? readBlockingSolution(cohort, built, result) : null;
}

export function readBlockingSolution(
  cohort: Cohort,
  built: BlockingModel,
  result: LpResult,
): MipSolution {
  // The solver lists only variables that are not zero.
  const isOne = (name: string) => {
    const value = result[name];
    return typeof value === 'number' && value > 0.5;
  };
  const groups: PlacedGroup[] = built.groups.map((group) => ({
    course: cohort.courses[group.course]?.code ?? '',
    label: group.label,
    blocks: [],
    teacher: null,
  }));
  for (const placement of built.placements) {
    if (isOne(placement.name))
      groups[placement.group]?.blocks.push(cohort.blocks[placement.block] ?? '');
  }
  for (const teaching of built.teaching) {
    const group = groups[teaching.group];
    if (group && isOne(teaching.name)) group.teacher = cohort.staff[teaching.teacher]?.code ?? null;
  }
  const taken = cohort.choices.map(() => new Map<string, string>());
  for (const seat of built.seats) {
    const group = groups[seat.group];
    if (group && isOne(seat.name)) taken[seat.pupil]?.set(group.course, group.label);
  }

  const metrics: LayoutEvaluation = {
    pupils: cohort.choices.length,
    fullySatisfied: 0,
    choicesRequested: 0,
    choicesMet: 0,
    unmet: [],
  };
  const allocation = cohort.choices.map((list, p) => {
    const mine = taken[p] ?? new Map<string, string>();
    const missing = list.choices.filter((code) => !mine.has(code));
    metrics.choicesRequested += list.choices.length;
    metrics.choicesMet += list.choices.length - missing.length;
    if (missing.length === 0) metrics.fullySatisfied += 1;
    else metrics.unmet.push({ upn: list.upn, courses: missing });
    return { upn: list.upn, groups: list.choices.flatMap((code) => mine.get(code) ?? []) };
  });
  return { groups, allocation, metrics, objective: result.result };
}
