import { createLiveBoard, type BoardState, type LiveBoard } from '../core/board';
import type { Cohort } from '../core/model';
import { readBoardState } from '../data/plan/board-repository';
import type { PlanDatabase } from '../data/plan/plan-file';
import { readScenarioCohort } from '../data/scenarios';
import { ServiceError } from './service-error';

/** The board of one scenario with the cohort it was built from. */
export interface OpenBoard {
  scenario: string;
  cohort: Cohort;
  live: LiveBoard;
}

interface CachedBoard extends OpenBoard {
  db: PlanDatabase;
  /** The connection's write count when the board was built: any other write makes it stale. */
  writes: number;
}

/**
 * Keeps one live board (and its evaluator) between calls, so that a drag's previews do not
 * rebuild the engine's state each time. Any write to the plan outside the board (an edited
 * choice, a course's size limit) makes the cached board stale and it is built again.
 */
export class BoardSessions {
  private cached: CachedBoard | null = null;

  open(db: PlanDatabase, scenario: string): OpenBoard {
    const cached = this.cached;
    if (
      cached &&
      cached.db === db &&
      cached.scenario === scenario &&
      cached.writes === writes(db)
    ) {
      return cached;
    }
    const state = readBoardState(db, scenario);
    if (!state) throw noScenario(scenario);
    const cohort = readScenarioCohort(db, scenario);
    return this.keep(db, scenario, cohort, createLiveBoard(cohort, state));
  }

  /** Builds a board afresh for a state that was just written (after a pin, undo or re-solve). */
  rebuild(db: PlanDatabase, scenario: string, state: BoardState, cohort?: Cohort): OpenBoard {
    const fresh = cohort ?? readScenarioCohort(db, scenario);
    return this.keep(db, scenario, fresh, createLiveBoard(fresh, state));
  }

  /** Records that the plan now holds `board`'s state, written by the board itself. */
  keep(db: PlanDatabase, scenario: string, cohort: Cohort, live: LiveBoard): OpenBoard {
    this.cached = { db, scenario, cohort, live, writes: writes(db) };
    return this.cached;
  }

  forget(): void {
    this.cached = null;
  }
}

function writes(db: PlanDatabase): number {
  return db.prepare('SELECT total_changes()').pluck().get() as number;
}

export function noScenario(scenario: string): ServiceError {
  return new ServiceError('invalid-edit', `The plan has no scenario called "${scenario}".`);
}
