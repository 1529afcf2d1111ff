import { z } from 'zod';
import { kindSpec, type ImportKind } from '../data/import/fields';
import type { ColumnMapping } from '../data/import/mapping';
import type { PresetId } from '../data/import/presets';
import { IMPORT_PRESET_IDS } from '../shared/contract/import';
import type { UserPreferences } from './user-preferences';

/**
 * Column mappings the user confirmed by importing, remembered per school's MIS: by the exact
 * layout of the file (its kind and sorted headings) and by preset, so that next term's export
 * from the same system maps itself.
 */

const PREFERENCE_KEY = 'importMappings';
/** Enough for every layout a school meets; the oldest are forgotten first. */
const MAX_SAVED = 60;

const savedMapping = z.object({
  preset: z.enum(IMPORT_PRESET_IDS),
  mapping: z.record(z.string(), z.string().nullable()),
  savedAt: z.string(),
});

const memorySchema = z.object({
  layouts: z.record(z.string(), savedMapping),
  presets: z.record(z.string(), savedMapping),
});

type SavedMapping = z.output<typeof savedMapping>;
type Memory = z.output<typeof memorySchema>;

const EMPTY: Memory = { layouts: {}, presets: {} };

export interface RecalledMapping {
  preset: PresetId;
  mapping: ColumnMapping;
  remembered: 'layout' | 'preset';
}

export class ImportMappingMemory {
  constructor(private readonly preferences: UserPreferences) {}

  /**
   * The saved mapping for this layout, or the preset's saved choices applied to this file;
   * null when nothing saved applies (or it would change nothing).
   */
  recall(
    kind: ImportKind,
    headers: readonly string[],
    preset: PresetId,
    automatic: ColumnMapping,
  ): RecalledMapping | null {
    const memory = this.read();
    // What the planner finds by itself needs no saying: only a saved mapping that differs is.
    const differs = (mapping: ColumnMapping) =>
      Object.keys(mapping).some((field) => mapping[field] !== automatic[field]);
    const layout = memory.layouts[layoutKey(kind, headers)];
    if (layout) {
      const mapping = applySaved(kind, headers, emptyMapping(kind), layout);
      return differs(mapping) || layout.preset !== preset
        ? { preset: layout.preset, mapping, remembered: 'layout' }
        : null;
    }
    const forPreset = memory.presets[presetKey(kind, preset)];
    if (!forPreset) return null;
    const mapping = applySaved(kind, headers, automatic, forPreset);
    return differs(mapping) ? { preset, mapping, remembered: 'preset' } : null;
  }

  remember(
    kind: ImportKind,
    headers: readonly string[],
    preset: PresetId,
    mapping: ColumnMapping,
  ): void {
    const memory = this.read();
    const saved: SavedMapping = { preset, mapping, savedAt: new Date().toISOString() };
    this.preferences.write(PREFERENCE_KEY, {
      layouts: newest({ ...memory.layouts, [layoutKey(kind, headers)]: saved }),
      presets: newest({ ...memory.presets, [presetKey(kind, preset)]: saved }),
    });
  }

  private read(): Memory {
    return this.preferences.read(PREFERENCE_KEY, memorySchema, EMPTY);
  }
}

function layoutKey(kind: ImportKind, headers: readonly string[]): string {
  const sorted = headers.filter((header) => header !== '').sort((a, b) => a.localeCompare(b));
  return `${kind}:${sorted.join('\u001f')}`;
}

function presetKey(kind: ImportKind, preset: PresetId): string {
  return `${kind}:${preset}`;
}

function emptyMapping(kind: ImportKind): ColumnMapping {
  return Object.fromEntries(kindSpec(kind).fields.map((field) => [field.name, null]));
}

/** Saved choices that still make sense for this file: its own fields and headings only. */
function applySaved(
  kind: ImportKind,
  headers: readonly string[],
  base: ColumnMapping,
  saved: SavedMapping,
): ColumnMapping {
  const fields = new Set(kindSpec(kind).fields.map((field) => field.name));
  const present = new Set(headers);
  const mapping: ColumnMapping = { ...base };
  for (const [field, heading] of Object.entries(saved.mapping)) {
    if (!fields.has(field)) continue;
    if (heading === null) mapping[field] = null;
    else if (present.has(heading)) {
      // A column feeds one field: it leaves whichever field had it before.
      for (const [other, used] of Object.entries(mapping)) {
        if (used === heading) mapping[other] = null;
      }
      mapping[field] = heading;
    }
  }
  return mapping;
}

function newest(entries: Record<string, SavedMapping>): Record<string, SavedMapping> {
  const sorted = Object.entries(entries).sort(([, a], [, b]) => b.savedAt.localeCompare(a.savedAt));
  return Object.fromEntries(sorted.slice(0, MAX_SAVED));
}
