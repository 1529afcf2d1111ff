import { diffBoardStates, type BoardState } from '../../core/board';
import { fitLayoutToCohort, type WhatIfEdit } from '../../core/scenarios';
import { computeMetrics } from '../../core/solver/metrics';
import type { Solution, SolverMetrics, UnresolvedChoice } from '../../core/solver/types';
import { readSolverCohort } from '../pathways/solver-cohort';
import {
  clearBoardHistory,
  readBoardState,
  recordBoardEdit,
  writeBoardState,
} from '../plan/board-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { insertScenarioContent, type ScenarioFigures } from '../plan/scenario-repository';
import { checkedCohortWithWhatIfs } from './scenario-cohort';
import { ScenarioError } from './scenario-errors';
import { claimScenarioName } from './scenario-names';
import { requireScenarioRecord } from './scenario-records';
import { serialiseWhatIfs } from './stored-what-ifs';

/**
 * What a deputy head does with whole scenarios: copy one with what-ifs, rename, delete and
 * restore, mark the agreed plan, change what-ifs and save a fresh solve. Each operation is one
 * transaction: a refused one leaves the plan exactly as it was.
 */

/** The label of a solve in the scenario's undo history. */
export const SOLVE_EDIT_LABEL = 'Build the blocks again';

export interface CreateScenarioInput {
  name: string;
  from: string;
  /** Added after the what-ifs copied from `from`. */
  whatIfs: readonly WhatIfEdit[];
  now?: Date;
}

/**
 * A new scenario copying `from`'s layout, pins, locks, notes and what-ifs, plus `whatIfs`.
 * With new what-ifs the copied layout is cut down to what the new data still has and the
 * scenario is marked to be solved again; it returns the new scenario's name as saved.
 */
export function createScenario(db: PlanDatabase, input: CreateScenarioInput): string {
  return db.transaction(() => {
    const source = requireScenarioRecord(db, input.from);
    const name = claimScenarioName(db, input.name);
    const whatIfs = [...source.whatIfs, ...input.whatIfs];
    const cohort = checkedCohortWithWhatIfs(readSolverCohort(db), whatIfs, name);
    const state = requireBoardState(db, source.name);
    const changed = input.whatIfs.length > 0;
    const layout = changed ? fitLayoutToCohort(cohort, state) : state;
    const figures: ScenarioFigures | null = changed
      ? {
          metrics: computeMetrics(cohort, layout.solution),
          unresolved: [],
          origin: { copiedFrom: source.name },
        }
      : source.figures;
    const { id } = db
      .prepare(
        `INSERT INTO scenarios (name, created_at, notes, metrics_json, what_ifs_json, needs_solve)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        name,
        (input.now ?? new Date()).toISOString(),
        source.notes,
        figures === null ? null : JSON.stringify(figures),
        serialiseWhatIfs(whatIfs),
        source.needsSolve || changed ? 1 : 0,
      ) as { id: number };
    insertScenarioContent(db, id, {
      solution: layout.solution,
      pinnedGroups: Object.keys(layout.pins),
      lockedPlacements: layout.lockedPlacements,
    });
    return name;
  })();
}

/** An exact copy under a new name (not agreed, with no undo history of its own). */
export function duplicateScenario(db: PlanDatabase, name: string, newName: string): string {
  return createScenario(db, { name: newName, from: name, whatIfs: [] });
}

export function renameScenario(db: PlanDatabase, name: string, newName: string): string {
  return db.transaction(() => {
    const record = requireScenarioRecord(db, name);
    const claimed = claimScenarioName(db, newName, record.id);
    db.prepare('UPDATE scenarios SET name = ? WHERE id = ?').run(claimed, record.id);
    return claimed;
  })();
}

/**
 * Deletes a scenario so that it can still be restored until another is deleted (which forgets
 * it for good). The agreed plan cannot be deleted: letters and exports use it, so another
 * scenario must be marked as agreed first.
 */
export function deleteScenario(db: PlanDatabase, name: string, now: Date = new Date()): void {
  db.transaction(() => {
    const record = requireScenarioRecord(db, name);
    if (record.isAgreed) {
      throw new ScenarioError(
        'refused',
        `"${record.name}" is the agreed plan, which letters and exports use. Mark another ` +
          'scenario as the agreed plan before deleting it.',
      );
    }
    db.prepare('DELETE FROM scenarios WHERE deleted_at IS NOT NULL').run();
    db.prepare('UPDATE scenarios SET deleted_at = ? WHERE id = ?').run(
      now.toISOString(),
      record.id,
    );
  })();
}

/** Brings back the scenario deleted last, with its layout, what-ifs and undo history. */
export function restoreScenario(db: PlanDatabase, name: string): string {
  return db.transaction(() => {
    const row = db
      .prepare('SELECT id, name FROM scenarios WHERE name = ? AND deleted_at IS NOT NULL')
      .get(name.trim()) as { id: number; name: string } | undefined;
    if (!row) {
      throw new ScenarioError(
        'not-found',
        `There is no deleted scenario called "${name.trim()}" to restore: only the scenario ` +
          'deleted last can be restored.',
      );
    }
    db.prepare('UPDATE scenarios SET deleted_at = NULL WHERE id = ?').run(row.id);
    return row.name;
  })();
}

/** Marks one scenario as the agreed plan; any other loses the mark. */
export function markAgreed(db: PlanDatabase, name: string): void {
  db.transaction(() => {
    const record = requireScenarioRecord(db, name);
    db.prepare('UPDATE scenarios SET is_agreed = (id = ?)').run(record.id);
  })();
}

/**
 * Replaces the scenario's what-ifs (checked against the plan first) and marks it to be solved
 * again. Its layout is cut down to what the new data has; the undo history is forgotten, since
 * its steps were made for the old data.
 */
export function setScenarioWhatIfs(
  db: PlanDatabase,
  name: string,
  whatIfs: readonly WhatIfEdit[],
): void {
  db.transaction(() => {
    const record = requireScenarioRecord(db, name);
    const cohort = checkedCohortWithWhatIfs(readSolverCohort(db), whatIfs, record.name);
    const state = requireBoardState(db, record.name);
    db.prepare('UPDATE scenarios SET what_ifs_json = ?, needs_solve = 1 WHERE id = ?').run(
      serialiseWhatIfs(whatIfs),
      record.id,
    );
    const layout = fitLayoutToCohort(cohort, state);
    writeBoardState(db, record.name, layout, {
      metrics: computeMetrics(cohort, layout.solution),
      unresolved: [],
    });
    clearBoardHistory(db, record.name);
  })();
}

export interface ScenarioSolve {
  solution: Solution;
  metrics: SolverMetrics;
  unresolved: UnresolvedChoice[];
  origin: Record<string, string | number>;
}

/**
 * Saves a fresh solve of the scenario as one undoable step of its board history, and marks it
 * solved. `whatIfsSolved` are the what-ifs the solve used: if they have changed meanwhile, the
 * result no longer answers the scenario and is refused.
 */
export function saveScenarioSolve(
  db: PlanDatabase,
  name: string,
  whatIfsSolved: readonly WhatIfEdit[],
  solve: ScenarioSolve,
): void {
  db.transaction(() => {
    const record = requireScenarioRecord(db, name);
    if (serialiseWhatIfs(record.whatIfs) !== serialiseWhatIfs(whatIfsSolved)) {
      throw new ScenarioError(
        'refused',
        `The what-ifs of "${record.name}" changed while it was being solved. Solve it again.`,
      );
    }
    const before = requireBoardState(db, record.name);
    const after: BoardState = { solution: solve.solution, pins: {}, lockedPlacements: [] };
    writeBoardState(db, record.name, after, {
      metrics: solve.metrics,
      unresolved: solve.unresolved,
      origin: solve.origin,
    });
    recordBoardEdit(db, record.name, SOLVE_EDIT_LABEL, diffBoardStates(before, after));
    db.prepare('UPDATE scenarios SET needs_solve = 0 WHERE id = ?').run(record.id);
  })();
}

function requireBoardState(db: PlanDatabase, name: string): BoardState {
  const state = readBoardState(db, name);
  if (!state) {
    throw new ScenarioError('not-found', `The plan has no scenario called "${name}".`);
  }
  return state;
}
