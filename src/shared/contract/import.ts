import { z } from 'zod';
import { noPayload } from './core';

/**
 * The import wizard: choose files, preview and map their columns, check them against the plan,
 * then import. Chosen files are kept by the services under an opaque id: the page never sees
 * or sends a path.
 */

export const IMPORT_FILE_KINDS = ['subjects', 'pupils', 'choices', 'staff', 'aliases'] as const;
export const IMPORT_PRESET_IDS = ['canonical', 'mis-student-list', 'option-form'] as const;

/** Most blocks a plan can be given from the wizard (the engine allows up to 26). */
export const MAX_IMPORT_BLOCKS = 12;
const MAX_FILES = 20;
const MAX_FIELD_NAME = 40;
const MAX_HEADING = 200;

export const importFileKind = z.enum(IMPORT_FILE_KINDS);
export const importPresetId = z.enum(IMPORT_PRESET_IDS);
const fileId = z.string().min(1).max(64);

/** One problem found while reading or checking a file, where a spreadsheet would show it. */
export const importIssue = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  /** null for a problem with the import as a whole (e.g. the blocks). */
  file: z.string().nullable(),
  /** Spreadsheet row number (the heading is row 1), or null for the whole file. */
  row: z.int().nullable(),
  column: z.string().nullable(),
  message: z.string(),
});

/** A chosen file, as the first step lists it. */
export const chosenImportFile = z.object({
  fileId,
  fileName: z.string(),
  /** What the file holds: guessed from its headings, or as the user set it. */
  kind: importFileKind.nullable(),
  /** True while the kind is the planner's guess rather than the user's choice. */
  kindGuessed: z.boolean(),
  rowCount: z.int(),
  /** Why the file cannot be read, or null. */
  problem: z.string().nullable(),
});

export const importFieldView = z.object({
  name: z.string(),
  label: z.string(),
  /** The import cannot go ahead without a column for this field. */
  required: z.boolean(),
  /** The heading of the column feeding this field, or null when unused. */
  column: z.string().nullable(),
  /** The first value in that column, to show what will be read. */
  sample: z.string().nullable(),
});

export const importPreview = z.object({
  file: chosenImportFile,
  format: z.enum(['csv', 'xlsx']).nullable(),
  /** How a text file was decoded (null for a workbook). */
  encoding: z.string().nullable(),
  delimiter: z.enum(['comma', 'semicolon', 'tab']).nullable(),
  sheet: z.string().nullable(),
  sheets: z.array(z.string()),
  headers: z.array(z.string()),
  /** The first rows, each with its spreadsheet row number. */
  rows: z.array(z.object({ row: z.int(), cells: z.array(z.string()) })),
  preset: importPresetId.nullable(),
  /** The presets that fit this kind of file, for the user to switch between. */
  presets: z.array(z.object({ id: importPresetId, label: z.string() })),
  fields: z.array(importFieldView),
  /** What the file must supply, e.g. "the pupil's UPN, name or e-mail address", and whether it does. */
  requirements: z.array(z.object({ label: z.string(), met: z.boolean() })),
  /** Headed columns no field uses: they will be ignored. */
  ignoredColumns: z.array(z.string()),
  /** A mapping the user confirmed before was applied: for this exact layout, or for this preset. */
  remembered: z.enum(['layout', 'preset']).nullable(),
  /** Problems reading the file or with its mapping. */
  issues: z.array(importIssue),
});

export const importFileInput = z.strictObject({ fileId });

export const updateImportFileInput = z.strictObject({
  fileId,
  /** A new kind starts the mapping again from the detected preset. */
  kind: importFileKind.optional(),
  /** A new preset maps every field again from that preset's headings. */
  preset: importPresetId.optional(),
  /** A workbook's sheet. */
  sheet: z.string().min(1).max(MAX_HEADING).optional(),
  /** Field → heading (null leaves the field unused); other fields keep their columns. */
  mapping: z
    .record(z.string().min(1).max(MAX_FIELD_NAME), z.string().max(MAX_HEADING).nullable())
    .optional(),
});

/** The blocks to give a plan that has none yet: a number (A, B, C…) or names. */
export const importBlocks = z.union([
  z.strictObject({ count: z.int().min(1).max(MAX_IMPORT_BLOCKS) }),
  z.strictObject({
    names: z.array(z.string().trim().min(1).max(20)).min(1).max(MAX_IMPORT_BLOCKS),
  }),
]);

export const importRunInput = z.strictObject({
  fileIds: z.array(fileId).min(1).max(MAX_FILES),
  blocks: importBlocks.optional(),
});

const kindCounts = z.object({ added: z.int(), updated: z.int() });

/** Records added and updated per kind ("blocks", "subjects", "pupils", …). */
export const importCounts = z.record(z.string(), kindCounts);

export const importCheckResult = z.object({
  /** True when nothing stops the import (there may be warnings). */
  ok: z.boolean(),
  /** Errors first, then warnings, each file's in row order. */
  issues: z.array(importIssue),
  /** What the import would add and update; empty when there are errors. */
  counts: importCounts,
  /** The blocks the plan will have, when the import sets them. */
  blocks: z.array(z.string()).nullable(),
});

export const importOutcome = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    counts: importCounts,
    warnings: z.array(importIssue),
    blocks: z.array(z.string()).nullable(),
  }),
  /** Something was wrong: nothing was saved. */
  z.object({ outcome: z.literal('rejected'), issues: z.array(importIssue) }),
  /** Cancelled before saving started: nothing was saved. */
  z.object({ outcome: z.literal('cancelled') }),
]);

export const importStage = z.enum(['reading', 'checking', 'saving']);

/** The check or import under way, polled by the page while it waits. */
export const importProgress = z
  .object({
    action: z.enum(['check', 'import']),
    stage: importStage,
    /** False once saving has started: from then on the import runs to its end. */
    canCancel: z.boolean(),
    cancelRequested: z.boolean(),
  })
  .nullable();

export const importContract = {
  /** Asks for files (CSV or XLSX); null when the dialog was cancelled. */
  chooseImportFiles: { input: noPayload, output: z.array(chosenImportFile).nullable() },
  previewImportFile: { input: importFileInput, output: importPreview },
  /** Changes a file's kind, preset, sheet or column mapping; returns the new preview. */
  updateImportFile: { input: updateImportFileInput, output: importPreview },
  removeImportFile: { input: importFileInput, output: z.null() },
  /** Reads and checks the files against the open plan; saves nothing. */
  checkImport: { input: importRunInput, output: importCheckResult },
  /** Checks and, only when nothing is wrong, saves the files into the plan in one go. */
  runImport: { input: importRunInput, output: importOutcome },
  getImportProgress: { input: noPayload, output: importProgress },
  /** False when nothing can be cancelled (none running, or saving already started). */
  cancelImport: { input: noPayload, output: z.object({ cancelled: z.boolean() }) },
} as const;

export type ImportFileKind = z.output<typeof importFileKind>;
export type ImportPresetId = z.output<typeof importPresetId>;
export type ImportIssueView = z.output<typeof importIssue>;
export type ChosenImportFile = z.output<typeof chosenImportFile>;
export type ImportFieldView = z.output<typeof importFieldView>;
export type ImportPreviewView = z.output<typeof importPreview>;
export type ImportBlocksInput = z.output<typeof importBlocks>;
export type ImportCheckView = z.output<typeof importCheckResult>;
export type ImportOutcomeView = z.output<typeof importOutcome>;
export type ImportProgressView = z.output<typeof importProgress>;
export type ImportCountsView = z.output<typeof importCounts>;
