import type { Cohort } from '../model';
import { SolverInputError } from './errors';
import { explainUnresolved } from './explain';
import { groupMovesFor } from './fixes';
import { buildInstance } from './instance';
import { maskOfNames } from './masks';
import { computeMetrics } from './metrics';
import { masksFromSolution, teachersFromSolution, toSolution } from './solution';
import { LayoutState } from './state';
import type {
  GroupMoveFix,
  GroupRule,
  LockedPlacement,
  Solution,
  SolverMetrics,
  UnresolvedChoice,
} from './types';

export interface EvaluatorOptions {
  pins?: Record<string, string[]>;
  rules?: GroupRule[];
  lockedPlacements?: LockedPlacement[];
}

/** A layout that the user edits by hand, with its figures kept up to date after each edit. */
export interface Evaluator {
  /** Puts a group in other blocks; the pupils are re-seated around it. */
  moveGroup(label: string, blocks: string[]): SolverMetrics;
  /** Locks a pupil into another group of a course (a course they did not have is added). */
  movePupil(upn: string, course: string, toGroup: string): SolverMetrics;
  /**
   * What moving a group would give, without keeping the move: the layout, seats and figures
   * are left exactly as they were, so a drag can be previewed on the live layout.
   */
  previewMove(label: string, blocks: string[]): { metrics: SolverMetrics; solution: Solution };
  /** Gives a group to a teacher (null: nobody); the seating does not depend on teachers. */
  setTeacher(label: string, teacherCode: string | null): SolverMetrics;
  metrics(): SolverMetrics;
  solution(): Solution;
  unresolved(): UnresolvedChoice[];
  /** Moves of one group that would give the pupil all their choices, and what each costs. */
  suggestGroupMoves(upn: string): GroupMoveFix[];
}

/** The groups of the solution are kept as they are: their count per course is the solution's. */
export function createEvaluator(
  cohort: Cohort,
  start: Solution,
  options: EvaluatorOptions = {},
): Evaluator {
  const groupCounts: Record<string, number> = Object.fromEntries(
    cohort.courses.map((c) => [c.code, 0]),
  );
  for (const group of start.groups)
    groupCounts[group.course] = (groupCounts[group.course] ?? 0) + 1;
  const instance = buildInstance(cohort, { ...options, groupCounts });
  const masks = masksFromSolution(instance, start);
  const state = new LayoutState(instance, masks, undefined, teachersFromSolution(instance, start));
  // The seating as a solution, kept until the next change so asking twice costs nothing.
  let seated: Solution | null = toSolution(state);
  let current = computeMetrics(cohort, seated);
  const seating = (): Solution => (seated ??= toSolution(state));
  const groupOf = (label: string): number => {
    const g = instance.groupIndex.get(label);
    if (g === undefined) throw new SolverInputError([`There is no group ${label}.`]);
    return g;
  };
  /** The blocks as a mask, refused unless the group's course may sit there. */
  const maskFor = (label: string, blocks: string[]): number => {
    const course = instance.courses[instance.groups[groupOf(label)]?.course ?? -1];
    const mask = maskOfNames(blocks, instance.blocks);
    if (course === undefined) throw new SolverInputError([`There is no group ${label}.`]);
    if (!course.placements.includes(mask) || blocks.length !== course.span) {
      throw new SolverInputError([
        `${label} cannot go in ${blocks.join(' and ') || 'no block'}: ${course.name} needs ${course.span === 2 ? 'two allowed blocks' : 'one allowed block'}.`,
      ]);
    }
    return mask;
  };
  const refresh = (): SolverMetrics => {
    seated = null;
    current = computeMetrics(cohort, seating());
    return current;
  };

  return {
    moveGroup(label, blocks) {
      state.apply([[groupOf(label), maskFor(label, blocks)]]);
      return refresh();
    },
    previewMove(label, blocks) {
      state.apply([[groupOf(label), maskFor(label, blocks)]]);
      try {
        const solution = toSolution(state);
        return { metrics: computeMetrics(cohort, solution), solution };
      } finally {
        state.revert();
      }
    },
    setTeacher(label, teacherCode) {
      const t = teacherCode === null ? -1 : instance.staff.findIndex((m) => m.code === teacherCode);
      if (t < 0 && teacherCode !== null) {
        throw new SolverInputError([`There is no teacher ${teacherCode} in this plan.`]);
      }
      state.setTeacher(groupOf(label), t);
      return refresh();
    },
    movePupil(upn, courseCode, toGroup) {
      const p = instance.pupils.findIndex((pupil) => pupil.upn === upn);
      const c = instance.courseIndex.get(courseCode);
      const g = instance.groupIndex.get(toGroup);
      if (p < 0 || c === undefined || g === undefined || instance.groups[g]?.course !== c) {
        throw new SolverInputError([
          `Pupil ${upn} cannot be moved to ${toGroup} for ${courseCode}.`,
        ]);
      }
      state.lockPupil(p, c, g);
      return refresh();
    },
    metrics: () => current,
    solution: seating,
    unresolved: () => explainUnresolved(state),
    suggestGroupMoves: (upn) => {
      const p = instance.pupils.findIndex((pupil) => pupil.upn === upn);
      return p < 0 ? [] : groupMovesFor(state, p);
    },
  };
}
