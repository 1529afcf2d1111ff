import { kindSpec } from '../data/import/fields';
import { FileIssues, type ImportIssue } from '../data/import/issues';
import { resolveMapping } from '../data/import/mapping';
import { PRESET_LABELS } from '../data/import/presets';
import type { Table } from '../data/import/table';
import type { ImportFieldView, ImportPreviewView } from '../shared/contract/import';
import { chosenFileView, type ChosenFile } from './import-files';
import { ignoredColumns, isRequired, mappedFields, presetsFor } from './import-mapping';

/** Rows shown in the preview table. */
const PREVIEW_ROWS = 8;
/** Rows searched for a sample value of each field. */
const SAMPLE_ROWS = 50;

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** What the wizard shows for one file: how it was read, its first rows and its mapping. */
export function previewOf(file: ChosenFile): ImportPreviewView {
  const { table } = file.read;
  const headers = table?.headers ?? [];
  return {
    file: chosenFileView(file),
    format: table?.format ?? null,
    encoding: table?.encoding ?? null,
    delimiter: table?.delimiter ? DELIMITER_NAMES[table.delimiter] : null,
    sheet: table?.sheet ?? null,
    sheets: table?.sheets ?? [],
    headers,
    rows: (table?.rows ?? []).slice(0, PREVIEW_ROWS).map((row) => ({
      row: row.row,
      cells: headers.map((_, index) => row.cells[index] ?? ''),
    })),
    preset: file.preset,
    presets: file.kind ? presetsFor(file.kind).map((id) => ({ id, label: PRESET_LABELS[id] })) : [],
    fields: fieldsOf(file, table),
    requirements: requirementsOf(file),
    ignoredColumns: file.kind ? ignoredColumns(headers, file.mapping) : [],
    remembered: file.remembered,
    issues: [...file.read.issues, ...mappingIssues(file, table)],
  };
}

function fieldsOf(file: ChosenFile, table: Table | null): ImportFieldView[] {
  const { kind } = file;
  if (!kind) return [];
  return kindSpec(kind).fields.map((field) => {
    const column = file.mapping[field.name] ?? null;
    return {
      name: field.name,
      label: field.label,
      required: isRequired(kind, field.name),
      column,
      sample: column !== null && table ? sampleOf(table, column) : null,
    };
  });
}

function requirementsOf(file: ChosenFile): ImportPreviewView['requirements'] {
  if (!file.kind) return [];
  const mapped = mappedFields(file.mapping);
  return kindSpec(file.kind).requirements.map((requirement) => ({
    label: requirement.label,
    met: requirement.met(mapped),
  }));
}

/** The first value filled in under a heading. */
function sampleOf(table: Table, heading: string): string | null {
  const index = table.headers.indexOf(heading);
  if (index < 0) return null;
  for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
    const cell = row.cells[index] ?? '';
    if (cell !== '') return cell;
  }
  return null;
}

/**
 * What the data layer says about the mapping as it stands (a missing required column, say).
 * Ignored columns are listed on their own, so their warnings are left out here.
 */
function mappingIssues(file: ChosenFile, table: Table | null): ImportIssue[] {
  if (!file.kind || !table || !file.preset) return [];
  const issues: ImportIssue[] = [];
  resolveMapping(
    file.kind,
    table,
    { preset: file.preset, mapping: file.mapping },
    new FileIssues(file.fileName, issues),
  );
  return issues.filter((issue) => issue.code !== 'ignored-column');
}
