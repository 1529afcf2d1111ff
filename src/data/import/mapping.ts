import { IMPORT_KINDS, kindSpec, type ImportKind, type KindSpec } from './fields';
import type { FileIssues } from './issues';
import { compactKey } from './keys';
import { PRESET_IDS, headingsFor, presetFits, type PresetId } from './presets';
import { columnLetter, type Table } from './table';

/** Field → column heading, as the user sees and edits it; null leaves a field unused. */
export type ColumnMapping = Record<string, string | null>;

export interface ResolvedMapping {
  preset: PresetId;
  /** Only the fields that are used, with the heading of their column. */
  mapping: Record<string, string>;
  /** Field → column index. */
  columns: Columns;
}

/** Field → column index. */
type Columns = Map<string, number>;

function headingsOf(columns: Columns, headers: readonly string[]): Record<string, string> {
  return Object.fromEntries([...columns].map(([field, index]) => [field, headers[index] ?? '']));
}

/** Maps fields to columns using one preset's headings (case and punctuation ignored). */
function autoMap(kind: ImportKind, headers: readonly string[], preset: PresetId): Columns {
  const columnsByKey = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = compactKey(header);
    if (key) columnsByKey.set(key, [...(columnsByKey.get(key) ?? []), index]);
  });
  const claimed = new Set<number>();
  const columns: Columns = new Map();
  for (const { name } of kindSpec(kind).fields) {
    for (const heading of headingsFor(preset, kind, name)) {
      const index = columnsByKey.get(compactKey(heading))?.find((i) => !claimed.has(i));
      if (index === undefined) continue;
      claimed.add(index);
      columns.set(name, index);
      break;
    }
  }
  return columns;
}

function score(spec: KindSpec, columns: Columns): number {
  const mapped = new Set(columns.keys());
  const met = spec.requirements.filter((requirement) => requirement.met(mapped)).length;
  return met * 1000 + mapped.size;
}

/** The preset whose headings fit the file best; the canonical one wins a tie. */
export function detectPreset(
  kind: ImportKind,
  headers: readonly string[],
): { preset: PresetId; mapping: Record<string, string> } {
  const spec = kindSpec(kind);
  let best: { preset: PresetId; columns: Columns; score: number } | null = null;
  for (const preset of PRESET_IDS.filter((id) => presetFits(id, kind))) {
    const columns = autoMap(kind, headers, preset);
    const value = score(spec, columns);
    if (!best || value > best.score) best = { preset, columns, score: value };
  }
  return best
    ? { preset: best.preset, mapping: headingsOf(best.columns, headers) }
    : { preset: 'canonical', mapping: {} };
}

/** Which kind of file the headings look like, or null when none fits. */
export function guessKind(headers: readonly string[]): ImportKind | null {
  let best: { kind: ImportKind; score: number } | null = null;
  for (const kind of IMPORT_KINDS) {
    const spec = kindSpec(kind);
    const columns = autoMap(kind, headers, detectPreset(kind, headers).preset);
    const mapped = new Set(columns.keys());
    if (!spec.requirements.every((requirement) => requirement.met(mapped))) continue;
    const value = score(spec, columns);
    if (!best || value > best.score) best = { kind, score: value };
  }
  return best?.kind ?? null;
}

/**
 * Works out which column feeds each field: the preset's automatic mapping, then the user's
 * overrides. Reports bad overrides, missing required columns (one error) and ignored columns.
 * Returns null when the file cannot be read as this kind.
 */
export function resolveMapping(
  kind: ImportKind,
  table: Table,
  options: { preset?: PresetId; mapping?: ColumnMapping },
  log: FileIssues,
): ResolvedMapping | null {
  const spec = kindSpec(kind);
  const preset = options.preset ?? detectPreset(kind, table.headers).preset;
  const columns = autoMap(kind, table.headers, preset);
  if (!applyOverrides(spec, table.headers, options.mapping ?? {}, columns, log)) return null;
  const mapped = new Set(columns.keys());
  const missing = spec.requirements.filter((requirement) => !requirement.met(mapped));
  if (missing.length > 0) {
    const found = table.headers.filter((header) => header !== '');
    log.error(
      'missing-columns',
      `no column was found for ${joinWords(missing.map((requirement) => requirement.label))}. ` +
        `The columns in the file are: ${found.map((header) => `"${header}"`).join(', ') || 'none'}. ` +
        'Choose the right columns in the column mapping, or rename the headings.',
    );
    return null;
  }
  warnIgnoredColumns(table, new Set(columns.values()), log);
  return { preset, mapping: headingsOf(columns, table.headers), columns };
}

function applyOverrides(
  spec: KindSpec,
  headers: readonly string[],
  overrides: ColumnMapping,
  columns: Columns,
  log: FileIssues,
): boolean {
  let ok = true;
  const labels = new Map(spec.fields.map((field) => [field.name, field.label]));
  const overridden = new Map<number, string>();
  for (const [field, header] of Object.entries(overrides)) {
    const label = labels.get(field);
    if (label === undefined) {
      log.error(
        'bad-mapping',
        `the column mapping names "${field}", which is not a field of a ${spec.kind} file.`,
      );
      ok = false;
      continue;
    }
    if (header === null || header.trim() === '') {
      columns.delete(field);
      continue;
    }
    const index = findColumn(headers, header);
    if (index < 0) {
      log.error(
        'bad-mapping',
        `the column mapping uses a column called "${header}" for the ${label}, but the file has no such column.`,
      );
      ok = false;
      continue;
    }
    const clash = labels.get(overridden.get(index) ?? '');
    if (clash !== undefined) {
      log.error(
        'bad-mapping',
        `the column mapping uses column "${header}" for both the ${clash} and the ${label}.`,
        { column: header },
      );
      ok = false;
      continue;
    }
    overridden.set(index, field);
    // A column feeds one field: the override takes it from any automatic choice.
    for (const [other, column] of columns) {
      if (column === index && other !== field) columns.delete(other);
    }
    columns.set(field, index);
  }
  return ok;
}

function findColumn(headers: readonly string[], header: string): number {
  const exact = headers.indexOf(header);
  if (exact >= 0) return exact;
  const key = compactKey(header);
  return key ? headers.findIndex((candidate) => compactKey(candidate) === key) : -1;
}

function warnIgnoredColumns(table: Table, used: ReadonlySet<number>, log: FileIssues): void {
  const width = table.rows.reduce(
    (most, row) => Math.max(most, row.cells.length),
    table.headers.length,
  );
  const keys = table.headers.map(compactKey);
  for (let index = 0; index < width; index += 1) {
    if (used.has(index)) continue;
    const header = table.headers[index] ?? '';
    if (header !== '') {
      const key = keys[index];
      const repeated = keys.findIndex((other) => other === key) !== index;
      log.warning(
        'ignored-column',
        repeated
          ? 'this column is ignored: an earlier column has the same heading.'
          : 'this column is ignored: the planner does not use it.',
        { column: header },
      );
    } else if (table.rows.some((row) => (row.cells[index] ?? '') !== '')) {
      log.warning(
        'ignored-column',
        `column ${columnLetter(index)} has no heading, so it is ignored.`,
      );
    }
  }
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
