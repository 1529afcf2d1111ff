import type { Cohort } from '../model';
import { satisfiedPupils } from '../counselling/layout';
import {
  computeMetrics,
  createEvaluator,
  SolverInputError,
  type Evaluator,
  type GroupRule,
  type LockedPlacement,
  type Solution,
  type SolverMetrics,
  type UnresolvedChoice,
} from '../solver';
import { checkGroupDrop } from './group-drop-check';
import { checkPupilMove } from './pupil-move-check';
import { keepSeats } from './stable-seating';
import { checkTeacherAssignment } from './staffing';
import { timetableChanges } from './timetable-changes';
import type { BoardConstraints, BoardState, BoardView, DropPreview } from './types';
import { boardView } from './view';

/** An edit the board will not make, with every reason in words. */
export class BoardEditRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join(' '));
    this.name = 'BoardEditRefused';
  }
}

/**
 * A scenario open on the board: one evaluator kept for its life, so a drag is previewed and a
 * drop applied without rebuilding the layout. Each edit returns the new state; every figure is
 * measured from the state's own solution, so the board and the engine always agree.
 */
export interface LiveBoard {
  readonly state: BoardState;
  metrics(): SolverMetrics;
  unresolved(): UnresolvedChoice[];
  view(): BoardView;
  previewGroupDrop(group: string, blocks: readonly string[]): DropPreview;
  previewPupilMove(upn: string, course: string, group: string): DropPreview;
  moveGroup(group: string, blocks: readonly string[]): BoardState;
  /** Puts the pupil in the group and locks them there (replacing any lock in that course). */
  movePupil(upn: string, course: string, group: string): BoardState;
  assignTeacher(group: string, teacherCode: string | null): BoardState;
}

export interface LiveBoardOptions {
  /** The scenario's rules for keeping groups together or apart. */
  rules?: GroupRule[];
}

export function createLiveBoard(
  cohort: Cohort,
  initial: BoardState,
  options: LiveBoardOptions = {},
): LiveBoard {
  const rules = options.rules ?? [];
  let state = initial;
  let evaluator = evaluatorFor(cohort, state, rules);
  let metrics = computeMetrics(cohort, state.solution);
  let satisfied: Set<string> | null = null;

  const constraints = (): BoardConstraints => ({
    pins: state.pins,
    rules,
    lockedPlacements: state.lockedPlacements,
  });
  const fullBefore = (): Set<string> => (satisfied ??= satisfiedPupils(cohort, state.solution));
  /** The engine's seating with everyone unaffected back in their own group. */
  const settle = (next: Solution, locks: readonly LockedPlacement[]): Solution =>
    keepSeats(cohort, state.solution, next, locks);
  const previewOf = (next: Solution): DropPreview => ({
    allowed: true,
    before: metrics,
    after: computeMetrics(cohort, next),
    ...timetableChanges(cohort, fullBefore(), satisfiedPupils(cohort, next)),
  });
  const commit = (next: BoardState): BoardState => {
    state = next;
    metrics = computeMetrics(cohort, next.solution);
    satisfied = null;
    return state;
  };

  return {
    get state() {
      return state;
    },
    metrics: () => metrics,
    unresolved: () => evaluator.unresolved(),
    view: () => boardView(cohort, state.solution, metrics),

    previewGroupDrop(group, blocks) {
      const check = checkGroupDrop(cohort, state.solution, group, blocks, constraints());
      if (!check.allowed) return { allowed: false, reasons: check.reasons };
      return previewOrRefusal(() => {
        const { solution } = evaluator.previewMove(group, [...new Set(blocks)]);
        return previewOf(settle(solution, state.lockedPlacements));
      });
    },

    previewPupilMove(upn, course, group) {
      const check = checkPupilMove(cohort, state.solution, upn, course, group);
      if (!check.allowed) return { allowed: false, reasons: check.reasons };
      // A lock cannot be taken back on the live evaluator, so a throwaway one measures it.
      return previewOrRefusal(() => {
        const locks = withLock(state.lockedPlacements, { upn, course, group });
        const trial = evaluatorFor(cohort, { ...state, lockedPlacements: locks }, rules);
        return previewOf(settle(trial.solution(), locks));
      });
    },

    moveGroup(group, blocks) {
      const check = checkGroupDrop(cohort, state.solution, group, blocks, constraints());
      if (!check.allowed) throw new BoardEditRefused(check.reasons);
      refusedOr(() => evaluator.moveGroup(group, [...new Set(blocks)]));
      return commit({
        ...state,
        solution: settle(evaluator.solution(), state.lockedPlacements),
      });
    },

    movePupil(upn, course, group) {
      const check = checkPupilMove(cohort, state.solution, upn, course, group);
      if (!check.allowed) throw new BoardEditRefused(check.reasons);
      const lockedPlacements = withLock(state.lockedPlacements, { upn, course, group });
      // Built afresh with the new lock, so the seating is exactly the engine's for these locks.
      const next = refusedOr(() => evaluatorFor(cohort, { ...state, lockedPlacements }, rules));
      evaluator = next;
      return commit({
        ...state,
        lockedPlacements,
        solution: settle(next.solution(), lockedPlacements),
      });
    },

    assignTeacher(group, teacherCode) {
      // Warnings (over a teacher's load, a group left without one) are the caller's to show.
      const check = checkTeacherAssignment(cohort, state.solution, group, teacherCode);
      if (!check.allowed) throw new BoardEditRefused(check.reasons);
      refusedOr(() => evaluator.setTeacher(group, teacherCode));
      // Only the teacher changes: the seats stand as they are.
      return commit({
        ...state,
        solution: {
          ...state.solution,
          groups: state.solution.groups.map((each) =>
            each.label === group ? { ...each, teacher: teacherCode } : each,
          ),
        },
      });
    },
  };
}

function evaluatorFor(cohort: Cohort, state: BoardState, rules: GroupRule[]): Evaluator {
  return createEvaluator(cohort, state.solution, {
    pins: state.pins,
    rules,
    lockedPlacements: state.lockedPlacements,
  });
}

/** The locks with this pupil held in this group of the course, replacing any lock there. */
function withLock(locks: readonly LockedPlacement[], lock: LockedPlacement): LockedPlacement[] {
  return [...locks.filter((each) => each.upn !== lock.upn || each.course !== lock.course), lock];
}

function previewOrRefusal(run: () => DropPreview): DropPreview {
  try {
    return run();
  } catch (error) {
    if (error instanceof SolverInputError) return { allowed: false, reasons: [...error.problems] };
    throw error;
  }
}

/** The engine's own refusals (a plan it cannot evaluate) become the board's, in its words. */
function refusedOr<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SolverInputError) throw new BoardEditRefused([...error.problems]);
    throw error;
  }
}
