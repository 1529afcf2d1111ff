import {
  applyBoardSide,
  balanceParallelGroups,
  BoardEditRefused,
  checkTeacherAssignment,
  createLiveBoard,
  diffBoardStates,
  groupDetail,
  summariseChange,
  type BoardState,
  type LiveBoard,
  type PupilChoiceEdit,
} from '../../core/board';
import { pupilDisplayName, type Cohort } from '../../core/model';
import {
  recordBoardEdit,
  takeRedo,
  takeUndo,
  writeBoardState,
  writeChoiceEdits,
} from '../../data/plan/board-repository';
import { readCohort } from '../../data/plan/cohort-repository';
import { readScenarioCohort } from '../../data/scenarios';
import type { boardContract, BoardChangeView } from '../../shared/contract/board';
import { BoardSessions, type OpenBoard } from '../board-session';
import { boardScreenView, defaultBoardScenario, emptyBoard } from '../board-view';
import { applicableFix, counsellingView, fixChoiceEdit, findFix } from '../counselling-view';
import { metricsView } from '../metrics-view';
import { ServiceError } from '../service-error';
import { startSolverRun } from '../solver-runner';
import type { HandlersFor, ServiceContext } from './context';

/** Re-solving around pins is a touch-up, not a fresh build: a few seconds by default. */
const RESOLVE_SECONDS = 5;

/** What an action leaves behind: the board to keep, and the choices it changed, if any. */
interface Outcome {
  live: LiveBoard;
  cohort: Cohort;
  choices?: { before: PupilChoiceEdit[]; after: PupilChoiceEdit[] };
}

export function boardHandlers({
  session,
  exclusive,
  createSolverWorker,
}: ServiceContext): HandlersFor<typeof boardContract> {
  const boards = new BoardSessions();

  const open = (scenario: string): OpenBoard => boards.open(session.db, scenario);

  /** Runs a board action, saves the new state with its undo step, and returns the new board. */
  const act = (
    scenario: string,
    label: string | ((board: OpenBoard) => string),
    action: (board: OpenBoard) => Outcome,
  ): Promise<BoardChangeView> =>
    exclusive(() => {
      const db = session.db;
      const board = open(scenario);
      const before = board.live.state;
      const beforeMetrics = board.live.metrics();
      const name = typeof label === 'string' ? label : label(board);
      try {
        // One transaction: an action that fails half-way (or is refused) leaves the file as it was.
        const outcome = db.transaction(() => {
          const done = refusing(() => action(board));
          const after = done.live.state;
          if (done.choices) writeChoiceEdits(db, done.choices.after);
          writeBoardState(db, scenario, after, figuresOf(done.live));
          recordBoardEdit(db, scenario, name, diffBoardStates(before, after, done.choices));
          return done;
        })();
        const after = outcome.live.state;
        const kept = boards.keep(db, scenario, outcome.cohort, outcome.live);
        return {
          board: boardScreenView(db, kept),
          label: name,
          changes: summariseChange(outcome.cohort, before, after),
          before: metricsView(beforeMetrics),
        };
      } catch (error) {
        // The live board may have moved ahead of the file: build it again from the file.
        boards.forget();
        throw error;
      }
    });

  /** A fresh live board for a changed state (pins, locks and re-solves change its rules). */
  const rebuilt = (board: OpenBoard, state: BoardState, cohort = board.cohort): Outcome => ({
    live: createLiveBoard(cohort, state),
    cohort,
  });

  /** Takes one step back or forward through the scenario's saved history. */
  const travel = (scenario: string, direction: 'undo' | 'redo') =>
    exclusive((): BoardChangeView | null => {
      const db = session.db;
      const board = open(scenario);
      const before = board.live.state;
      const beforeMetrics = board.live.metrics();
      try {
        const step = db.transaction(() => {
          const taken = direction === 'undo' ? takeUndo(db, scenario) : takeRedo(db, scenario);
          if (!taken) return null;
          const state = applyBoardSide(before, taken.side);
          const choices = Object.values(taken.side.choices);
          if (choices.length > 0) writeChoiceEdits(db, choices);
          const cohort = choices.length > 0 ? readScenarioCohort(db, scenario) : board.cohort;
          const live = createLiveBoard(cohort, state);
          writeBoardState(db, scenario, state, figuresOf(live));
          return { label: taken.label, live, cohort, state };
        })();
        if (!step) return null;
        const kept = boards.keep(db, scenario, step.cohort, step.live);
        return {
          board: boardScreenView(db, kept),
          label: `${direction === 'undo' ? 'Undone' : 'Redone'}: ${step.label}`,
          changes: summariseChange(step.cohort, before, step.state),
          before: metricsView(beforeMetrics),
        };
      } catch (error) {
        boards.forget();
        throw error;
      }
    });

  return {
    getBoard: ({ scenario }) => {
      const db = session.db;
      const name = scenario ?? defaultBoardScenario(db);
      if (name === null) return emptyBoard(db, readCohort(db).blocks);
      return boardScreenView(db, open(name));
    },

    previewGroupMove: ({ scenario, group, blocks }) =>
      open(scenario).live.previewGroupDrop(group, blocks),

    moveGroup: ({ scenario, group, blocks }) =>
      act(scenario, `Move ${group} to ${blocksWord(blocks)}`, (board) => {
        board.live.moveGroup(group, blocks);
        return board;
      }),

    previewPupilMove: ({ scenario, upn, course, group }) =>
      open(scenario).live.previewPupilMove(upn, course, group),

    movePupil: ({ scenario, upn, course, group }) =>
      act(
        scenario,
        (board) => `Move ${pupilName(board.cohort, upn)} to ${group}`,
        (board) => {
          board.live.movePupil(upn, course, group);
          return board;
        },
      ),

    checkTeacher: ({ scenario, group, teacher }) => {
      const { cohort, live } = open(scenario);
      return checkTeacherAssignment(cohort, live.state.solution, group, teacher);
    },

    assignTeacher: ({ scenario, group, teacher }) =>
      act(
        scenario,
        (board) =>
          teacher === null
            ? `Take the teacher off ${group}`
            : `Give ${group} to ${staffName(board.cohort, teacher)}`,
        (board) => {
          board.live.assignTeacher(group, teacher);
          return board;
        },
      ),

    setGroupPinned: ({ scenario, group, pinned }) =>
      act(scenario, `${pinned ? 'Pin' : 'Unpin'} ${group}`, (board) => {
        const state = board.live.state;
        const placed = state.solution.groups.find((entry) => entry.label === group);
        if (!placed) throw new BoardEditRefused([`There is no group ${group} in this scenario.`]);
        const pins = Object.fromEntries(
          Object.entries(state.pins).filter(([label]) => label !== group),
        );
        if (pinned) pins[group] = [...placed.blocks];
        return rebuilt(board, { ...state, pins });
      }),

    setPupilLocked: ({ scenario, upn, course, locked }) =>
      act(
        scenario,
        (board) =>
          `${locked ? 'Lock' : 'Unlock'} ${pupilName(board.cohort, upn)} in ${courseName(board.cohort, course)}`,
        (board) => {
          const state = board.live.state;
          const seat = state.solution.placements.find(
            (placement) => placement.upn === upn && placement.course === course,
          );
          if (!seat) {
            throw new BoardEditRefused([
              `${pupilName(board.cohort, upn)} has no place in ${courseName(board.cohort, course)} to lock.`,
            ]);
          }
          const others = state.lockedPlacements.filter(
            (lock) => !(lock.upn === upn && lock.course === course),
          );
          const lockedPlacements = locked
            ? [...others, { upn, course, group: seat.group }]
            : others;
          return rebuilt(board, { ...state, lockedPlacements });
        },
      ),

    resolveAroundPins: async ({ scenario, timeLimitSeconds }) => {
      const board = await exclusive(() => open(scenario));
      const state = board.live.state;
      const run = startSolverRun(createSolverWorker, board.cohort, {
        startFrom: state.solution,
        pins: state.pins,
        lockedPlacements: state.lockedPlacements,
        seed: 1,
        timeLimitMs: (timeLimitSeconds ?? RESOLVE_SECONDS) * 1000,
      });
      const result = await run.result.catch((error: unknown) => {
        throw new ServiceError(
          'cannot-solve',
          `The blocks could not be re-solved: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      return act(scenario, 'Re-solve around the pins', (current) => {
        if (current !== board) {
          throw new ServiceError(
            'invalid-edit',
            'The board changed while it was being re-solved. Re-solve again.',
          );
        }
        return rebuilt(current, { ...state, solution: result.solution });
      });
    },

    undoBoard: ({ scenario }) => travel(scenario, 'undo'),
    redoBoard: ({ scenario }) => travel(scenario, 'redo'),

    getGroup: ({ scenario, group }) => {
      const { cohort, live } = open(scenario);
      if (!live.state.solution.groups.some((entry) => entry.label === group)) {
        throw new ServiceError('invalid-edit', `There is no group ${group} in "${scenario}".`);
      }
      return groupDetail(cohort, live.state, group);
    },

    balanceCourse: async ({ scenario, course }) => {
      try {
        return await act(
          scenario,
          (board) => `Balance the ${courseName(board.cohort, course)} groups`,
          (board) => {
            if (!board.cohort.courses.some((entry) => entry.code === course)) {
              throw new BoardEditRefused([`The plan has no course with the code ${course}.`]);
            }
            const result = balanceParallelGroups(board.cohort, board.live.state, course);
            if (result.moved.length === 0) throw new NothingMoved();
            return rebuilt(board, { ...board.live.state, solution: result.solution });
          },
        );
      } catch (error) {
        // Already as even as can be: nothing is written and there is nothing to undo.
        if (error instanceof NothingMoved) return null;
        throw error;
      }
    },

    getCounselling: ({ scenario }) => {
      const { cohort, live } = open(scenario);
      return counsellingView(cohort, live.state, scenario);
    },

    applyCounsellingFix: ({ scenario, upn, fix: index, description }) =>
      act(
        scenario,
        (board) => `${pupilName(board.cohort, upn)}: ${description}`,
        (board) => {
          const fix = applicableFix(
            findFix(board.cohort, board.live.state, upn, index, description),
          );
          if (fix.kind === 'move-group') {
            board.live.moveGroup(fix.group, fix.to);
            return board;
          }
          const db = session.db;
          const edit = fixChoiceEdit(db, upn, fix);
          let outcome: Outcome = board;
          if (edit) {
            // The pupil's choices change first (inside the action's transaction), so the engine
            // seats them against the new list.
            writeChoiceEdits(db, [edit.after]);
            const choices = { before: [edit.before], after: [edit.after] };
            outcome = {
              ...rebuilt(board, board.live.state, readScenarioCohort(db, scenario)),
              choices,
            };
          }
          for (const seat of fix.timetable) outcome.live.movePupil(upn, seat.course, seat.group);
          return outcome;
        },
      ),
  };
}

/** The figures saved with the scenario, so lists of scenarios show them without the engine. */
function figuresOf(live: LiveBoard) {
  return { metrics: live.metrics(), unresolved: live.unresolved() };
}

/** A refusal from the board becomes a message naming every rule the action would break. */
/** Balancing found no pupil to move without changing a timetable. */
class NothingMoved extends Error {}

function refusing<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof BoardEditRefused) {
      throw new ServiceError('invalid-edit', error.reasons.join(' '));
    }
    throw error;
  }
}

function blocksWord(blocks: readonly string[]): string {
  return blocks.length === 1 ? `block ${blocks[0] ?? ''}` : `blocks ${blocks.join(' and ')}`;
}

function pupilName(cohort: Cohort, upn: string): string {
  const pupil = cohort.pupils.find((entry) => entry.upn === upn);
  return pupil ? pupilDisplayName(pupil) : upn;
}

function courseName(cohort: Cohort, code: string): string {
  return cohort.courses.find((course) => course.code === code)?.name ?? code;
}

function staffName(cohort: Cohort, code: string): string {
  return cohort.staff.find((member) => member.code === code)?.name ?? code;
}
