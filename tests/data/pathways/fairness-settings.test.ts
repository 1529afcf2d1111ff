import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAIRNESS_SETTINGS } from '../../../src/core/pathways/types';
import {
  FAIRNESS_SETTINGS_KEY,
  readFairnessSettings,
  writeFairnessSettings,
} from '../../../src/data/pathways/fairness-settings';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { writeSetting } from '../../../src/data/plan/settings-repository';
import { makeTempDir } from '../plan/temp-plan';

let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = openPlanFile(join(temp.dir, 'plan.ks4'), { create: true });
});
afterEach(() => {
  db.close();
  cleanup();
});

describe('fairness settings', () => {
  it('are the defaults in a new plan', () => {
    expect(readFairnessSettings(db)).toEqual(DEFAULT_FAIRNESS_SETTINGS);
  });

  it('keep the settings not changed, and fill in any a plan does not store', () => {
    writeFairnessSettings(db, {
      ambitionGapPoints: 10,
      lowerTariffQualifications: ['Entry Level'],
    });
    expect(readFairnessSettings(db)).toEqual({
      ...DEFAULT_FAIRNESS_SETTINGS,
      ambitionGapPoints: 10,
      lowerTariffQualifications: ['Entry Level'],
    });
    // A plan saved before a setting existed: the default is used for it.
    writeSetting(db, FAIRNESS_SETTINGS_KEY, '{"genderGapPoints": 30}');
    expect(readFairnessSettings(db)).toEqual({ ...DEFAULT_FAIRNESS_SETTINGS, genderGapPoints: 30 });
  });

  it('refuse values that make no sense, naming each setting, and save nothing', () => {
    writeFairnessSettings(db, { minimumGroupSize: 8 });
    expect(() =>
      writeFairnessSettings(db, {
        ambitionGapPoints: 150,
        minimumGroupSize: 2.5,
        significanceLevel: 0,
        progressionCategories: [{ category: 'language', label: '', bands: ['X' as never] }],
      }),
    ).toThrow(
      [
        'The fairness settings were not saved:',
        '  fairness setting ambitionGapPoints must be a number of percentage points from 0 to 100',
        '  fairness setting minimumGroupSize must be a whole number of pupils, at least 1',
        '  fairness setting significanceLevel must be a probability between 0 and 1, e.g. 0.05',
        '  fairness setting progressionCategories[0].label must be words for it, e.g. "a language"',
        '  fairness setting progressionCategories[0].bands[0] must be L (low), M (middle) or H (high)',
      ].join('\n'),
    );
    expect(readFairnessSettings(db).minimumGroupSize).toBe(8);
  });

  it('saved badly by hand are reported, and saving good ones mends them', () => {
    writeSetting(db, FAIRNESS_SETTINGS_KEY, '{"genderGapPoints": "lots"}');
    expect(() => readFairnessSettings(db)).toThrow(
      'The fairness settings saved in this plan cannot be used:\n' +
        '  fairness setting genderGapPoints must be a number of percentage points from 0 to 100',
    );
    writeSetting(db, FAIRNESS_SETTINGS_KEY, 'not json');
    expect(() => readFairnessSettings(db)).toThrow(/not valid JSON/);
    writeFairnessSettings(db, { genderGapPoints: 20 });
    expect(readFairnessSettings(db)).toEqual({ ...DEFAULT_FAIRNESS_SETTINGS, genderGapPoints: 20 });
  });
});
