import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type PlanDatabase = Database.Database;

/** Written into the SQLite header so that a plan file can be told from any other database. */
export const PLAN_APPLICATION_ID = 0x4b533450; // "KS4P"

export type PlanFileErrorCode =
  'not-found' | 'not-a-plan' | 'newer-version' | 'corrupt' | 'busy' | 'migration-failed';

export class PlanFileError extends Error {
  constructor(
    readonly code: PlanFileErrorCode,
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

export interface OpenPlanOptions {
  /** Create a new plan when the file does not exist (default false). */
  create?: boolean;
  /** Open without writing; a plan that needs migrating is refused. */
  readonly?: boolean;
  /** For tests of the migration machinery; defaults to the app's own migrations. */
  migrations?: readonly Migration[];
  /** Clock for backup file names; defaults to now. */
  now?: () => Date;
  /**
   * Hold an exclusive lock for as long as the database is open (ignored when readonly), so
   * that no other window or program can read or change the plan meanwhile: a second open
   * gets the 'busy' error instead of a plan that two writers could corrupt. While it is held,
   * nothing else in this process may open the file by other means (fs): on POSIX systems,
   * closing any descriptor of a file drops every lock the process holds on it.
   */
  exclusive?: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * How long opening waits for another connection's lock: enough for another program's brief
 * write to finish, short enough that a plan held open elsewhere is reported at once.
 */
const OPENING_BUSY_TIMEOUT_MS = 1000;
/** How long each statement waits for a lock once the plan is open. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) a plan file: checks that it is a plan, that this version can read it and
 * that it is not damaged, backs it up and migrates it when it is older, and sets the pragmas
 * every connection needs. Throws PlanFileError with a message a user can act on.
 */
export function openPlanFile(path: string, options: OpenPlanOptions = {}): PlanDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  const exists = existsSync(path);
  if (!exists && !options.create) {
    throw new PlanFileError('not-found', `There is no plan file at ${path}.`, path);
  }
  const isNewFile = !exists || statSync(path).size === 0;
  if (!isNewFile) checkLooksLikeSqlite(path);

  let db: PlanDatabase;
  try {
    db = new Database(path, { readonly: Boolean(options.readonly) && !isNewFile });
  } catch (error) {
    throw translateSqliteError(error, path);
  }
  try {
    db.pragma(`busy_timeout = ${OPENING_BUSY_TIMEOUT_MS}`);
    if (!isNewFile) checkIsPlan(db, path);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new PlanFileError(
        'newer-version',
        `${basename(path)} was saved by a newer version of KS4 Planner (plan format ${version}; ` +
          `this version reads formats up to ${latest}). Update KS4 Planner to open it; ` +
          'the file has not been changed.',
        path,
      );
    }
    if (!isNewFile) checkNotCorrupt(db, path);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (options.exclusive && !options.readonly) holdExclusiveLock(db);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (version < latest) {
      if (options.readonly) {
        throw new PlanFileError(
          'migration-failed',
          `${basename(path)} is in an older plan format and must be opened for writing to be upgraded.`,
          path,
        );
      }
      if (version > 0) backupBeforeMigration(db, path, version, options.now?.() ?? new Date());
      migrate(db, migrations, version, path);
    }
    return db;
  } catch (error) {
    db.close();
    throw error instanceof PlanFileError ? error : translateSqliteError(error, path);
  }
}

/**
 * In WAL mode, EXCLUSIVE locking takes the file's lock at the next write and keeps it until
 * the connection closes; an empty write transaction takes it now. Every other connection,
 * in this process or another, then gets SQLITE_BUSY, even to read.
 */
function holdExclusiveLock(db: PlanDatabase): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN IMMEDIATE; COMMIT');
}

function checkLooksLikeSqlite(path: string): void {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let bytesRead: number;
  try {
    bytesRead = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (bytesRead < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new PlanFileError(
      'not-a-plan',
      `${basename(path)} is not a KS4 Planner plan file${describeForeignFile(header, bytesRead)}.`,
      path,
    );
  }
}

function describeForeignFile(header: Buffer, length: number): string {
  const start = header.subarray(0, length);
  if (start.subarray(0, 4).toString('latin1') === 'PK\x03\x04') {
    return ' (it looks like a spreadsheet or other zip file: import it instead of opening it)';
  }
  if (start.subarray(0, 5).toString('latin1') === '%PDF-') return ' (it is a PDF)';
  if (!start.includes(0))
    return ' (it looks like a text or CSV file: import it instead of opening it)';
  return '';
}

function checkIsPlan(db: PlanDatabase, path: string): void {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === PLAN_APPLICATION_ID) return;
  const tableCount = db
    .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
    .pluck()
    .get() as number;
  if (applicationId !== 0 || tableCount > 0) {
    throw new PlanFileError(
      'not-a-plan',
      `${basename(path)} is a database, but not a KS4 Planner plan file.`,
      path,
    );
  }
}

function checkNotCorrupt(db: PlanDatabase, path: string): void {
  const result = db.pragma('quick_check', { simple: true }) as string;
  if (result !== 'ok') {
    throw new PlanFileError(
      'corrupt',
      `${basename(path)} is damaged (${result}). Open a backup copy of the plan instead.`,
      path,
    );
  }
}

function backupBeforeMigration(db: PlanDatabase, path: string, version: number, now: Date): void {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backupPath = `${path}.format${version}-${stamp}.bak`;
  db.prepare('VACUUM INTO ?').run(backupPath);
}

function migrate(
  db: PlanDatabase,
  migrations: readonly Migration[],
  fromVersion: number,
  path: string,
): void {
  for (const migration of migrations.slice(fromVersion)) {
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.pragma(`application_id = ${PLAN_APPLICATION_ID}`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (error) {
      throw new PlanFileError(
        'migration-failed',
        `Could not upgrade ${basename(path)} to plan format ${migration.version} ` +
          `(${migration.description}): ${(error as Error).message}. The file was left as it was.`,
        path,
      );
    }
  }
}

function translateSqliteError(error: unknown, path: string): PlanFileError {
  const code = (error as { code?: string }).code ?? '';
  const message = (error as Error).message;
  if (code === 'SQLITE_NOTADB') {
    return new PlanFileError(
      'not-a-plan',
      `${basename(path)} is not a KS4 Planner plan file.`,
      path,
    );
  }
  if (code.startsWith('SQLITE_CORRUPT')) {
    return new PlanFileError(
      'corrupt',
      `${basename(path)} is damaged (${message}). Open a backup copy of the plan instead.`,
      path,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new PlanFileError(
      'busy',
      `${basename(path)} is open in another KS4 Planner window or program. Close it there first.`,
      path,
    );
  }
  return new PlanFileError('corrupt', `Could not open ${basename(path)}: ${message}`, path);
}

export { LATEST_SCHEMA_VERSION };
