import { z } from 'zod';
import {
  MAX_OPTION_SLOTS,
  type Pathway,
  type PathwayEligibility,
  type PathwayRule,
  type PathwayRuleKind,
} from '../../core/pathways/types';

/**
 * The shape of a pathway as stored in a plan and written in a pathways file. Every message says
 * what a field must be, so that a problem reads as "rules[1].count must be a whole number of at
 * least 1" once prefixed with the pathway and the field's path.
 */

const RULE_KINDS = [
  'choose-one-of',
  'at-least',
  'at-most',
  'cannot-choose',
  'must-include',
] as const satisfies readonly PathwayRuleKind[];

const BAND_WORDS = 'L (low), M (middle) or H (high)';

function text(what: string) {
  return z.string({ error: `must be ${what}` });
}

function nonEmptyText(what: string) {
  return text(what)
    .trim()
    .min(1, { error: `must be ${what}` });
}

function wholeNumber(min: number) {
  const error = `must be a whole number of at least ${min}`;
  return z.number({ error }).int({ error }).min(min, { error });
}

const courseCode = nonEmptyText('a course code');

const courseSelectorSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('courses'),
      codes: z.array(courseCode, { error: 'must be a list of course codes' }).min(1, {
        error: 'must name at least one course',
      }),
    }),
    z.strictObject({
      kind: z.literal('category'),
      category: nonEmptyText('a course category, e.g. "language"'),
    }),
  ],
  {
    error:
      'must say which courses: kind "courses" with a list of codes, or kind "category" with a category',
  },
);

export const pathwayRuleSchema: z.ZodType<PathwayRule> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('choose-one-of'), from: courseSelectorSchema }),
    z.strictObject({
      kind: z.literal('at-least'),
      count: wholeNumber(1),
      from: courseSelectorSchema,
    }),
    z.strictObject({
      kind: z.literal('at-most'),
      count: wholeNumber(0),
      from: courseSelectorSchema,
    }),
    z.strictObject({ kind: z.literal('cannot-choose'), from: courseSelectorSchema }),
    z.strictObject({ kind: z.literal('must-include'), course: courseCode }),
  ],
  { error: `must be one of the rule kinds ${RULE_KINDS.join(', ')}` },
);

export const pathwayRulesSchema = z.array(pathwayRuleSchema, { error: 'must be a list of rules' });

export const eligibilitySchema: z.ZodType<PathwayEligibility> = z.strictObject(
  {
    bands: z
      .array(z.enum(['L', 'M', 'H'], { error: `must be ${BAND_WORDS}` }), {
        error: `must be a list of prior-attainment bands: ${BAND_WORDS}`,
      })
      .default([]),
    note: text('text').default(''),
  },
  { error: 'must be { "bands": [...], "note": "..." }' },
);

/** Codes appear in pupils.csv and on letters: short, and without spaces. */
const pathwayCode = text('a short code of letters, digits, - or _, e.g. EBACC').regex(
  /^[A-Za-z0-9_-]{1,20}$/,
  { error: 'must be a short code (up to 20 letters, digits, - or _), e.g. EBACC' },
);

export const pathwaySchema: z.ZodType<Pathway> = z
  .strictObject(
    {
      code: pathwayCode,
      name: nonEmptyText('the name of the route'),
      description: text('text').default(''),
      optionCount: wholeNumber(1).max(MAX_OPTION_SLOTS, {
        error: `must be no more than ${MAX_OPTION_SLOTS}`,
      }),
      freeSlots: wholeNumber(0).default(0),
      rules: pathwayRulesSchema.default([]),
      eligibility: eligibilitySchema.default({ bands: [], note: '' }),
    },
    { error: 'must be a pathway: { "code", "name", "optionCount", "rules", ... }' },
  )
  .superRefine((pathway, context) => {
    if (pathway.freeSlots > pathway.optionCount) {
      context.addIssue({
        code: 'custom',
        path: ['freeSlots'],
        message: `must be no more than optionCount (${pathway.optionCount})`,
      });
    }
  });

/** "rules[1].count", "eligibility.bands[0]", or "" for the value itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Each problem as "<field> <what it must be>"; unknown fields are named as such. */
export function describeIssues(error: z.ZodError, basePath: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => {
    const field = fieldPath([...basePath, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const where = field ? ` in ${field}` : '';
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `${keys} ${issue.keys.length === 1 ? 'is not a known field' : 'are not known fields'}${where}`;
    }
    return field ? `${field} ${issue.message}` : issue.message;
  });
}
