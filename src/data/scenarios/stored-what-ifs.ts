import { z } from 'zod';
import type { WhatIfEdit } from '../../core/scenarios';
import type { PlanDatabase } from '../plan/plan-file';
import { ScenarioError } from './scenario-errors';

/**
 * A scenario's what-ifs as the plan file keeps them (scenarios.what_ifs_json), read back with
 * the same checks the API applies, so a damaged file is reported rather than half-used.
 */
const code = z.string().trim().min(1);
const whatIfJson = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drop-course'), course: code }),
  z.object({ kind: z.literal('set-groups'), course: code, groups: z.int().min(0) }),
  z.object({ kind: z.literal('set-size-limit'), course: code, maxGroupSize: z.int().min(1) }),
  z.object({ kind: z.literal('remove-teacher'), staff: code }),
  z.object({
    kind: z.literal('add-teacher'),
    staff: code,
    name: code,
    courses: z.array(code),
    maxGroups: z.int().min(0).nullable(),
  }),
  z.object({ kind: z.literal('set-blocks'), blocks: z.array(code).min(1) }),
  z.object({
    kind: z.literal('change-choices'),
    upn: code,
    choices: z.array(code),
    reserves: z.array(code),
  }),
]);
const whatIfListJson = z.array(whatIfJson);

export function parseWhatIfs(json: string, scenario: string): WhatIfEdit[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  const parsed = whatIfListJson.safeParse(value);
  if (!parsed.success) {
    throw new ScenarioError(
      'damaged',
      `The what-ifs of scenario "${scenario}" are damaged and cannot be read. ` +
        'Set its what-ifs again, or delete it; the other scenarios are unharmed.',
    );
  }
  return parsed.data;
}

export function serialiseWhatIfs(edits: readonly WhatIfEdit[]): string {
  return JSON.stringify(edits);
}

/** The plan format that added what-ifs and restorable deletion (migration 4). */
const WHAT_IF_FORMAT = 4;

/**
 * False for a plan file still in an older format: tests write such files with today's
 * repository functions before upgrading them, and those files have no what-if columns.
 */
export function planHasWhatIfs(db: PlanDatabase): boolean {
  return (db.pragma('user_version', { simple: true }) as number) >= WHAT_IF_FORMAT;
}

/** The what-ifs of the scenario with this id; none for a scenario without any. */
export function readStoredWhatIfs(db: PlanDatabase, scenarioId: number): WhatIfEdit[] {
  if (!planHasWhatIfs(db)) return [];
  const row = db
    .prepare('SELECT name, what_ifs_json FROM scenarios WHERE id = ?')
    .get(scenarioId) as { name: string; what_ifs_json: string } | undefined;
  return row ? parseWhatIfs(row.what_ifs_json, row.name) : [];
}

/**
 * Teacher codes and block names (upper-cased) that only the what-ifs bring in: a layout may
 * use them although the plan's staff and blocks do not have them.
 */
export function whatIfAdditions(edits: readonly WhatIfEdit[]): {
  teachers: Set<string>;
  blocks: Set<string>;
} {
  const teachers = new Set<string>();
  const blocks = new Set<string>();
  for (const edit of edits) {
    if (edit.kind === 'add-teacher') teachers.add(edit.staff.trim().toUpperCase());
    if (edit.kind === 'set-blocks') {
      for (const block of edit.blocks) blocks.add(block.trim().toUpperCase());
    }
  }
  return { teachers, blocks };
}
