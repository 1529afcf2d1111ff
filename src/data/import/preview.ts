import type { ImportKind } from './fields';
import type { ImportIssue } from './issues';
import { detectPreset, guessKind } from './mapping';
import type { PresetId } from './presets';
import { readTable } from './read-table';
import { sourceName, type SourceFile } from './source';
import type { Table, TableRow } from './table';

export interface TablePreview {
  fileName: string;
  format: Table['format'] | null;
  encoding: Table['encoding'];
  delimiter: Table['delimiter'];
  sheet: string | null;
  sheets: string[];
  headers: string[];
  /** The first rows, with their spreadsheet row numbers. */
  rows: TableRow[];
  rowCount: number;
  /** The kind asked for, or the one the headings look like (null when none fits). */
  kind: ImportKind | null;
  preset: PresetId | null;
  /** Field → heading, as the automatic mapping would choose; the wizard lets the user edit it. */
  mapping: Record<string, string>;
  /** Problems reading the file (an unreadable file has no headers or rows). */
  issues: ImportIssue[];
}

/** What the import wizard shows before anything is checked against the plan. */
export async function previewTable(
  source: SourceFile & { sheet?: string },
  options: { kind?: ImportKind; rows?: number } = {},
): Promise<TablePreview> {
  const { table, issues } = await readTable(source);
  const headers = table?.headers ?? [];
  const kind = table ? (options.kind ?? guessKind(headers)) : (options.kind ?? null);
  const detected = table && kind ? detectPreset(kind, headers) : null;
  return {
    fileName: sourceName(source),
    format: table?.format ?? null,
    encoding: table?.encoding ?? null,
    delimiter: table?.delimiter ?? null,
    sheet: table?.sheet ?? null,
    sheets: table?.sheets ?? [],
    headers,
    rows: table?.rows.slice(0, options.rows ?? 10) ?? [],
    rowCount: table?.rows.length ?? 0,
    kind,
    preset: detected?.preset ?? null,
    mapping: detected?.mapping ?? {},
    issues,
  };
}
