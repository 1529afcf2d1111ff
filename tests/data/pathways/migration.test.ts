import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPathwayDecisions } from '../../../src/data/plan/pathway-decision-repository';
import { readPathways } from '../../../src/data/plan/pathway-repository';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/data/plan/migrations';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** A plan in format 1 with two pathways as that format stored them, and pupils on them. */
function writeFormat1Plan(path: string): void {
  const db = openPlanFile(path, { create: true, migrations: MIGRATIONS.slice(0, 1) });
  db.exec(`
    INSERT INTO blocks (name, position) VALUES ('A', 0), ('B', 1), ('C', 2), ('D', 3), ('E', 4);
    INSERT INTO pathways (code, name, description, option_count, rules_json) VALUES
      ('OPEN', 'Open route', 'Any four', 4, '[]'),
      ('EBacc', 'EBacc route', '', NULL,
       '[{"kind":"choose-one-of","from":{"kind":"category","category":"language"}}]');
    INSERT INTO pupils (upn, surname, forename, pathway_code) VALUES
      ('A1', 'Archer', 'Ann', 'EBacc'), ('B2', 'Baker', 'Ben', NULL);
  `);
  db.close();
}

describe('migration 2: pathways as the model needs them, and decisions', () => {
  it('keeps pathways, their order and rules, and the pupils on them', () => {
    const path = join(dir, 'format1.ks4');
    writeFormat1Plan(path);
    const db = openPlanFile(path);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(readPathways(db)).toEqual([
      {
        code: 'OPEN',
        name: 'Open route',
        description: 'Any four',
        optionCount: 4,
        freeSlots: 0,
        rules: [],
        eligibility: { bands: [], note: '' },
      },
      {
        code: 'EBacc',
        name: 'EBacc route',
        description: '',
        // Format 1 allowed no option count: one option per block is what the plan offered.
        optionCount: 5,
        freeSlots: 0,
        rules: [{ kind: 'choose-one-of', from: { kind: 'category', category: 'language' } }],
        eligibility: { bands: [], note: '' },
      },
    ]);
    const decisions = readPathwayDecisions(db);
    expect(decisions.map((pupil) => [pupil.name, pupil.agreedPathway])).toEqual([
      ['Ann Archer', 'EBacc'],
      ['Ben Baker', null],
    ]);
    expect(decisions.every((pupil) => !pupil.recommendation && !pupil.decision)).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('still refuses two pathways whose codes differ only in case', () => {
    const path = join(dir, 'format1.ks4');
    writeFormat1Plan(path);
    const db = openPlanFile(path);
    expect(() =>
      db
        .prepare(
          "INSERT INTO pathways (code, name, option_count, position) VALUES ('open', 'x', 4, 9)",
        )
        .run(),
    ).toThrow(/UNIQUE/);
    db.close();
  });

  it('refuses an override without a reason even when written directly', () => {
    const path = join(dir, 'format1.ks4');
    writeFormat1Plan(path);
    const db = openPlanFile(path);
    expect(() =>
      db
        .prepare(
          `INSERT INTO pathway_decisions (pupil_id, decision, decided_code, decision_reason,
             decided_at) VALUES (1, 'overridden', 'OPEN', '  ', '2026-03-01')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
