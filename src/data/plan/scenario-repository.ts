import type {
  LockedPlacement,
  Solution,
  SolverMetrics,
  UnresolvedChoice,
} from '../../core/solver/types';
import { planHasWhatIfs, readStoredWhatIfs, whatIfAdditions } from '../scenarios/stored-what-ifs';
import type { PlanDatabase } from './plan-file';

/**
 * Scenarios: named solutions (groups, their blocks and teachers, pupils' places) with the
 * figures and explanations worked out when they were made. Callers wrap writes in a transaction.
 */

export interface ScenarioFigures {
  metrics: SolverMetrics;
  unresolved: UnresolvedChoice[];
  /** How the scenario was made, e.g. the seed and time limit of a solver run. */
  origin?: Record<string, string | number>;
}

export interface ScenarioSummary {
  name: string;
  createdAt: string;
  isAgreed: boolean;
  notes: string;
  metrics: SolverMetrics | null;
}

export interface StoredScenario extends ScenarioSummary {
  solution: Solution;
  unresolved: UnresolvedChoice[];
  origin: Record<string, string | number>;
  /** Group label → blocks, for the groups the user pinned. */
  pins: Record<string, string[]>;
  lockedPlacements: LockedPlacement[];
}

export interface SaveScenarioInput {
  name: string;
  solution: Solution;
  figures: ScenarioFigures;
  pinnedGroups?: readonly string[];
  lockedPlacements?: readonly LockedPlacement[];
  notes?: string;
  /** Replace a scenario of the same name instead of refusing. */
  replace?: boolean;
  now?: Date;
}

export class ScenarioExistsError extends Error {
  constructor(readonly scenario: string) {
    super(`There is already a scenario called "${scenario}".`);
    this.name = 'ScenarioExistsError';
  }
}

type IdMap = Map<string, number>;

function idMap(db: PlanDatabase, sql: string): IdMap {
  const rows = db.prepare(sql).all() as { key: string; id: number }[];
  return new Map(rows.map((row) => [row.key.toUpperCase(), row.id]));
}

function idOf(ids: IdMap, key: string, what: string): number {
  const id = ids.get(key.toUpperCase());
  if (id === undefined)
    throw new Error(`The solution names ${what} "${key}", which the plan does not have.`);
  return id;
}

/** Deleted scenarios are kept only so that the last one can be restored: nothing else sees them. */
const LIVE = 'deleted_at IS NULL';

export function scenarioExists(db: PlanDatabase, name: string): boolean {
  return db.prepare(`SELECT 1 FROM scenarios WHERE name = ? AND ${LIVE}`).get(name) !== undefined;
}

/** Forgets a deleted scenario of this name for good, so the name can be used again. */
export function purgeDeletedScenario(db: PlanDatabase, name: string): void {
  if (!planHasWhatIfs(db)) return;
  db.prepare('DELETE FROM scenarios WHERE name = ? AND deleted_at IS NOT NULL').run(name);
}

export function saveScenario(db: PlanDatabase, input: SaveScenarioInput): void {
  purgeDeletedScenario(db, input.name);
  const existing = db.prepare('SELECT id FROM scenarios WHERE name = ?').pluck().get(input.name);
  if (existing !== undefined) {
    if (!input.replace) throw new ScenarioExistsError(input.name);
    db.prepare('DELETE FROM scenarios WHERE id = ?').run(existing);
  }
  const { id: scenarioId } = db
    .prepare(
      `INSERT INTO scenarios (name, created_at, notes, metrics_json) VALUES (?, ?, ?, ?)
       RETURNING id`,
    )
    .get(
      input.name,
      (input.now ?? new Date()).toISOString(),
      input.notes ?? '',
      JSON.stringify(input.figures),
    ) as { id: number };

  insertScenarioContent(db, scenarioId, {
    solution: input.solution,
    pinnedGroups: input.pinnedGroups ?? [],
    lockedPlacements: input.lockedPlacements ?? [],
  });
}

/** What a scenario holds besides its own row: groups, their blocks and teachers, and seats. */
export interface ScenarioContent {
  solution: Solution;
  pinnedGroups: readonly string[];
  /** Held by the allocation of the same pupil and course; a lock with no seat is dropped. */
  lockedPlacements: readonly LockedPlacement[];
}

/**
 * Writes the groups, group blocks and allocations of a scenario that has none. Throws when the
 * solution names a course, teacher, block, pupil or group the plan does not have, unless the
 * scenario's own what-ifs add that teacher or block: those are kept by name.
 */
export function insertScenarioContent(
  db: PlanDatabase,
  scenarioId: number,
  content: ScenarioContent,
): void {
  const courseIds = idMap(db, 'SELECT code AS key, id FROM courses');
  const staffIds = idMap(db, 'SELECT code AS key, id FROM staff');
  const blockIds = idMap(db, 'SELECT name AS key, id FROM blocks');
  const pupilIds = idMap(db, 'SELECT upn AS key, id FROM pupils');
  const pinned = new Set(content.pinnedGroups);
  const extras = whatIfAdditions(readStoredWhatIfs(db, scenarioId));

  const addGroup = db.prepare(
    `INSERT INTO teaching_groups (scenario_id, course_id, label, staff_id, pinned)
     VALUES (?, ?, ?, ?, ?) RETURNING id`,
  );
  // Prepared only when used: a plan file in an older format has no what-if columns.
  const setWhatIfTeacher = (groupId: number, teacher: string) =>
    db.prepare('UPDATE teaching_groups SET what_if_teacher = ? WHERE id = ?').run(teacher, groupId);
  const addGroupBlock = db.prepare(
    'INSERT INTO teaching_group_blocks (group_id, block_id) VALUES (?, ?)',
  );
  const addWhatIfBlock = (groupId: number, name: string, position: number) =>
    db
      .prepare(
        'INSERT INTO teaching_group_what_if_blocks (group_id, name, position) VALUES (?, ?, ?)',
      )
      .run(groupId, name, position);
  const groupIds: IdMap = new Map();
  for (const group of content.solution.groups) {
    const whatIfTeacher =
      group.teacher !== null &&
      !staffIds.has(group.teacher.toUpperCase()) &&
      extras.teachers.has(group.teacher.toUpperCase());
    const { id } = addGroup.get(
      scenarioId,
      idOf(courseIds, group.course, 'course'),
      group.label,
      group.teacher === null || whatIfTeacher ? null : idOf(staffIds, group.teacher, 'teacher'),
      pinned.has(group.label) ? 1 : 0,
    ) as { id: number };
    if (whatIfTeacher && group.teacher !== null) setWhatIfTeacher(id, group.teacher);
    groupIds.set(group.label.toUpperCase(), id);
    group.blocks.forEach((block, position) => {
      if (!blockIds.has(block.toUpperCase()) && extras.blocks.has(block.toUpperCase())) {
        addWhatIfBlock(id, block, position);
      } else {
        addGroupBlock.run(id, idOf(blockIds, block, 'block'));
      }
    });
  }

  const locked = new Set(
    content.lockedPlacements.map((lock) => `${lock.upn}\u0000${lock.course}`.toUpperCase()),
  );
  const addPlacement = db.prepare(
    `INSERT INTO allocations (scenario_id, pupil_id, course_id, group_id, locked)
     VALUES (?, ?, ?, ?, ?)`,
  );
  for (const placement of content.solution.placements) {
    addPlacement.run(
      scenarioId,
      idOf(pupilIds, placement.upn, 'pupil'),
      idOf(courseIds, placement.course, 'course'),
      idOf(groupIds, placement.group, 'group'),
      locked.has(`${placement.upn}\u0000${placement.course}`.toUpperCase()) ? 1 : 0,
    );
  }
}

interface ScenarioRow {
  id: number;
  name: string;
  created_at: string;
  is_agreed: 0 | 1;
  notes: string;
  metrics_json: string | null;
}

function parseFigures(json: string | null): ScenarioFigures | null {
  return json === null ? null : (JSON.parse(json) as ScenarioFigures);
}

function summaryOf(row: ScenarioRow): ScenarioSummary {
  return {
    name: row.name,
    createdAt: row.created_at,
    isAgreed: row.is_agreed === 1,
    notes: row.notes,
    metrics: parseFigures(row.metrics_json)?.metrics ?? null,
  };
}

export function listScenarios(db: PlanDatabase): ScenarioSummary[] {
  const rows = db
    .prepare(`SELECT * FROM scenarios WHERE ${LIVE} ORDER BY created_at, id`)
    .all() as ScenarioRow[];
  return rows.map(summaryOf);
}

/** The most recently made scenario's name, or null when the plan has none. */
export function latestScenarioName(db: PlanDatabase): string | null {
  const name = db
    .prepare(`SELECT name FROM scenarios WHERE ${LIVE} ORDER BY created_at DESC, id DESC LIMIT 1`)
    .pluck()
    .get();
  return typeof name === 'string' ? name : null;
}

/** The scenario the app and the command line use by default: the agreed plan, else the newest. */
export function agreedOrLatestScenarioName(db: PlanDatabase): string | null {
  const agreed = db
    .prepare(`SELECT name FROM scenarios WHERE is_agreed = 1 AND ${LIVE} ORDER BY id LIMIT 1`)
    .pluck()
    .get();
  return typeof agreed === 'string' ? agreed : latestScenarioName(db);
}

export function readScenario(db: PlanDatabase, name: string): StoredScenario | null {
  const row = db.prepare(`SELECT * FROM scenarios WHERE name = ? AND ${LIVE}`).get(name) as
    ScenarioRow | undefined;
  if (!row) return null;
  const groupRows = db
    .prepare(
      `SELECT g.id, g.label, c.code AS course, coalesce(s.code, g.what_if_teacher) AS teacher,
              g.pinned
       FROM teaching_groups g JOIN courses c ON c.id = g.course_id
       LEFT JOIN staff s ON s.id = g.staff_id
       WHERE g.scenario_id = ? ORDER BY c.position, g.label`,
    )
    .all(row.id) as {
    id: number;
    label: string;
    course: string;
    teacher: string | null;
    pinned: 0 | 1;
  }[];
  const blockRows = db
    .prepare(
      `SELECT tgb.group_id AS groupId, b.name, b.position AS rank FROM teaching_group_blocks tgb
       JOIN blocks b ON b.id = tgb.block_id JOIN teaching_groups g ON g.id = tgb.group_id
       WHERE g.scenario_id = ?
       UNION ALL
       SELECT w.group_id, w.name, 1000000 + w.position FROM teaching_group_what_if_blocks w
       JOIN teaching_groups g ON g.id = w.group_id WHERE g.scenario_id = ?
       ORDER BY rank`,
    )
    .all(row.id, row.id) as { groupId: number; name: string }[];
  const blocksByGroup = new Map<number, string[]>();
  for (const { groupId, name: block } of blockRows) {
    blocksByGroup.set(groupId, [...(blocksByGroup.get(groupId) ?? []), block]);
  }
  const placementRows = db
    .prepare(
      `SELECT p.upn, c.code AS course, g.label AS grp, a.locked,
              EXISTS (SELECT 1 FROM choices ch WHERE ch.pupil_id = a.pupil_id
                      AND ch.course_id = a.course_id AND ch.is_reserve = 1) AS reserve
       FROM allocations a JOIN pupils p ON p.id = a.pupil_id
       JOIN courses c ON c.id = a.course_id JOIN teaching_groups g ON g.id = a.group_id
       WHERE a.scenario_id = ? ORDER BY p.surname, p.forename, p.upn, c.position`,
    )
    .all(row.id) as { upn: string; course: string; grp: string; locked: 0 | 1; reserve: 0 | 1 }[];

  const figures = parseFigures(row.metrics_json);
  const groups = groupRows.map((group) => ({
    label: group.label,
    course: group.course,
    blocks: blocksByGroup.get(group.id) ?? [],
    teacher: group.teacher,
  }));
  return {
    ...summaryOf(row),
    solution: {
      groups,
      placements: placementRows.map((placement) => ({
        upn: placement.upn,
        course: placement.course,
        group: placement.grp,
        reserve: placement.reserve === 1,
      })),
    },
    unresolved: figures?.unresolved ?? [],
    origin: figures?.origin ?? {},
    pins: Object.fromEntries(
      groupRows
        .filter((group) => group.pinned === 1)
        .map((group) => [group.label, blocksByGroup.get(group.id) ?? []]),
    ),
    lockedPlacements: placementRows
      .filter((placement) => placement.locked === 1)
      .map((placement) => ({ upn: placement.upn, course: placement.course, group: placement.grp })),
  };
}
