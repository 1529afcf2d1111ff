import type { PlanDatabase } from '../plan/plan-file';
import type { ImportIssue } from './issues';

/** One imported file, as recorded in the plan so that its history can be shown later. */
export interface ImportLogEntry {
  importedAt: string;
  kind: string;
  source: string;
  rows: number;
  warnings: ImportIssue[];
}

export function appendImportLog(db: PlanDatabase, entry: ImportLogEntry): void {
  db.prepare(
    `INSERT INTO import_log (imported_at, kind, source, rows, warnings_json)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(entry.importedAt, entry.kind, entry.source, entry.rows, JSON.stringify(entry.warnings));
}

export function readImportLog(db: PlanDatabase): ImportLogEntry[] {
  const rows = db
    .prepare('SELECT imported_at, kind, source, rows, warnings_json FROM import_log ORDER BY id')
    .all() as {
    imported_at: string;
    kind: string;
    source: string;
    rows: number;
    warnings_json: string;
  }[];
  return rows.map((row) => ({
    importedAt: row.imported_at,
    kind: row.kind,
    source: row.source,
    rows: row.rows,
    warnings: JSON.parse(row.warnings_json) as ImportIssue[],
  }));
}
