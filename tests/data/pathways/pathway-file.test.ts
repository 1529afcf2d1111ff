import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportPathwaysFile,
  importPathwaysFile,
  parsePathwaysFile,
  pathwaysFileText,
} from '../../../src/data/pathways/pathway-file';
import { PathwayDataError } from '../../../src/data/pathways/pathway-errors';
import { readPathways, replacePathways } from '../../../src/data/plan/pathway-repository';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';
import { EBACC, OPEN, openSmallPlan, setAgreedRoute, SUPPORTED } from './small-plan';

let dir: string;
let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  db = openSmallPlan(dir);
});
afterEach(() => {
  db.close();
  cleanup();
});

function refusal(action: () => unknown): PathwayDataError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(PathwayDataError);
    return error as PathwayDataError;
  }
  throw new Error('expected the file to be refused');
}

const fileWith = (pathways: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'ks4-planner-pathways', version: 1, pathways, ...extra });

describe('the pathways file format', () => {
  it('round-trips pathways exactly', () => {
    expect(parsePathwaysFile(pathwaysFileText([EBACC, SUPPORTED]), 'routes.json')).toEqual([
      EBACC,
      SUPPORTED,
    ]);
  });

  it('is the documented JSON', () => {
    expect(JSON.parse(pathwaysFileText([OPEN]))).toEqual({
      format: 'ks4-planner-pathways',
      version: 1,
      pathways: [OPEN],
    });
  });

  it('refuses text that is not JSON, or JSON that is not a pathways file', () => {
    expect(refusal(() => parsePathwaysFile('{"format": ', 'routes.json')).message).toMatch(
      /^routes.json cannot be used as a pathways file: it is not valid JSON/,
    );
    expect(refusal(() => parsePathwaysFile('{"pathways": []}', 'routes.json')).message).toBe(
      'routes.json cannot be used as a pathways file: its "format" should be "ks4-planner-pathways".',
    );
    expect(refusal(() => parsePathwaysFile(fileWith({}), 'routes.json')).message).toBe(
      'routes.json cannot be used as a pathways file: its "pathways" should be a list.',
    );
  });

  it('names the pathway and field of each bad value', () => {
    const text = fileWith([
      EBACC,
      {
        ...SUPPORTED,
        rules: [{ kind: 'at-least', count: 1.5, from: { kind: 'courses', codes: ['Hc'] } }],
      },
      { code: 'OPEN', name: 'Open', optionCount: 4, colour: 'blue' },
    ]);
    const error = refusal(() => parsePathwaysFile(text, 'routes.json'));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toBe(
      [
        'routes.json cannot be used as a pathways file:',
        '  pathway 2 (SUPPORTED): rules[0].count must be a whole number of at least 1',
        '  pathway 3 (OPEN): "colour" is not a known field',
      ].join('\n'),
    );
  });

  it('refuses a file from a newer version, saying so', () => {
    const error = refusal(() => parsePathwaysFile(fileWith([], { version: 2 }), 'new.json'));
    expect(error.code).toBe('newer-file');
    expect(error.message).toBe(
      'new.json was written by a newer version of KS4 Planner (pathways file version 2; ' +
        'this version reads up to 1). Update KS4 Planner to import it; nothing was changed.',
    );
  });
});

describe("exporting and importing a plan's pathways", () => {
  it("exports the plan's pathways and imports them into another plan", () => {
    replacePathways(db, [EBACC, SUPPORTED, OPEN]);
    const file = join(dir, 'routes.json');
    exportPathwaysFile(db, file);
    const other = openSmallPlan(dir, 'other.ks4');
    try {
      const result = importPathwaysFile(other, file);
      expect(result.added).toEqual(['EBACC', 'SUPPORTED', 'OPEN']);
      expect(readPathways(other)).toEqual([EBACC, SUPPORTED, OPEN]);
    } finally {
      other.close();
    }
  });

  it('merges by code: same codes are replaced in place, new ones added, others kept', () => {
    replacePathways(db, [EBACC, OPEN]);
    const file = join(dir, 'routes.json');
    const newEbacc = { ...EBACC, name: 'EBacc (shared)' };
    writeFileSync(file, pathwaysFileText([SUPPORTED, { ...newEbacc, code: 'ebacc' }]));
    const result = importPathwaysFile(db, file);
    expect(result).toMatchObject({ added: ['SUPPORTED'], replaced: ['ebacc'], removed: [] });
    expect(readPathways(db).map((pathway) => [pathway.code, pathway.name])).toEqual([
      ['ebacc', 'EBacc (shared)'],
      ['OPEN', 'Open route'],
      ['SUPPORTED', 'Supported route'],
    ]);
  });

  it('can replace the whole list, but never removes a route pupils are on', () => {
    replacePathways(db, [EBACC, OPEN]);
    setAgreedRoute(db, 'B100000000002', 'OPEN');
    const file = join(dir, 'routes.json');
    writeFileSync(file, pathwaysFileText([SUPPORTED]));
    const error = refusal(() => importPathwaysFile(db, file, 'replace'));
    expect(error.message).toMatch(/OPEN is the agreed route of 1 pupil: Ben Baker/);
    expect(readPathways(db)).toEqual([EBACC, OPEN]);
    setAgreedRoute(db, 'B100000000002', null);
    expect(importPathwaysFile(db, file, 'replace').removed).toEqual(['EBACC', 'OPEN']);
    expect(readPathways(db)).toEqual([SUPPORTED]);
  });

  it('imports rules naming courses and categories the plan lacks, and warns about each', () => {
    const file = join(dir, 'other-school.json');
    writeFileSync(
      file,
      pathwaysFileText([
        { ...SUPPORTED, rules: [{ kind: 'must-include', course: 'SUP' }] },
        {
          ...OPEN,
          rules: [{ kind: 'at-most', count: 1, from: { kind: 'category', category: 'btec' } }],
        },
      ]),
    );
    const result = importPathwaysFile(db, file);
    expect(result.added).toEqual(['SUPPORTED', 'OPEN']);
    expect(result.warnings.map((warning) => [warning.pathway, warning.kind])).toEqual([
      ['SUPPORTED', 'unknown-course'],
      ['OPEN', 'unknown-category'],
    ]);
    expect(result.warnings[0]?.message).toMatch(/SUP/);
    expect(readPathways(db)).toHaveLength(2);
  });

  it('leaves the plan as it was when the file is bad', () => {
    replacePathways(db, [OPEN]);
    const file = join(dir, 'routes.json');
    writeFileSync(file, fileWith([{ code: 'X Y', name: 'Bad', optionCount: 0 }]));
    expect(refusal(() => importPathwaysFile(db, file)).message).toContain(
      'pathway 1 (X Y): optionCount must be a whole number of at least 1',
    );
    expect(readPathways(db)).toEqual([OPEN]);
  });

  it('refuses more option slots than any timetable has', () => {
    const file = join(dir, 'routes.json');
    writeFileSync(file, fileWith([{ code: 'BIG', name: 'Big', optionCount: 500 }]));
    expect(refusal(() => importPathwaysFile(db, file)).message).toContain(
      'pathway 1 (BIG): optionCount must be no more than 10',
    );
  });

  it('writes a file that a person can read and edit', () => {
    replacePathways(db, [SUPPORTED]);
    const file = join(dir, 'routes.json');
    exportPathwaysFile(db, file);
    expect(readFileSync(file, 'utf8')).toContain('\n      "code": "SUPPORTED",\n');
  });
});
