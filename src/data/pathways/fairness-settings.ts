import { z } from 'zod';
import { DEFAULT_FAIRNESS_SETTINGS, type FairnessSettings } from '../../core/pathways/types';
import type { PlanDatabase } from '../plan/plan-file';
import { readSetting, writeSetting } from '../plan/settings-repository';
import { PathwayDataError } from './pathway-errors';
import { describeIssues } from './pathway-schema';

/** The plan_settings key holding the fairness report's thresholds as JSON. */
export const FAIRNESS_SETTINGS_KEY = 'fairness_settings';

const BANDS_WORDS = 'L (low), M (middle) or H (high)';

function numberFrom(min: number, max: number, unit: string) {
  const error = `must be a number of ${unit} from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
}

const settingsSchema: z.ZodType<FairnessSettings> = z.strictObject({
  ambitionGapPoints: numberFrom(0, 100, 'percentage points'),
  genderGapPoints: numberFrom(0, 100, 'percentage points'),
  minimumGroupSize: z
    .number({ error: 'must be a whole number of pupils, at least 1' })
    .int({ error: 'must be a whole number of pupils, at least 1' })
    .min(1, { error: 'must be a whole number of pupils, at least 1' }),
  significanceLevel: z
    .number({ error: 'must be a probability between 0 and 1, e.g. 0.05' })
    .gt(0, { error: 'must be a probability between 0 and 1, e.g. 0.05' })
    .lt(1, { error: 'must be a probability between 0 and 1, e.g. 0.05' }),
  lowerTariffQualifications: z.array(
    z.string({ error: 'must be a qualification name' }).trim().min(1, {
      error: 'must be a qualification name',
    }),
    { error: 'must be a list of qualification names, e.g. ["Entry Level"]' },
  ),
  progressionCategories: z.array(
    z.strictObject(
      {
        category: z.string({ error: 'must be a course category' }).trim().min(1, {
          error: 'must be a course category',
        }),
        label: z.string({ error: 'must be words for it, e.g. "a language"' }).trim().min(1, {
          error: 'must be words for it, e.g. "a language"',
        }),
        bands: z.array(z.enum(['L', 'M', 'H'], { error: `must be ${BANDS_WORDS}` }), {
          error: `must be a list of prior-attainment bands: ${BANDS_WORDS}`,
        }),
      },
      { error: 'must be { "category", "label", "bands" }' },
    ),
    { error: 'must be a list of { "category", "label", "bands" }' },
  ),
});

function validate(settings: unknown, context: string): FairnessSettings {
  const parsed = settingsSchema.safeParse(settings);
  if (parsed.success) return parsed.data;
  const problems = describeIssues(parsed.error).map((problem) => `  fairness setting ${problem}`);
  throw new PathwayDataError('invalid-settings', [context, ...problems].join('\n'));
}

/** The plan's thresholds, with the defaults for any the plan does not set. */
export function readFairnessSettings(db: PlanDatabase): FairnessSettings {
  const stored = readSetting(db, FAIRNESS_SETTINGS_KEY);
  if (stored === null) return structuredClone(DEFAULT_FAIRNESS_SETTINGS);
  const heading = 'The fairness settings saved in this plan cannot be used:';
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch (error) {
    throw new PathwayDataError(
      'invalid-settings',
      `${heading}\n  they are not valid JSON (${(error as Error).message}).`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new PathwayDataError('invalid-settings', `${heading}\n  they are not a JSON object.`);
  }
  return validate({ ...DEFAULT_FAIRNESS_SETTINGS, ...json }, heading);
}

/**
 * Changes some thresholds and keeps the others; refuses values that make no sense, naming the
 * setting, and then saves nothing. Returns the settings now in force.
 */
export function writeFairnessSettings(
  db: PlanDatabase,
  changes: Partial<FairnessSettings>,
): FairnessSettings {
  const given = Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  );
  const merged = validate(
    { ...currentOrDefaults(db), ...given },
    'The fairness settings were not saved:',
  );
  writeSetting(db, FAIRNESS_SETTINGS_KEY, JSON.stringify(merged));
  return merged;
}

/** Saving over settings that cannot be read mends them, so start from the defaults then. */
function currentOrDefaults(db: PlanDatabase): FairnessSettings {
  try {
    return readFairnessSettings(db);
  } catch (error) {
    if (error instanceof PathwayDataError) return structuredClone(DEFAULT_FAIRNESS_SETTINGS);
    throw error;
  }
}
