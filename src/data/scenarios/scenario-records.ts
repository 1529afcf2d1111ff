import type { WhatIfEdit } from '../../core/scenarios';
import type { PlanDatabase } from '../plan/plan-file';
import type { ScenarioFigures } from '../plan/scenario-repository';
import { ScenarioError } from './scenario-errors';
import { parseWhatIfs } from './stored-what-ifs';

/** A scenario's own row as the what-if operations need it. */
export interface ScenarioRecord {
  id: number;
  name: string;
  createdAt: string;
  isAgreed: boolean;
  notes: string;
  figures: ScenarioFigures | null;
  whatIfs: WhatIfEdit[];
  /** The what-ifs changed after the layout was made. */
  needsSolve: boolean;
}

interface RecordRow {
  id: number;
  name: string;
  created_at: string;
  is_agreed: 0 | 1;
  notes: string;
  metrics_json: string | null;
  what_ifs_json: string;
  needs_solve: 0 | 1;
}

function recordOf(row: RecordRow): ScenarioRecord {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    isAgreed: row.is_agreed === 1,
    notes: row.notes,
    figures: row.metrics_json === null ? null : (JSON.parse(row.metrics_json) as ScenarioFigures),
    whatIfs: parseWhatIfs(row.what_ifs_json, row.name),
    needsSolve: row.needs_solve === 1,
  };
}

/** The scenarios that are not deleted, oldest first. */
export function listScenarioRecords(db: PlanDatabase): ScenarioRecord[] {
  const rows = db
    .prepare('SELECT * FROM scenarios WHERE deleted_at IS NULL ORDER BY created_at, id')
    .all() as RecordRow[];
  return rows.map(recordOf);
}

export function readScenarioRecord(db: PlanDatabase, name: string): ScenarioRecord | null {
  const row = db
    .prepare('SELECT * FROM scenarios WHERE name = ? AND deleted_at IS NULL')
    .get(name.trim()) as RecordRow | undefined;
  return row ? recordOf(row) : null;
}

export function requireScenarioRecord(db: PlanDatabase, name: string): ScenarioRecord {
  const record = readScenarioRecord(db, name);
  if (!record) {
    throw new ScenarioError(
      'not-found',
      `The plan has no scenario called "${name.trim()}"; it may have been renamed or deleted.`,
    );
  }
  return record;
}

/** The scenario deleted last, which can still be restored; null when there is none. */
export function restorableScenarioName(db: PlanDatabase): string | null {
  const name = db
    .prepare(
      `SELECT name FROM scenarios WHERE deleted_at IS NOT NULL
       ORDER BY deleted_at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get();
  return typeof name === 'string' ? name : null;
}
