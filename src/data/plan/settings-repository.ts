import type { PlanDatabase } from './plan-file';

export function readSetting(db: PlanDatabase, key: string): string | null {
  const value = db.prepare('SELECT value FROM plan_settings WHERE key = ?').pluck().get(key);
  return typeof value === 'string' ? value : null;
}

export function writeSetting(db: PlanDatabase, key: string, value: string): void {
  db.prepare(
    `INSERT INTO plan_settings (key, value) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(key, value);
}

export function readAllSettings(db: PlanDatabase): Record<string, string> {
  const rows = db.prepare('SELECT key, value FROM plan_settings ORDER BY key').all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}
