import { kindSpec, type ImportKind } from '../data/import/fields';
import { compactKey } from '../data/import/keys';
import type { ColumnMapping } from '../data/import/mapping';
import { PRESET_IDS, headingsFor, presetFits, type PresetId } from '../data/import/presets';

/**
 * The wizard keeps a file's mapping as a complete field → heading table (null = unused), so
 * that what the user sees is exactly what the import uses: the whole table is passed to the
 * data layer as overrides.
 */

/** The presets that make sense for a kind of file (the canonical one fits every kind). */
export function presetsFor(kind: ImportKind): PresetId[] {
  return PRESET_IDS.filter((preset) => presetFits(preset, kind));
}

/**
 * Every field of the kind, mapped from one preset's headings (case, accents and punctuation
 * ignored; each column feeds one field). The data layer's own matching gives no partial
 * result when a required column is missing, and the wizard must show what was found.
 */
export function presetMapping(
  kind: ImportKind,
  headers: readonly string[],
  preset: PresetId,
): ColumnMapping {
  const columnsByKey = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = compactKey(header);
    if (key) columnsByKey.set(key, [...(columnsByKey.get(key) ?? []), index]);
  });
  const claimed = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const { name } of kindSpec(kind).fields) {
    mapping[name] = null;
    for (const heading of headingsFor(preset, kind, name)) {
      const index = columnsByKey.get(compactKey(heading))?.find((i) => !claimed.has(i));
      if (index === undefined) continue;
      claimed.add(index);
      mapping[name] = headers[index] ?? null;
      break;
    }
  }
  return mapping;
}

/** The fields that are mapped, for checking the kind's requirements. */
export function mappedFields(mapping: ColumnMapping): Set<string> {
  return new Set(
    Object.entries(mapping)
      .filter(([, heading]) => heading !== null)
      .map(([field]) => field),
  );
}

/**
 * Whether the import cannot go ahead without this field: true when every other field being
 * mapped would still leave a requirement unmet. "UPN or name" makes neither required alone.
 */
export function isRequired(kind: ImportKind, field: string): boolean {
  const spec = kindSpec(kind);
  const others = new Set(spec.fields.map((each) => each.name).filter((name) => name !== field));
  return spec.requirements.some((requirement) => !requirement.met(others));
}

/** Sets one field's column; a column feeds one field, so any other field using it lets go. */
export function withFieldMapped(
  mapping: ColumnMapping,
  field: string,
  heading: string | null,
): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (heading !== null) {
    for (const [other, used] of Object.entries(next)) {
      if (used === heading && other !== field) next[other] = null;
    }
  }
  next[field] = heading;
  return next;
}

/** Headed columns that no field uses (a repeated heading's later columns included). */
export function ignoredColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping).filter((heading) => heading !== null));
  const seen = new Set<string>();
  const ignored: string[] = [];
  for (const header of headers) {
    if (header === '') continue;
    if (!used.has(header) || seen.has(header)) ignored.push(header);
    seen.add(header);
  }
  return ignored;
}
