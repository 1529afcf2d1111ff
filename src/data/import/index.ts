/** Import of school data (MIS exports, option forms, canonical CSVs) into a plan file. */
export {
  importIntoPlan,
  type ImportCounts,
  type ImportResult,
  type KindCounts,
} from './import-into-plan';
export { validateImport } from './validate';
export type { ImportBundle, ImportRequest, ImportValidation, ImportedFile } from './request';
export { previewTable, type TablePreview } from './preview';
export { readTable, type ReadTableResult } from './read-table';
export { detectPreset, guessKind, type ColumnMapping } from './mapping';
export { PRESET_IDS, PRESET_LABELS, type PresetId } from './presets';
export { IMPORT_KINDS, kindSpec, type FieldSpec, type ImportKind } from './fields';
export {
  ImportFailedError,
  hasErrors,
  type ImportIssue,
  type IssueCode,
  type Severity,
} from './issues';
export { formatIssue, formatReport } from './report';
export { readImportLog, type ImportLogEntry } from './import-log';
export type { Source, SourceFile, SourceOptions } from './source';
export type { Table, TableRow, TextEncodingName } from './table';
