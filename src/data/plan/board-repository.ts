import { z } from 'zod';
import type { BoardDelta, BoardState, BoardStateSide, PupilChoiceEdit } from '../../core/board';
import type { PlanDatabase } from './plan-file';
import { editPupilChoices } from './pupil-edits';
import { insertScenarioContent, readScenario, type ScenarioFigures } from './scenario-repository';

/**
 * A scenario as the blocks board edits it, and the board's undo history, kept in the plan file
 * so that undo and redo survive closing it. Callers wrap each action in one transaction; each
 * write here is also all-or-nothing on its own.
 */

/** How many actions a scenario's history keeps; the oldest are dropped past this. */
export const BOARD_HISTORY_LIMIT = 200;

export interface BoardHistory {
  canUndo: boolean;
  canRedo: boolean;
  /** The label of the action Undo would take back; null when there is none. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface BoardHistoryStep {
  label: string;
  side: BoardStateSide;
}

/** A scenario the board cannot find, or an edit history that cannot be read. */
export class BoardStorageError extends Error {
  constructor(
    readonly scenario: string,
    message: string,
  ) {
    super(message);
    this.name = 'BoardStorageError';
  }
}

/** The scenario's layout, teachers, seats, pins and locks; null when there is no such scenario. */
export function readBoardState(db: PlanDatabase, scenario: string): BoardState | null {
  const stored = readScenario(db, scenario);
  if (!stored) return null;
  return {
    solution: stored.solution,
    pins: stored.pins,
    lockedPlacements: stored.lockedPlacements,
  };
}

/**
 * Replaces the scenario's groups, seats, pins, locks and figures, keeping the scenario itself
 * (its name, date, agreed flag, notes and edit history). A pin takes its group's blocks; a pin or
 * lock with no group or seat to hold it is dropped. The figures keep the scenario's origin when
 * they give none.
 */
export function writeBoardState(
  db: PlanDatabase,
  scenario: string,
  state: BoardState,
  figures: ScenarioFigures,
): void {
  db.transaction(() => {
    const { id, metricsJson } = requireScenario(db, scenario);
    db.prepare('DELETE FROM allocations WHERE scenario_id = ?').run(id);
    db.prepare('DELETE FROM teaching_groups WHERE scenario_id = ?').run(id);
    const labels = new Set(state.solution.groups.map((group) => group.label));
    insertScenarioContent(db, id, {
      solution: state.solution,
      pinnedGroups: Object.keys(state.pins).filter((label) => labels.has(label)),
      lockedPlacements: state.lockedPlacements,
    });
    const origin = figures.origin ?? storedOrigin(metricsJson);
    db.prepare('UPDATE scenarios SET metrics_json = ? WHERE id = ?').run(
      JSON.stringify(origin === undefined ? figures : { ...figures, origin }),
      id,
    );
  })();
}

/**
 * Replaces these pupils' choices and reserves, checked as the cohort screen checks them: every
 * code must be a course of the plan, listed once. Nothing is written when any edit is refused.
 */
export function writeChoiceEdits(db: PlanDatabase, edits: readonly PupilChoiceEdit[]): void {
  db.transaction(() => {
    for (const edit of edits) {
      editPupilChoices(db, edit.upn, { choices: edit.choices, reserves: edit.reserves });
    }
  })();
}

/**
 * Adds an action to the scenario's history. Actions that were undone are dropped first (a new
 * action after an undo ends what could be redone), and so are the oldest past the limit.
 */
export function recordBoardEdit(
  db: PlanDatabase,
  scenario: string,
  label: string,
  delta: BoardDelta,
  now: Date = new Date(),
): void {
  db.transaction(() => {
    const { id } = requireScenario(db, scenario);
    db.prepare('DELETE FROM scenario_edits WHERE scenario_id = ? AND undone = 1').run(id);
    const lastSeq = db
      .prepare('SELECT max(seq) FROM scenario_edits WHERE scenario_id = ?')
      .pluck()
      .get(id) as number | null;
    db.prepare(
      `INSERT INTO scenario_edits (scenario_id, seq, label, made_at, delta_json)
       VALUES (?, ?, ?, ?, ?)`,
    ).run(id, (lastSeq ?? 0) + 1, label, now.toISOString(), JSON.stringify(delta));
    db.prepare(
      `DELETE FROM scenario_edits WHERE id IN (
         SELECT id FROM scenario_edits WHERE scenario_id = ?
         ORDER BY seq DESC LIMIT -1 OFFSET ?)`,
    ).run(id, BOARD_HISTORY_LIMIT);
  })();
}

/**
 * Takes the newest action that is not undone, marks it undone and returns what puts the board
 * back as it was before it; null when there is nothing to undo.
 */
export function takeUndo(db: PlanDatabase, scenario: string): BoardHistoryStep | null {
  return takeStep(db, scenario, {
    select: 'undone = 0 ORDER BY seq DESC',
    markUndone: 1,
    side: 'before',
  });
}

/**
 * Takes the oldest undone action, marks it done again and returns what makes the board as the
 * action left it; null when there is nothing to redo.
 */
export function takeRedo(db: PlanDatabase, scenario: string): BoardHistoryStep | null {
  return takeStep(db, scenario, {
    select: 'undone = 1 ORDER BY seq ASC',
    markUndone: 0,
    side: 'after',
  });
}

/** What Undo and Redo would do for the scenario; nothing for a scenario the plan lacks. */
export function boardHistory(db: PlanDatabase, scenario: string): BoardHistory {
  const id = scenarioId(db, scenario);
  const labelOf = (condition: string): string | null => {
    if (id === null) return null;
    const label = db
      .prepare(`SELECT label FROM scenario_edits WHERE scenario_id = ? AND ${condition} LIMIT 1`)
      .pluck()
      .get(id) as string | undefined;
    return label ?? null;
  };
  const undoLabel = labelOf('undone = 0 ORDER BY seq DESC');
  const redoLabel = labelOf('undone = 1 ORDER BY seq ASC');
  return { canUndo: undoLabel !== null, canRedo: redoLabel !== null, undoLabel, redoLabel };
}

/** Forgets the scenario's history, e.g. when it cannot be read; the scenario is kept. */
export function clearBoardHistory(db: PlanDatabase, scenario: string): void {
  const id = scenarioId(db, scenario);
  if (id !== null) db.prepare('DELETE FROM scenario_edits WHERE scenario_id = ?').run(id);
}

interface EditRow {
  id: number;
  seq: number;
  label: string;
  delta_json: string;
}

function takeStep(
  db: PlanDatabase,
  scenario: string,
  step: { select: string; markUndone: 0 | 1; side: 'before' | 'after' },
): BoardHistoryStep | null {
  return db.transaction(() => {
    const id = scenarioId(db, scenario);
    if (id === null) return null;
    const row = db
      .prepare(
        `SELECT id, seq, label, delta_json FROM scenario_edits
         WHERE scenario_id = ? AND ${step.select} LIMIT 1`,
      )
      .get(id) as EditRow | undefined;
    if (!row) return null;
    // Read before marking, so a damaged edit leaves the history exactly as it was.
    const delta = parseDelta(row, scenario);
    db.prepare('UPDATE scenario_edits SET undone = ? WHERE id = ?').run(step.markUndone, row.id);
    return { label: row.label, side: delta[step.side] };
  })();
}

const groupJson = z.object({
  label: z.string(),
  course: z.string(),
  blocks: z.array(z.string()),
  teacher: z.string().nullable(),
});
const placementJson = z.object({
  upn: z.string(),
  course: z.string(),
  group: z.string(),
  reserve: z.boolean(),
});
const lockJson = z.object({ upn: z.string(), course: z.string(), group: z.string() });
const choiceEditJson = z.object({
  upn: z.string(),
  choices: z.array(z.string()),
  reserves: z.array(z.string()),
});
const sideJson = z.object({
  groups: z.record(z.string(), groupJson.nullable()),
  placements: z.record(z.string(), placementJson.nullable()),
  pins: z.record(z.string(), z.array(z.string()).nullable()),
  locks: z.record(z.string(), lockJson.nullable()),
  choices: z.record(z.string(), choiceEditJson),
});
const deltaJson = z.object({ before: sideJson, after: sideJson });

function parseDelta(row: EditRow, scenario: string): BoardDelta {
  let value: unknown;
  try {
    value = JSON.parse(row.delta_json);
  } catch {
    value = undefined;
  }
  const parsed = deltaJson.safeParse(value);
  if (!parsed.success) {
    throw new BoardStorageError(
      scenario,
      `The undo history of scenario "${scenario}" is damaged: edit ${row.seq} ` +
        `("${row.label}") cannot be read, so it cannot be undone or redone. The scenario ` +
        'itself is unharmed.',
    );
  }
  return parsed.data;
}

function scenarioId(db: PlanDatabase, scenario: string): number | null {
  const id = db.prepare('SELECT id FROM scenarios WHERE name = ?').pluck().get(scenario);
  return typeof id === 'number' ? id : null;
}

function requireScenario(
  db: PlanDatabase,
  scenario: string,
): { id: number; metricsJson: string | null } {
  const row = db.prepare('SELECT id, metrics_json FROM scenarios WHERE name = ?').get(scenario) as
    { id: number; metrics_json: string | null } | undefined;
  if (!row) {
    throw new BoardStorageError(
      scenario,
      `There is no scenario called "${scenario}" in this plan; it may have been deleted.`,
    );
  }
  return { id: row.id, metricsJson: row.metrics_json };
}

/** How the scenario was first made, from its stored figures; undefined when unknown. */
function storedOrigin(metricsJson: string | null): ScenarioFigures['origin'] {
  if (metricsJson === null) return undefined;
  try {
    const figures = JSON.parse(metricsJson) as Partial<ScenarioFigures> | null;
    return figures?.origin;
  } catch {
    return undefined;
  }
}
