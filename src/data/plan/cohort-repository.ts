import type {
  AttainmentBand,
  ChoiceList,
  Cohort,
  Course,
  Pupil,
  SendStatus,
  StaffMember,
} from '../../core/model';
import type { PlanDatabase } from './plan-file';

/**
 * Reads and writes the cohort (blocks, courses, aliases, pupils, staff, choices) of a plan.
 * Writers do not open transactions themselves: callers wrap a whole user action in one.
 */

interface BlockRow {
  id: number;
  name: string;
}

export function readBlocks(db: PlanDatabase): string[] {
  return db.prepare('SELECT name FROM blocks ORDER BY position').pluck().all() as string[];
}

/**
 * Sets the plan's blocks. Blocks that keep their name keep their id (so allowed blocks and
 * staff availability survive a rename of others); removed blocks must not be in use.
 */
export function writeBlocks(db: PlanDatabase, names: readonly string[]): void {
  const existing = db.prepare('SELECT id, name FROM blocks').all() as BlockRow[];
  const wanted = new Set(names.map((name) => name.toUpperCase()));
  const remove = db.prepare('DELETE FROM blocks WHERE id = ?');
  for (const row of existing) {
    if (!wanted.has(row.name.toUpperCase())) remove.run(row.id);
  }
  // Shift positions out of the way first: position is unique.
  db.prepare('UPDATE blocks SET position = position + 100000').run();
  const upsert = db.prepare(
    `INSERT INTO blocks (name, position) VALUES (?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, name = excluded.name`,
  );
  names.forEach((name, index) => upsert.run(name, index));
}

/** Names of blocks that hold a teaching group in some scenario (they cannot be removed). */
export function readBlocksInUse(db: PlanDatabase): string[] {
  return db
    .prepare(
      `SELECT DISTINCT b.name FROM teaching_group_blocks tgb JOIN blocks b ON b.id = tgb.block_id
       ORDER BY b.position`,
    )
    .pluck()
    .all() as string[];
}

export function readPathwayCodes(db: PlanDatabase): string[] {
  return db.prepare('SELECT code FROM pathways ORDER BY code').pluck().all() as string[];
}

function blockIdsByName(db: PlanDatabase): Map<string, number> {
  const rows = db.prepare('SELECT id, name FROM blocks').all() as BlockRow[];
  return new Map(rows.map((row) => [row.name.toUpperCase(), row.id]));
}

function idsByCode(db: PlanDatabase, table: 'courses' | 'staff' | 'pupils'): Map<string, number> {
  const keyColumn = table === 'pupils' ? 'upn' : 'code';
  const rows = db.prepare(`SELECT id, ${keyColumn} AS key FROM ${table}`).all() as {
    id: number;
    key: string;
  }[];
  return new Map(rows.map((row) => [row.key.toUpperCase(), row.id]));
}

function requireId(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key.toUpperCase());
  if (id === undefined) throw new Error(`Unknown ${what} "${key}".`);
  return id;
}

interface CourseRow {
  id: number;
  code: string;
  name: string;
  max_group_size: number;
  min_group_size: number;
  groups: number | null;
  blocks_spanned: 1 | 2;
  qualification: string | null;
  category: string | null;
}

export function readCourses(db: PlanDatabase): Course[] {
  const rows = db.prepare('SELECT * FROM courses ORDER BY position, code').all() as CourseRow[];
  const allowed = groupBy(
    db
      .prepare(
        `SELECT cab.course_id AS owner, b.name AS value FROM course_allowed_blocks cab
         JOIN blocks b ON b.id = cab.block_id ORDER BY b.position`,
      )
      .all() as OwnedValue[],
  );
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    maxGroupSize: row.max_group_size,
    minGroupSize: row.min_group_size,
    groups: row.groups,
    blocksSpanned: row.blocks_spanned,
    allowedBlocks: allowed.get(row.id) ?? [],
    qualification: row.qualification,
    category: row.category,
  }));
}

/** Inserts new courses and updates existing ones (matched by code). */
export function upsertCourses(db: PlanDatabase, courses: readonly Course[]): void {
  const nextPosition =
    (db.prepare('SELECT coalesce(max(position), -1) + 1 FROM courses').pluck().get() as number) ??
    0;
  const upsert = db.prepare(
    `INSERT INTO courses (code, name, max_group_size, min_group_size, groups, blocks_spanned,
                          qualification, category, position)
     VALUES (@code, @name, @maxGroupSize, @minGroupSize, @groups, @blocksSpanned,
             @qualification, @category, @position)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, max_group_size = excluded.max_group_size,
       min_group_size = excluded.min_group_size, groups = excluded.groups,
       blocks_spanned = excluded.blocks_spanned, qualification = excluded.qualification,
       category = excluded.category
     RETURNING id`,
  );
  const clearAllowed = db.prepare('DELETE FROM course_allowed_blocks WHERE course_id = ?');
  const addAllowed = db.prepare(
    'INSERT INTO course_allowed_blocks (course_id, block_id) VALUES (?, ?)',
  );
  const blockIds = blockIdsByName(db);
  courses.forEach((course, index) => {
    const { id } = upsert.get({ ...course, position: nextPosition + index }) as { id: number };
    clearAllowed.run(id);
    for (const block of course.allowedBlocks) {
      addAllowed.run(id, requireId(blockIds, block, 'block'));
    }
  });
}

export interface CourseAlias {
  alias: string;
  courseCode: string;
}

export function readCourseAliases(db: PlanDatabase): CourseAlias[] {
  return db
    .prepare(
      `SELECT a.alias AS alias, c.code AS courseCode FROM course_aliases a
       JOIN courses c ON c.id = a.course_id ORDER BY c.position, a.alias`,
    )
    .all() as CourseAlias[];
}

/** Adds aliases or points existing ones at another course. */
export function upsertCourseAliases(db: PlanDatabase, aliases: readonly CourseAlias[]): void {
  const courseIds = idsByCode(db, 'courses');
  const upsert = db.prepare(
    `INSERT INTO course_aliases (alias, course_id) VALUES (?, ?)
     ON CONFLICT (alias) DO UPDATE SET course_id = excluded.course_id`,
  );
  for (const { alias, courseCode } of aliases) {
    upsert.run(alias.trim(), requireId(courseIds, courseCode, 'course'));
  }
}

export function deleteCourseAlias(db: PlanDatabase, alias: string): boolean {
  return db.prepare('DELETE FROM course_aliases WHERE alias = ?').run(alias).changes > 0;
}

interface PupilRow {
  upn: string;
  surname: string;
  forename: string;
  form: string | null;
  gender: string | null;
  disadvantaged: 0 | 1;
  send: SendStatus;
  eal: 0 | 1;
  prior_attainment_score: number | null;
  prior_attainment_band: AttainmentBand | null;
  pathway_code: string | null;
}

export function readPupils(db: PlanDatabase): Pupil[] {
  const rows = db
    .prepare('SELECT * FROM pupils ORDER BY surname, forename, upn')
    .all() as PupilRow[];
  return rows.map((row) => ({
    upn: row.upn,
    surname: row.surname,
    forename: row.forename,
    form: row.form,
    gender: row.gender,
    disadvantaged: row.disadvantaged === 1,
    send: row.send,
    eal: row.eal === 1,
    priorAttainment: { score: row.prior_attainment_score, band: row.prior_attainment_band },
    pathway: row.pathway_code,
  }));
}

/** Inserts new pupils and updates existing ones (matched by UPN). */
export function upsertPupils(db: PlanDatabase, pupils: readonly Pupil[]): void {
  const upsert = db.prepare(
    `INSERT INTO pupils (upn, surname, forename, form, gender, disadvantaged, send, eal,
                         prior_attainment_score, prior_attainment_band, pathway_code)
     VALUES (@upn, @surname, @forename, @form, @gender, @disadvantaged, @send, @eal,
             @score, @band, @pathway)
     ON CONFLICT (upn) DO UPDATE SET surname = excluded.surname, forename = excluded.forename,
       form = excluded.form, gender = excluded.gender, disadvantaged = excluded.disadvantaged,
       send = excluded.send, eal = excluded.eal,
       prior_attainment_score = excluded.prior_attainment_score,
       prior_attainment_band = excluded.prior_attainment_band, pathway_code = excluded.pathway_code`,
  );
  for (const pupil of pupils) {
    upsert.run({
      upn: pupil.upn,
      surname: pupil.surname,
      forename: pupil.forename,
      form: pupil.form,
      gender: pupil.gender,
      disadvantaged: pupil.disadvantaged ? 1 : 0,
      send: pupil.send,
      eal: pupil.eal ? 1 : 0,
      score: pupil.priorAttainment.score,
      band: pupil.priorAttainment.band,
      pathway: pupil.pathway,
    });
  }
}

interface StaffRow {
  id: number;
  code: string;
  name: string;
  max_groups: number | null;
}

export function readStaff(db: PlanDatabase): StaffMember[] {
  const rows = db.prepare('SELECT * FROM staff ORDER BY code').all() as StaffRow[];
  const courses = groupBy(
    db
      .prepare(
        `SELECT sc.staff_id AS owner, c.code AS value FROM staff_courses sc
         JOIN courses c ON c.id = sc.course_id ORDER BY c.position, c.code`,
      )
      .all() as OwnedValue[],
  );
  const unavailable = groupBy(
    db
      .prepare(
        `SELECT su.staff_id AS owner, b.name AS value FROM staff_unavailable_blocks su
         JOIN blocks b ON b.id = su.block_id ORDER BY b.position`,
      )
      .all() as OwnedValue[],
  );
  return rows.map((row) => ({
    code: row.code,
    name: row.name,
    courses: courses.get(row.id) ?? [],
    maxGroups: row.max_groups,
    unavailableBlocks: unavailable.get(row.id) ?? [],
  }));
}

/** Inserts new staff and updates existing ones (matched by code), replacing their courses. */
export function upsertStaff(db: PlanDatabase, staff: readonly StaffMember[]): void {
  const upsert = db.prepare(
    `INSERT INTO staff (code, name, max_groups) VALUES (@code, @name, @maxGroups)
     ON CONFLICT (code) DO UPDATE SET name = excluded.name, max_groups = excluded.max_groups
     RETURNING id`,
  );
  const clearCourses = db.prepare('DELETE FROM staff_courses WHERE staff_id = ?');
  const addCourse = db.prepare('INSERT INTO staff_courses (staff_id, course_id) VALUES (?, ?)');
  const clearUnavailable = db.prepare('DELETE FROM staff_unavailable_blocks WHERE staff_id = ?');
  const addUnavailable = db.prepare(
    'INSERT INTO staff_unavailable_blocks (staff_id, block_id) VALUES (?, ?)',
  );
  const courseIds = idsByCode(db, 'courses');
  const blockIds = blockIdsByName(db);
  for (const member of staff) {
    const { id } = upsert.get(member) as { id: number };
    clearCourses.run(id);
    for (const code of member.courses) addCourse.run(id, requireId(courseIds, code, 'course'));
    clearUnavailable.run(id);
    for (const block of member.unavailableBlocks) {
      addUnavailable.run(id, requireId(blockIds, block, 'block'));
    }
  }
}

export function readChoices(db: PlanDatabase): ChoiceList[] {
  const rows = db
    .prepare(
      `SELECT p.upn AS upn, ch.is_reserve AS isReserve, c.code AS code
       FROM choices ch JOIN pupils p ON p.id = ch.pupil_id JOIN courses c ON c.id = ch.course_id
       ORDER BY p.surname, p.forename, p.upn, ch.is_reserve, ch.rank`,
    )
    .all() as { upn: string; isReserve: 0 | 1; code: string }[];
  const lists = new Map<string, ChoiceList>();
  for (const row of rows) {
    let list = lists.get(row.upn);
    if (!list) {
      list = { upn: row.upn, choices: [], reserves: [] };
      lists.set(row.upn, list);
    }
    (row.isReserve ? list.reserves : list.choices).push(row.code);
  }
  return [...lists.values()];
}

/** Replaces the whole choice list of each pupil named; other pupils' choices are kept. */
export function replaceChoices(db: PlanDatabase, lists: readonly ChoiceList[]): void {
  const pupilIds = idsByCode(db, 'pupils');
  const courseIds = idsByCode(db, 'courses');
  const clear = db.prepare('DELETE FROM choices WHERE pupil_id = ?');
  const add = db.prepare(
    'INSERT INTO choices (pupil_id, is_reserve, rank, course_id) VALUES (?, ?, ?, ?)',
  );
  for (const list of lists) {
    const pupilId = requireId(pupilIds, list.upn, 'pupil');
    clear.run(pupilId);
    list.choices.forEach((code, index) =>
      add.run(pupilId, 0, index + 1, requireId(courseIds, code, 'course')),
    );
    list.reserves.forEach((code, index) =>
      add.run(pupilId, 1, index + 1, requireId(courseIds, code, 'course')),
    );
  }
}

export function readCohort(db: PlanDatabase): Cohort {
  return {
    blocks: readBlocks(db),
    courses: readCourses(db),
    pupils: readPupils(db),
    choices: readChoices(db),
    staff: readStaff(db),
  };
}

interface OwnedValue {
  owner: number;
  value: string;
}

function groupBy(rows: readonly OwnedValue[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const { owner, value } of rows) {
    const values = grouped.get(owner);
    if (values) values.push(value);
    else grouped.set(owner, [value]);
  }
  return grouped;
}
