import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cohort } from '../../src/core/model';
import { generateSyntheticCohort } from '../../src/core/synthetic';
import { DemoPlanExistsError, writeDemoPlan } from '../../src/data/demo-plan';
import { analysePathways } from '../../src/data/pathways/analysis';
import { readCohort, readCourseAliases } from '../../src/data/plan/cohort-repository';
import { openPlanFile } from '../../src/data/plan/plan-file';
import { readAllSettings } from '../../src/data/plan/settings-repository';
import { makeTempDir, sha256OfFile } from './plan/temp-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
});
afterEach(() => cleanup());

/** The plan lists pupils by name and staff by code; compare in one order. */
function sorted(cohort: Cohort): Cohort {
  const byKey =
    <T>(key: (item: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    ...cohort,
    pupils: [...cohort.pupils].sort(byKey((pupil) => pupil.upn)),
    choices: [...cohort.choices].sort(byKey((list) => list.upn)),
    staff: [...cohort.staff].sort(byKey((member) => member.code)),
  };
}

/** Files in dir, leaving out the -wal and -shm files that SQLite keeps beside a plan it reads. */
function filesIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => !/-(wal|shm)$/.test(name));
}

function readPlan(path: string) {
  const db = openPlanFile(path, { readonly: true });
  try {
    return {
      cohort: readCohort(db),
      aliases: readCourseAliases(db),
      settings: readAllSettings(db),
    };
  } finally {
    db.close();
  }
}

describe('writeDemoPlan', () => {
  it('creates a plan holding exactly the generated cohort, aliases and demo settings', () => {
    const path = join(dir, 'demo.ks4');
    const counts = writeDemoPlan(path, { pupils: 180, seed: 'open-evening' });
    const generated = generateSyntheticCohort({ pupils: 180, seed: 'open-evening' });

    const plan = readPlan(path);
    expect(sorted(plan.cohort)).toEqual(sorted(generated.cohort));
    expect(plan.aliases).toHaveLength(generated.aliases.length);
    expect(plan.aliases).toEqual(expect.arrayContaining(generated.aliases));
    expect(plan.settings).toMatchObject({
      school_name: 'Demo Academy',
      cohort: 'Year 9 (demo)',
      demo_seed: 'open-evening',
    });
    expect(counts).toEqual({
      blocks: 5,
      courses: generated.cohort.courses.length,
      aliases: generated.aliases.length,
      pupils: 180,
      choices: generated.cohort.choices.reduce((sum, list) => sum + list.choices.length, 0),
      reserves: generated.cohort.choices.reduce((sum, list) => sum + list.reserves.length, 0),
      staff: generated.cohort.staff.length,
    });
    expect(filesIn(dir)).toEqual(['demo.ks4']);
  });

  it('uses the blocks asked for', () => {
    const path = join(dir, 'demo.ks4');
    writeDemoPlan(path, { pupils: 30, seed: 1, blocks: ['Mon', 'Tue', 'Wed', 'Thu'] });
    expect(readPlan(path).cohort.blocks).toEqual(['Mon', 'Tue', 'Wed', 'Thu']);
  });

  it('refuses to overwrite an existing plan unless told to, and leaves it untouched', () => {
    const path = join(dir, 'demo.ks4');
    writeDemoPlan(path, { pupils: 30, seed: 1 });
    const before = sha256OfFile(path);
    expect(() => writeDemoPlan(path, { pupils: 30, seed: 2 })).toThrow(DemoPlanExistsError);
    expect(sha256OfFile(path)).toBe(before);

    writeDemoPlan(path, { pupils: 40, seed: 2, overwrite: true });
    const plan = readPlan(path);
    expect(plan.settings.demo_seed).toBe('2');
    expect(plan.cohort.pupils).toHaveLength(40);
    expect(filesIn(dir)).toEqual(['demo.ks4']);
  });

  it('writes into an empty file, but never replaces a file that is not a plan', () => {
    const empty = join(dir, 'empty.ks4');
    writeFileSync(empty, '');
    writeDemoPlan(empty, { pupils: 10, seed: 1 });
    expect(readPlan(empty).cohort.pupils).toHaveLength(10);

    const csv = join(dir, 'choices.csv');
    writeFileSync(csv, 'upn,choice_1\r\nA123456789012,Hi\r\n');
    const before = sha256OfFile(csv);
    expect(() => writeDemoPlan(csv, { pupils: 10, seed: 1, overwrite: true })).toThrow(
      expect.objectContaining({ code: 'not-a-plan' }),
    );
    expect(sha256OfFile(csv)).toBe(before);
  });

  it('leaves no file behind, and the old plan intact, when the options are wrong', () => {
    const path = join(dir, 'demo.ks4');
    expect(() => writeDemoPlan(path, { pupils: -5, seed: 1 })).toThrow(RangeError);
    expect(filesIn(dir)).toEqual([]);

    writeDemoPlan(path, { pupils: 20, seed: 1 });
    const before = sha256OfFile(path);
    expect(() =>
      writeDemoPlan(path, { pupils: 20, seed: 1, blocks: ['A', 'A'], overwrite: true }),
    ).toThrow(RangeError);
    expect(sha256OfFile(path)).toBe(before);
    expect(filesIn(dir)).toEqual(['demo.ks4']);
  });
});

describe("the demo plan's routes", () => {
  it('fit the demo school: Triple Science takes two blocks, and few pupils break their route', () => {
    const path = join(dir, 'demo.ks4');
    writeDemoPlan(path, { pupils: 240, seed: 1 });
    const db = openPlanFile(path, { readonly: true });
    try {
      const analysis = analysePathways(db);
      expect(analysis.ruleSetProblems).toEqual([]);
      expect(analysis.pathways.map((pathway) => pathway.optionCount)).toEqual([5, 5, 4]);
      // Those left are real: pupils who made too few choices, or none that fit any route.
      const breaking = new Set(analysis.violations.map((violation) => violation.upn));
      expect(breaking.size).toBeGreaterThan(0);
      expect(breaking.size).toBeLessThan(240 * 0.1);
      const tripleScience = readCohort(db).choices.filter(
        (list) => list.choices.includes('TSc') && list.choices.length === 4,
      );
      expect(tripleScience.length).toBeGreaterThan(0);
      for (const list of tripleScience) expect(breaking.has(list.upn)).toBe(false);
    } finally {
      db.close();
    }
  });
});
