import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PathwayDataError } from '../../../src/data/pathways/pathway-errors';
import {
  addPathways,
  deletePathway,
  readPathways,
  replacePathways,
  savePathway,
} from '../../../src/data/plan/pathway-repository';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';
import { EBACC, OPEN, openSmallPlan, setAgreedRoute, SUPPORTED } from './small-plan';

let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = openSmallPlan(temp.dir);
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
  throw new Error('expected the change to be refused');
}

describe('saving and reading pathways', () => {
  it('reads back exactly what was saved, in the order given', () => {
    replacePathways(db, [SUPPORTED, EBACC, OPEN]);
    expect(readPathways(db)).toEqual([SUPPORTED, EBACC, OPEN]);
  });

  it('replaces the whole list, and fills in defaults a hand-made pathway leaves out', () => {
    replacePathways(db, [EBACC, OPEN]);
    const minimal = { code: 'CORE', name: 'Core', optionCount: 3 };
    replacePathways(db, [minimal as never]);
    expect(readPathways(db)).toEqual([
      {
        code: 'CORE',
        name: 'Core',
        description: '',
        optionCount: 3,
        freeSlots: 0,
        rules: [],
        eligibility: { bands: [], note: '' },
      },
    ]);
  });

  it('saves one pathway in its place, or at the end when it is new', () => {
    replacePathways(db, [EBACC, OPEN]);
    savePathway(db, { ...EBACC, name: 'EBacc (renamed)' });
    savePathway(db, SUPPORTED);
    expect(readPathways(db).map((pathway) => pathway.name)).toEqual([
      'EBacc (renamed)',
      'Open route',
      'Supported route',
    ]);
  });

  it('refuses a code used twice, ignoring case, and keeps what was saved', () => {
    replacePathways(db, [OPEN]);
    const error = refusal(() => replacePathways(db, [EBACC, { ...SUPPORTED, code: 'ebacc' }]));
    expect(error.code).toBe('duplicate-code');
    expect(error.message).toContain('pathway 2 (ebacc): code ebacc is already used by pathway 1');
    expect(readPathways(db)).toEqual([OPEN]);
  });

  it('names the pathway and field of every invalid value', () => {
    const error = refusal(() =>
      replacePathways(db, [
        OPEN,
        {
          ...SUPPORTED,
          optionCount: 2,
          freeSlots: 3,
          rules: [
            { kind: 'must-include', course: 'Ss' },
            { kind: 'at-least', count: 0, from: { kind: 'category', category: 'arts' } },
          ],
        },
      ]),
    );
    expect(error.code).toBe('invalid-pathway');
    expect(error.message).toContain(
      'pathway 2 (SUPPORTED): rules[1].count must be a whole number of at least 1',
    );
    expect(error.message).toContain(
      'pathway 2 (SUPPORTED): freeSlots must be no more than optionCount (2)',
    );
    expect(readPathways(db)).toEqual([]);
  });

  it('adds pathways after the existing ones, refusing codes the plan already has', () => {
    replacePathways(db, [EBACC]);
    addPathways(db, [OPEN]);
    const error = refusal(() => addPathways(db, [SUPPORTED, { ...OPEN, code: 'open' }]));
    expect(error.code).toBe('duplicate-code');
    expect(error.message).toMatch(/already has a pathway open; nothing was added/);
    expect(readPathways(db).map((pathway) => pathway.code)).toEqual(['EBACC', 'OPEN']);
  });
});

describe('pathways that pupils are on', () => {
  it('cannot be removed, and the refusal names the pupils', () => {
    replacePathways(db, [EBACC, OPEN]);
    setAgreedRoute(db, 'A100000000001', 'ebacc');
    setAgreedRoute(db, 'B100000000002', 'EBACC');
    const error = refusal(() => replacePathways(db, [OPEN]));
    expect(error.code).toBe('pathway-in-use');
    expect(error.message).toContain(
      'EBACC is the agreed route of 2 pupils: Ann Archer (A100000000001) and Ben Baker (B100000000002)',
    );
    expect(refusal(() => deletePathway(db, 'EBACC')).code).toBe('pathway-in-use');
    expect(readPathways(db)).toEqual([EBACC, OPEN]);
  });

  it('can be removed once nobody is on them', () => {
    replacePathways(db, [EBACC, OPEN]);
    deletePathway(db, 'ebacc');
    expect(readPathways(db)).toEqual([OPEN]);
    expect(refusal(() => deletePathway(db, 'EBACC')).message).toBe(
      'The plan has no pathway EBACC.',
    );
  });
});

describe('a plan edited by hand', () => {
  it('reports rules that are not JSON, naming the pathway', () => {
    replacePathways(db, [EBACC, OPEN]);
    db.prepare("UPDATE pathways SET rules_json = '[{kind: at-least' WHERE code = 'EBACC'").run();
    const error = refusal(() => readPathways(db));
    expect(error.code).toBe('invalid-pathway');
    expect(error.message).toMatch(
      /^The rules of pathway EBACC saved in this plan cannot be read: the saved text is not valid JSON/,
    );
  });

  it('reports rules that are JSON but not rules, naming the pathway and the field', () => {
    replacePathways(db, [EBACC]);
    db.prepare(
      `UPDATE pathways SET rules_json = '[{"kind":"at-most","count":"two","from":{"kind":"category","category":"arts"}}]'`,
    ).run();
    expect(refusal(() => readPathways(db)).message).toBe(
      'The rules of pathway EBACC saved in this plan cannot be read:\n' +
        '  rules[0].count must be a whole number of at least 0',
    );
  });
});

describe('mending a plan whose stored rules cannot be read', () => {
  it('works by saving the pathway again, replacing the list, or removing it', () => {
    replacePathways(db, [EBACC, OPEN]);
    const breakRules = () =>
      db.prepare("UPDATE pathways SET rules_json = 'oops' WHERE code = 'EBACC'").run();
    breakRules();
    savePathway(db, EBACC);
    expect(readPathways(db)).toEqual([EBACC, OPEN]);
    breakRules();
    replacePathways(db, [SUPPORTED, EBACC]);
    expect(readPathways(db)).toEqual([SUPPORTED, EBACC]);
    breakRules();
    deletePathway(db, 'EBACC');
    expect(readPathways(db)).toEqual([SUPPORTED]);
  });
});
