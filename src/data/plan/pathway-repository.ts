import type { z } from 'zod';
import type { Pathway } from '../../core/pathways/types';
import { listInWords, PathwayDataError } from '../pathways/pathway-errors';
import {
  describeIssues,
  eligibilitySchema,
  pathwayRulesSchema,
  pathwaySchema,
} from '../pathways/pathway-schema';
import type { PlanDatabase } from './plan-file';

/**
 * The plan's pathways, in display order. Rules and eligibility are stored as JSON and checked
 * on every read and write, so a hand-edited plan with bad rules is reported, naming the route,
 * instead of being half understood. Writers run in their own transaction (nested as a savepoint
 * inside a caller's).
 */

interface PathwayRow {
  code: string;
  name: string;
  description: string;
  option_count: number;
  free_slots: number;
  rules_json: string;
  eligibility_json: string;
}

export function readPathways(db: PlanDatabase): Pathway[] {
  const rows = db
    .prepare(
      `SELECT code, name, description, option_count, free_slots, rules_json, eligibility_json
       FROM pathways ORDER BY position, code`,
    )
    .all() as PathwayRow[];
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    description: row.description,
    optionCount: row.option_count,
    freeSlots: row.free_slots,
    rules: parseStored(row.code, 'rules', row.rules_json, pathwayRulesSchema),
    eligibility: parseStored(row.code, 'eligibility', row.eligibility_json, eligibilitySchema),
  }));
}

function parseStored<T>(code: string, field: string, json: string, schema: z.ZodType<T>): T {
  const heading = `The ${field} of pathway ${code} saved in this plan cannot be read`;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new PathwayDataError(
      'invalid-pathway',
      `${heading}: the saved text is not valid JSON (${(error as Error).message}). ` +
        `Fix or replace the pathway's ${field}.`,
    );
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error, [field]).map((problem) => `  ${problem}`);
  throw new PathwayDataError('invalid-pathway', [`${heading}:`, ...problems].join('\n'));
}

/** "pathway 2 (SUPPORTED)": how a problem names the pathway it is about. */
export function pathwayLabel(index: number, pathway: unknown): string {
  const code =
    typeof pathway === 'object' && pathway !== null && 'code' in pathway
      ? (pathway as { code: unknown }).code
      : undefined;
  return typeof code === 'string' && code.trim() !== ''
    ? `pathway ${index + 1} (${code.trim()})`
    : `pathway ${index + 1}`;
}

/**
 * Checks each pathway's fields and that no code is used twice (codes are matched ignoring
 * case); returns them with defaults filled in, or throws naming every problem.
 */
export function validatePathways(pathways: readonly unknown[], heading: string): Pathway[] {
  const problems: string[] = [];
  const valid: Pathway[] = [];
  const firstWithCode = new Map<string, number>();
  let duplicate = false;
  pathways.forEach((candidate, index) => {
    const parsed = pathwaySchema.safeParse(candidate);
    const label = pathwayLabel(index, candidate);
    if (!parsed.success) {
      for (const problem of describeIssues(parsed.error)) problems.push(`${label}: ${problem}`);
      return;
    }
    const key = parsed.data.code.toUpperCase();
    const first = firstWithCode.get(key);
    if (first === undefined) {
      firstWithCode.set(key, index);
    } else {
      duplicate = true;
      problems.push(`${label}: code ${parsed.data.code} is already used by pathway ${first + 1}`);
    }
    valid.push(parsed.data);
  });
  if (problems.length > 0) {
    throw new PathwayDataError(
      duplicate ? 'duplicate-code' : 'invalid-pathway',
      [heading, ...problems.map((problem) => `  ${problem}`)].join('\n'),
    );
  }
  return valid;
}

/** Pupils whose agreed route is the pathway, as "Ann Smith (UPN)", in name order. */
export function pupilsOnPathway(db: PlanDatabase, code: string): string[] {
  const rows = db
    .prepare(
      `SELECT forename, surname, upn FROM pupils WHERE pathway_code = ? COLLATE NOCASE
       ORDER BY surname, forename, upn`,
    )
    .all(code) as { forename: string; surname: string; upn: string }[];
  return rows.map((row) => `${row.forename} ${row.surname} (${row.upn})`);
}

function refuseRemovingPathwaysInUse(db: PlanDatabase, keptCodes: readonly string[]): void {
  const kept = new Set(keptCodes.map((code) => code.toUpperCase()));
  const problems: string[] = [];
  // Codes only: a route whose stored rules cannot be read can still be replaced or removed.
  for (const code of readPathwayCodesInOrder(db)) {
    if (kept.has(code.toUpperCase())) continue;
    const pupils = pupilsOnPathway(db, code);
    if (pupils.length > 0) {
      problems.push(
        `  ${code} is the agreed route of ${pupils.length} ${pupils.length === 1 ? 'pupil' : 'pupils'}: ` +
          `${listInWords(pupils)}`,
      );
    }
  }
  if (problems.length > 0) {
    throw new PathwayDataError(
      'pathway-in-use',
      [
        'These pathways cannot be removed while pupils are on them; move the pupils to another route first:',
        ...problems,
      ].join('\n'),
    );
  }
}

function insertPathways(db: PlanDatabase, pathways: readonly Pathway[], firstPosition: number) {
  const insert = db.prepare(
    `INSERT INTO pathways (code, name, description, option_count, free_slots, rules_json,
                           eligibility_json, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  pathways.forEach((pathway, index) =>
    insert.run(
      pathway.code,
      pathway.name,
      pathway.description,
      pathway.optionCount,
      pathway.freeSlots,
      JSON.stringify(pathway.rules),
      JSON.stringify(pathway.eligibility),
      firstPosition + index,
    ),
  );
}

/**
 * Recommendations and decisions naming a route that no longer exists are stale: they are
 * cleared (a pupil's agreed route is never among them, as in-use routes cannot be removed).
 */
function clearDecisionsForMissingRoutes(db: PlanDatabase): void {
  db.prepare(
    `UPDATE pathway_decisions SET recommended_code = NULL, recommendation_reason = NULL,
       needs_review = NULL, review_reasons_json = NULL, recommended_at = NULL
     WHERE recommended_code IS NOT NULL
       AND upper(recommended_code) NOT IN (SELECT upper(code) FROM pathways)`,
  ).run();
  db.prepare(
    `UPDATE pathway_decisions SET decision = NULL, decided_code = NULL, decision_reason = '',
       decided_at = NULL
     WHERE decided_code IS NOT NULL
       AND upper(decided_code) NOT IN (SELECT upper(code) FROM pathways)`,
  ).run();
  db.prepare(
    'DELETE FROM pathway_decisions WHERE recommended_at IS NULL AND decision IS NULL',
  ).run();
}

/**
 * Replaces all the plan's pathways with these, in this order. Refuses (saving nothing) invalid
 * pathways, a code used twice, and removing a route that pupils are on, naming the pupils.
 */
export function replacePathways(db: PlanDatabase, pathways: readonly Pathway[]): void {
  const valid = validatePathways(pathways, 'The pathways were not saved:');
  db.transaction(() => {
    refuseRemovingPathwaysInUse(
      db,
      valid.map((pathway) => pathway.code),
    );
    db.prepare('DELETE FROM pathways').run();
    insertPathways(db, valid, 0);
    clearDecisionsForMissingRoutes(db);
  })();
}

/** Adds pathways after the existing ones; refuses codes the plan already has, naming them. */
export function addPathways(db: PlanDatabase, pathways: readonly Pathway[]): void {
  const valid = validatePathways(pathways, 'The pathways were not added:');
  db.transaction(() => {
    const existing = new Set(readPathwayCodesInOrder(db).map((code) => code.toUpperCase()));
    const taken = valid.filter((pathway) => existing.has(pathway.code.toUpperCase()));
    if (taken.length > 0) {
      throw new PathwayDataError(
        'duplicate-code',
        `The plan already has ${taken.length === 1 ? 'a pathway' : 'pathways'} ` +
          `${listInWords(taken.map((pathway) => pathway.code))}; nothing was added. ` +
          'Rename or remove the existing ones first.',
      );
    }
    insertPathways(db, valid, nextPosition(db));
  })();
}

/**
 * Saves one pathway: replaces the one with the same code (ignoring case) in its place, or adds
 * it at the end. To rename a code, replace the whole list.
 */
export function savePathway(db: PlanDatabase, pathway: Pathway): void {
  const [valid] = validatePathways([pathway], `Pathway ${pathway.code} was not saved:`);
  if (!valid) return;
  db.transaction(() => {
    const existing = db.prepare('SELECT id FROM pathways WHERE code = ?').pluck().get(valid.code);
    if (existing === undefined) {
      insertPathways(db, [valid], nextPosition(db));
      return;
    }
    db.prepare(
      `UPDATE pathways SET code = ?, name = ?, description = ?, option_count = ?, free_slots = ?,
         rules_json = ?, eligibility_json = ?
       WHERE id = ?`,
    ).run(
      valid.code,
      valid.name,
      valid.description,
      valid.optionCount,
      valid.freeSlots,
      JSON.stringify(valid.rules),
      JSON.stringify(valid.eligibility),
      existing,
    );
  })();
}

/** Removes one pathway; refuses while pupils are on it, naming them. */
export function deletePathway(db: PlanDatabase, code: string): void {
  db.transaction(() => {
    const codes = readPathwayCodesInOrder(db);
    const remaining = codes.filter((existing) => existing.toUpperCase() !== code.toUpperCase());
    if (remaining.length === codes.length) {
      throw new PathwayDataError('unknown-pathway', `The plan has no pathway ${code}.`);
    }
    refuseRemovingPathwaysInUse(db, remaining);
    db.prepare('DELETE FROM pathways WHERE code = ?').run(code);
    clearDecisionsForMissingRoutes(db);
  })();
}

function nextPosition(db: PlanDatabase): number {
  return db.prepare('SELECT coalesce(max(position), -1) + 1 FROM pathways').pluck().get() as number;
}

/** The plan's pathway codes in display order, without reading their rules. */
export function readPathwayCodesInOrder(db: PlanDatabase): string[] {
  return db.prepare('SELECT code FROM pathways ORDER BY position, code').pluck().all() as string[];
}
