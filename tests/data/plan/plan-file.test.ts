import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LATEST_SCHEMA_VERSION,
  MIGRATIONS,
  type Migration,
} from '../../../src/data/plan/migrations';
import { openPlanFile, PLAN_APPLICATION_ID, PlanFileError } from '../../../src/data/plan/plan-file';
import { readSetting, writeSetting } from '../../../src/data/plan/settings-repository';
import { makeTempDir, sha256OfFile } from './temp-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function expectPlanFileError(action: () => unknown, code: PlanFileError['code'], text: RegExp) {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PlanFileError);
  expect((caught as PlanFileError).code).toBe(code);
  expect((caught as PlanFileError).message).toMatch(text);
}

describe('creating a plan file', () => {
  it('creates the latest schema with WAL, foreign keys and the plan marker', () => {
    const path = join(dir, 'new.ks4');
    const db = openPlanFile(path, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(PLAN_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses to open a missing file unless asked to create it', () => {
    expectPlanFileError(() => openPlanFile(join(dir, 'missing.ks4')), 'not-found', /no plan file/);
  });

  it('reopens a plan with its data', () => {
    const path = join(dir, 'plan.ks4');
    const db = openPlanFile(path, { create: true });
    writeSetting(db, 'school_name', 'Hillside Academy');
    db.close();
    const reopened = openPlanFile(path);
    expect(readSetting(reopened, 'school_name')).toBe('Hillside Academy');
    reopened.close();
  });

  it('enforces foreign keys: a choice must name a real course', () => {
    const db = openPlanFile(join(dir, 'fk.ks4'), { create: true });
    db.prepare("INSERT INTO pupils (upn, surname, forename) VALUES ('A1', 'Smith', 'Ann')").run();
    expect(() =>
      db
        .prepare('INSERT INTO choices (pupil_id, is_reserve, rank, course_id) VALUES (1, 0, 1, 99)')
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });
});

describe('files that are not plans', () => {
  it('names a CSV file as text to be imported', () => {
    const path = join(dir, 'pupils.csv');
    writeFileSync(path, 'upn,surname,forename\nA1,Smith,Ann\n'.repeat(10));
    expectPlanFileError(() => openPlanFile(path), 'not-a-plan', /text or CSV file: import it/);
  });

  it('names an XLSX file as a spreadsheet', () => {
    const path = join(dir, 'pupils.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(200)]));
    expectPlanFileError(() => openPlanFile(path), 'not-a-plan', /spreadsheet/);
  });

  it('refuses another application’s SQLite database and leaves it unchanged', () => {
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
    other.close();
    const before = sha256OfFile(path);
    expectPlanFileError(
      () => openPlanFile(path),
      'not-a-plan',
      /database, but not a KS4 Planner plan/,
    );
    expect(sha256OfFile(path)).toBe(before);
  });

  it('refuses a plan saved by a newer version, naming both formats, and leaves it unchanged', () => {
    const path = join(dir, 'future.ks4');
    openPlanFile(path, { create: true }).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha256OfFile(path);
    expectPlanFileError(
      () => openPlanFile(path),
      'newer-version',
      new RegExp(
        `newer version .*format ${LATEST_SCHEMA_VERSION + 3}.*up to ${LATEST_SCHEMA_VERSION}`,
      ),
    );
    expect(sha256OfFile(path)).toBe(before);
  });

  it('reports a damaged plan file as damaged', () => {
    const path = join(dir, 'damaged.ks4');
    const db = openPlanFile(path, { create: true });
    const insert = db.prepare('INSERT INTO plan_settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`key${i}`, 'x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = readFileSync(path);
    // Overwrite the middle pages (keeping the header) as a failing disk would.
    bytes.fill(0xa5, 4096 * 3, bytes.length - 4096);
    writeFileSync(path, bytes);
    expectPlanFileError(() => openPlanFile(path), 'corrupt', /damaged/);
  });
});

describe('migrations', () => {
  const extraMigration: Migration = {
    version: LATEST_SCHEMA_VERSION + 1,
    description: 'Test: a column for notes on pupils',
    sql: 'ALTER TABLE pupils ADD COLUMN notes TEXT;',
  };

  it('are numbered 1, 2, 3 … without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      MIGRATIONS.map((_, index) => index + 1),
    );
  });

  it.each(MIGRATIONS.map((migration) => [migration.version, migration] as const))(
    'migration %i applies to a plan at the previous format and keeps its data',
    (version) => {
      const path = join(dir, `v${version}.ks4`);
      const db = openPlanFile(path, { create: true, migrations: MIGRATIONS.slice(0, version - 1) });
      expect(db.pragma('user_version', { simple: true })).toBe(version - 1);
      if (version > 1) writeSetting(db, 'school_name', 'Kept');
      db.close();
      const upgraded = openPlanFile(path, { migrations: MIGRATIONS.slice(0, version) });
      expect(upgraded.pragma('user_version', { simple: true })).toBe(version);
      if (version > 1) expect(readSetting(upgraded, 'school_name')).toBe('Kept');
      expect(upgraded.pragma('foreign_key_check')).toEqual([]);
      upgraded.close();
    },
  );

  it('backs an older plan up before upgrading it, and the backup opens at the old format', () => {
    const path = join(dir, 'old.ks4');
    const db = openPlanFile(path, { create: true });
    writeSetting(db, 'school_name', 'Backed up');
    db.close();
    const upgraded = openPlanFile(path, {
      migrations: [...MIGRATIONS, extraMigration],
      now: () => new Date('2026-03-01T10:00:00Z'),
    });
    expect(upgraded.pragma('user_version', { simple: true })).toBe(extraMigration.version);
    upgraded.close();
    const backups = readdirSync(dir).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual([
      `old.ks4.format${LATEST_SCHEMA_VERSION}-2026-03-01T10-00-00-000Z.bak`,
    ]);
    const backup = openPlanFile(join(dir, backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readSetting(backup, 'school_name')).toBe('Backed up');
    backup.close();
  });

  it('a failing migration leaves the plan at its old format with its data', () => {
    const path = join(dir, 'failing.ks4');
    const db = openPlanFile(path, { create: true });
    writeSetting(db, 'school_name', 'Still here');
    db.close();
    const broken: Migration = { ...extraMigration, sql: 'ALTER TABLE no_such_table ADD COLUMN x;' };
    expectPlanFileError(
      () => openPlanFile(path, { migrations: [...MIGRATIONS, broken] }),
      'migration-failed',
      /left as it was/,
    );
    const reopened = openPlanFile(path);
    expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readSetting(reopened, 'school_name')).toBe('Still here');
    reopened.close();
    expect(existsSync(path)).toBe(true);
  });
});
