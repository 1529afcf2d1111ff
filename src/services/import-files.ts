import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { kindSpec, type ImportKind } from '../data/import/fields';
import { hasErrors } from '../data/import/issues';
import type { ColumnMapping } from '../data/import/mapping';
import { detectPreset, guessKind } from '../data/import/mapping';
import type { PresetId } from '../data/import/presets';
import { readTable, type ReadTableResult } from '../data/import/read-table';
import type { ChosenImportFile } from '../shared/contract/import';
import type { ImportMappingMemory } from './import-memory';
import { presetMapping, withFieldMapped } from './import-mapping';
import { KIND_WORDS } from './import-request';
import { ServiceError } from './service-error';

/** A file the user chose, with how they want it read. */
export interface ChosenFile {
  id: string;
  path: string;
  fileName: string;
  kind: ImportKind | null;
  kindGuessed: boolean;
  preset: PresetId | null;
  /** Every field of the kind → heading (null = unused); empty while the kind is unknown. */
  mapping: ColumnMapping;
  sheet: string | undefined;
  remembered: 'layout' | 'preset' | null;
  /** The file as last read, so that editing the mapping does not read it again. */
  read: ReadTableResult;
}

/**
 * The files chosen in this window, by opaque id: the page refers to files only by these ids,
 * never by path.
 */
export class ChosenFiles {
  private readonly files = new Map<string, ChosenFile>();

  constructor(private readonly memory: ImportMappingMemory) {}

  async add(path: string): Promise<ChosenFile> {
    const read = await readTable({ path });
    const file: ChosenFile = {
      id: randomUUID(),
      path,
      fileName: basename(path),
      kind: null,
      kindGuessed: true,
      preset: null,
      mapping: {},
      sheet: undefined,
      remembered: null,
      read,
    };
    this.setKind(file, read.table ? guessKind(read.table.headers) : null, true);
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): ChosenFile {
    const file = this.files.get(id);
    if (!file) {
      throw new ServiceError(
        'invalid-edit',
        'That file is no longer in the list of files to import. Choose it again.',
      );
    }
    return file;
  }

  remove(id: string): void {
    this.files.delete(id);
  }

  /** A new kind maps the file afresh: the remembered mapping for its layout, or the preset's. */
  setKind(file: ChosenFile, kind: ImportKind | null, guessed: boolean): void {
    file.kind = kind;
    file.kindGuessed = guessed;
    const headers = file.read.table?.headers ?? [];
    if (kind === null) {
      file.preset = null;
      file.mapping = {};
      file.remembered = null;
      return;
    }
    const preset = detectPreset(kind, headers).preset;
    const automatic = presetMapping(kind, headers, preset);
    const recalled = this.memory.recall(kind, headers, preset, automatic);
    file.preset = recalled?.preset ?? preset;
    file.mapping = recalled?.mapping ?? automatic;
    file.remembered = recalled?.remembered ?? null;
  }

  setPreset(file: ChosenFile, preset: PresetId): void {
    if (file.kind === null) return;
    file.preset = preset;
    file.mapping = presetMapping(file.kind, file.read.table?.headers ?? [], preset);
    file.remembered = null;
  }

  /** Sets the columns of some fields (null = unused), after checking each against the file. */
  setMapping(file: ChosenFile, mapping: Record<string, string | null>): void {
    const { kind } = file;
    if (kind === null) {
      throw new ServiceError(
        'invalid-edit',
        `Say what ${file.fileName} holds before choosing its columns.`,
      );
    }
    const labels = new Map(kindSpec(kind).fields.map((field) => [field.name, field.label]));
    const headers = file.read.table?.headers ?? [];
    let next = file.mapping;
    for (const [field, heading] of Object.entries(mapping)) {
      const label = labels.get(field);
      if (label === undefined) {
        throw new ServiceError(
          'invalid-edit',
          `A ${KIND_WORDS[kind]} file has no field called "${field}".`,
        );
      }
      const column = heading === null || heading.trim() === '' ? null : heading;
      if (column !== null && !headers.includes(column)) {
        throw new ServiceError(
          'invalid-edit',
          `${file.fileName} has no column called "${column}" to use for the ${label}.`,
        );
      }
      next = withFieldMapped(next, field, column);
    }
    file.mapping = next;
    file.remembered = null;
  }

  /** Reads another sheet of a workbook; a guessed kind is guessed again from its headings. */
  async setSheet(file: ChosenFile, sheet: string): Promise<void> {
    file.read = await readTable({ path: file.path, sheet });
    file.sheet = sheet;
    const headers = file.read.table?.headers ?? [];
    this.setKind(file, file.kindGuessed ? guessKind(headers) : file.kind, file.kindGuessed);
  }
}

/** The file as the first step lists it. */
export function chosenFileView(file: ChosenFile): ChosenImportFile {
  const readError = hasErrors(file.read.issues)
    ? (file.read.issues.find((issue) => issue.severity === 'error')?.message ?? null)
    : null;
  return {
    fileId: file.id,
    fileName: file.fileName,
    kind: file.kind,
    kindGuessed: file.kindGuessed,
    rowCount: file.read.table?.rows.length ?? 0,
    problem: readError,
  };
}
