import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Pathway, RuleSetProblem } from '../../core/pathways/types';
import type { PlanDatabase } from '../plan/plan-file';
import {
  readPathwayCodesInOrder,
  readPathways,
  replacePathways,
  validatePathways,
} from '../plan/pathway-repository';
import { PathwayDataError } from './pathway-errors';
import { ruleSetProblems } from './rule-set';

/**
 * A pathways file: a school's routes and rules as JSON, to share with another plan or school.
 *
 *   { "format": "ks4-planner-pathways", "version": 1, "pathways": [ ... ] }
 *
 * Each pathway has the fields of the model (code, name, description, optionCount, freeSlots,
 * rules, eligibility). A file may name courses or categories the receiving plan does not have:
 * that is reported as a warning, never refused, as schools code their courses differently.
 */

export const PATHWAYS_FILE_FORMAT = 'ks4-planner-pathways';
export const PATHWAYS_FILE_VERSION = 1;

/** The text of a pathways file holding these pathways. */
export function pathwaysFileText(pathways: readonly Pathway[]): string {
  const file = { format: PATHWAYS_FILE_FORMAT, version: PATHWAYS_FILE_VERSION, pathways };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads the pathways from a pathways file's text; throws naming the file, pathway and field. */
export function parsePathwaysFile(text: string, fileName: string): Pathway[] {
  const refuse = (detail: string) =>
    new PathwayDataError(
      'invalid-file',
      `${fileName} cannot be used as a pathways file: ${detail}`,
    );
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw refuse(`it is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw refuse(`it should hold { "format": "${PATHWAYS_FILE_FORMAT}", "version", "pathways" }.`);
  }
  const file = json as Record<string, unknown>;
  if (file.format !== PATHWAYS_FILE_FORMAT) {
    throw refuse(`its "format" should be "${PATHWAYS_FILE_FORMAT}".`);
  }
  const { version } = file;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw refuse('its "version" should be a whole number such as 1.');
  }
  if (version > PATHWAYS_FILE_VERSION) {
    throw new PathwayDataError(
      'newer-file',
      `${fileName} was written by a newer version of KS4 Planner (pathways file version ` +
        `${version}; this version reads up to ${PATHWAYS_FILE_VERSION}). Update KS4 Planner to ` +
        'import it; nothing was changed.',
    );
  }
  const unknownKeys = Object.keys(file).filter(
    (key) => !['format', 'version', 'pathways'].includes(key),
  );
  if (unknownKeys.length > 0) {
    throw refuse(`"${unknownKeys.join('", "')}" is not part of a pathways file.`);
  }
  if (!Array.isArray(file.pathways)) throw refuse('its "pathways" should be a list.');
  try {
    return validatePathways(file.pathways, `${fileName} cannot be used as a pathways file:`);
  } catch (error) {
    if (error instanceof PathwayDataError)
      throw new PathwayDataError('invalid-file', error.message);
    throw error;
  }
}

/** Writes the plan's pathways to a file (replaced whole, never left half written). */
export function exportPathwaysFile(db: PlanDatabase, path: string): Pathway[] {
  const pathways = readPathways(db);
  const partial = `${path}.${process.pid}.part`;
  try {
    writeFileSync(partial, pathwaysFileText(pathways));
    renameSync(partial, path);
  } catch (error) {
    throw new PathwayDataError(
      'cannot-write',
      `The pathways could not be written to ${path}: ${(error as Error).message}`,
    );
  } finally {
    rmSync(partial, { force: true });
  }
  return pathways;
}

/**
 * How an import treats the plan's own pathways:
 * - `merge` (the default): a file's pathway replaces the plan's pathway with the same code, in
 *   its place; new codes are added after; pathways only in the plan are kept.
 * - `replace`: the plan's pathways become exactly the file's (refused if that would remove a
 *   route pupils are on).
 */
export type PathwaysImportMode = 'merge' | 'replace';

export interface PathwaysImportResult {
  fileName: string;
  added: string[];
  replaced: string[];
  /** Routes removed by `replace`. */
  removed: string[];
  /** The plan's rule-set problems after the import: unknown courses or categories, and more. */
  warnings: RuleSetProblem[];
}

export function importPathwaysFile(
  db: PlanDatabase,
  path: string,
  mode: PathwaysImportMode = 'merge',
): PathwaysImportResult {
  const fileName = basename(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new PathwayDataError(
      'invalid-file',
      `${fileName} cannot be read: ${(error as Error).message}`,
    );
  }
  const incoming = parsePathwaysFile(text, fileName);
  return db.transaction(() => {
    const key = (code: string) => code.toUpperCase();
    const existingCodes = readPathwayCodesInOrder(db);
    const existingKeys = new Set(existingCodes.map(key));
    const incomingKeys = new Set(incoming.map((pathway) => key(pathway.code)));
    // Replacing needs only the existing codes, so it also mends routes whose rules are unreadable.
    replacePathways(db, mode === 'replace' ? incoming : mergeByCode(readPathways(db), incoming));
    const codesOf = (pathways: readonly Pathway[]) => pathways.map((pathway) => pathway.code);
    return {
      fileName,
      added: codesOf(incoming.filter((pathway) => !existingKeys.has(key(pathway.code)))),
      replaced: codesOf(incoming.filter((pathway) => existingKeys.has(key(pathway.code)))),
      removed:
        mode === 'replace' ? existingCodes.filter((code) => !incomingKeys.has(key(code))) : [],
      warnings: ruleSetProblems(db, incoming),
    };
  })();
}

function mergeByCode(existing: readonly Pathway[], incoming: readonly Pathway[]): Pathway[] {
  const key = (pathway: Pathway) => pathway.code.toUpperCase();
  const incomingByKey = new Map(incoming.map((pathway) => [key(pathway), pathway]));
  const existingKeys = new Set(existing.map(key));
  return [
    ...existing.map((pathway) => incomingByKey.get(key(pathway)) ?? pathway),
    ...incoming.filter((pathway) => !existingKeys.has(key(pathway))),
  ];
}
