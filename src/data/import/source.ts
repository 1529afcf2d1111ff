import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ColumnMapping } from './mapping';
import type { PresetId } from './presets';

/** A file to import: on disk, or already in memory (e.g. dropped onto the window). */
export type SourceFile = { path: string } | { name: string; data: Uint8Array };

export interface SourceOptions {
  /** Field → column heading; overrides the automatic mapping field by field (null = unused). */
  mapping?: ColumnMapping;
  /** Column-name preset; detected from the headings when not given. */
  preset?: PresetId;
  /** Worksheet of a workbook; the first sheet when not given. */
  sheet?: string;
}

export type Source = SourceFile & SourceOptions;

export function sourceName(source: SourceFile): string {
  return 'path' in source ? basename(source.path) : source.name;
}

export type LoadedBytes = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export function loadBytes(source: SourceFile): LoadedBytes {
  if (!('path' in source)) return { ok: true, bytes: source.data };
  try {
    return { ok: true, bytes: readFileSync(source.path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission to read it was refused'
            : (error as Error).message;
    return { ok: false, message: `the file could not be opened: ${reason}.` };
  }
}
