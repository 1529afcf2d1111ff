import { z } from 'zod';
import type { FairnessReport } from '../../core/fairness/types';
import { SCENARIO_NAME_MAX_LENGTH } from '../limits';
import { noPayload } from './core';

/** Pathways: the rules editor, validation of choices, recommendations and the fairness report. */

const band = z.enum(['L', 'M', 'H']);
const courseCode = z.string().trim().min(1).max(40);
const pathwayCode = z.string().trim().min(1).max(40);
/** Reasons are read at review meetings and on letters: a few sentences at most. */
const reason = z.string().max(1000);

const courseSelector = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('courses'), codes: z.array(courseCode).max(200) }),
  z.strictObject({ kind: z.literal('category'), category: z.string().max(80) }),
]);

/** Counts are whole numbers; their ranges are checked by the services, naming the route. */
export const pathwayRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('choose-one-of'), from: courseSelector }),
  z.strictObject({ kind: z.literal('at-least'), count: z.int(), from: courseSelector }),
  z.strictObject({ kind: z.literal('at-most'), count: z.int(), from: courseSelector }),
  z.strictObject({ kind: z.literal('cannot-choose'), from: courseSelector }),
  z.strictObject({ kind: z.literal('must-include'), course: courseCode }),
]);

export const pathwayInput = z.strictObject({
  code: z.string().max(40),
  name: z.string().max(120),
  description: z.string().max(2000),
  optionCount: z.int(),
  freeSlots: z.int(),
  rules: z.array(pathwayRule).max(40),
  eligibility: z.strictObject({ bands: z.array(band).max(3), note: z.string().max(1000) }),
});

const ruleSetProblem = z.object({
  pathway: z.string(),
  kind: z.enum(['contradiction', 'unknown-course', 'unknown-category', 'warning']),
  message: z.string(),
});

export const pathwayView = pathwayInput.extend({
  /** The option count in words, e.g. "fills 4 option slots; Triple Science counts as two". */
  optionWords: z.string(),
  /** Each rule in words, in the rules' order. */
  ruleWords: z.array(z.string()),
  /** Pupils whose agreed route this is. */
  agreedPupils: z.int(),
});

const storedRecommendation = z.object({
  pathway: z.string().nullable(),
  reason: z.string(),
  needsReview: z.boolean(),
  reviewReasons: z.array(z.string()),
  madeAt: z.string(),
});

const storedDecision = z.object({
  kind: z.enum(['confirmed', 'overridden']),
  pathway: z.string(),
  reason: z.string(),
  decidedAt: z.string(),
});

/** One pupil's saved recommendation and the decision a person made about it. */
export const pupilDecision = z.object({
  upn: z.string(),
  name: z.string(),
  band: band.nullable(),
  /** The agreed route: set by a decision, or given in pupils.csv. */
  agreedPathway: z.string().nullable(),
  /** null until recommendations are made. */
  recommendation: storedRecommendation.nullable(),
  decision: storedDecision.nullable(),
});

const choiceViolation = z.object({
  upn: z.string(),
  name: z.string(),
  route: z.string(),
  routeName: z.string(),
  source: z.enum(['agreed', 'recommended']),
  rule: z.string(),
  problem: z.string(),
});

const settingsShape = {
  ambitionGapPoints: z.number(),
  genderGapPoints: z.number(),
  minimumGroupSize: z.number(),
  significanceLevel: z.number(),
  lowerTariffQualifications: z.array(z.string().max(80)).max(40),
  progressionCategories: z
    .array(
      z.strictObject({
        category: z.string().max(80),
        label: z.string().max(120),
        bands: z.array(band).max(3),
      }),
    )
    .max(20),
};

export const fairnessSettings = z.object(settingsShape);
/** Only the thresholds given change; ranges are checked by the services, naming the setting. */
export const fairnessSettingsChanges = z.strictObject(settingsShape).partial();

export const pathwaysView = z.object({
  pathways: z.array(pathwayView),
  /** Problems with the rules themselves: what "Check the choice form" reports. */
  ruleSetProblems: z.array(ruleSetProblem),
  /** Agreed routes the plan has no pathway for, with their pupils as "Ann Smith (UPN)". */
  unknownRoutes: z.array(z.object({ code: z.string(), pupils: z.array(z.string()) })),
  /** One row per pupil and broken rule of their route, grouped by route in the plan's order. */
  violations: z.array(choiceViolation),
  /** Every pupil in name order. */
  decisions: z.array(pupilDecision),
  /**
   * The fairness report as the core computes it (src/core/fairness/types.ts); null when the plan
   * has no pupils. Results are not validated at run time, so the core's type is the contract.
   */
  fairness: z.custom<FairnessReport>().nullable(),
  /** The blocking scenario whose placements the report uses; null when the plan has none. */
  scenario: z.object({ name: z.string(), basis: z.enum(['named', 'agreed', 'latest']) }).nullable(),
  /** What the editor offers: the plan's courses and their categories. */
  courses: z.array(
    z.object({ code: z.string(), name: z.string(), category: z.string().nullable() }),
  ),
  categories: z.array(z.string()),
  settings: fairnessSettings,
  defaultSettings: fairnessSettings,
});

/** The editor's live check of a pathway that has not been saved. */
export const pathwayCheck = z.object({
  /** Fields that cannot be saved as they are, e.g. "optionCount must be a whole number…". */
  fieldProblems: z.array(z.string()),
  /** Contradictions, unknown courses and warnings, as the rule-set check words them. */
  ruleSetProblems: z.array(ruleSetProblem),
  optionWords: z.string(),
  ruleWords: z.array(z.string()),
});

export const pathwaysImportResult = z.object({
  fileName: z.string(),
  added: z.array(z.string()),
  replaced: z.array(z.string()),
  removed: z.array(z.string()),
  warnings: z.array(ruleSetProblem),
});

export const pathwaysContract = {
  /** The scenario for the fairness report; null: the agreed one, else the latest. */
  getPathways: {
    input: z.strictObject({
      scenarioName: z.string().max(SCENARIO_NAME_MAX_LENGTH).nullable(),
    }),
    output: pathwaysView,
  },
  checkPathway: { input: pathwayInput, output: pathwayCheck },
  /**
   * Adds a pathway, or replaces the one with the same code. Refused (invalid-edit), naming the
   * route and rule, when a field is invalid or no pupil could ever satisfy the rules.
   */
  savePathway: { input: pathwayInput, output: z.null() },
  /** Refused (invalid-edit), naming the pupils, while pupils are on the route. */
  deletePathway: { input: z.strictObject({ code: pathwayCode }), output: z.null() },
  /** Adds the starter routes the plan does not have yet; returns their codes. */
  addStarterPathways: { input: noPayload, output: z.array(z.string()) },
  /** Saves a fresh recommendation for every pupil; agreed routes are never changed. */
  recommendPathways: {
    input: noPayload,
    output: z.object({ pupils: z.int(), needsReview: z.int() }),
  },
  /** Agrees the recommended route; a route flagged for review needs the reason. */
  confirmPathway: {
    input: z.strictObject({ upn: z.string().min(1).max(40), reason: reason.optional() }),
    output: pupilDecision,
  },
  /** Agrees another route; the reason is required. */
  overridePathway: {
    input: z.strictObject({ upn: z.string().min(1).max(40), pathway: pathwayCode, reason }),
    output: pupilDecision,
  },
  saveFairnessSettings: { input: fairnessSettingsChanges, output: fairnessSettings },
  /** null: the user cancelled the dialog. */
  exportPathways: {
    input: noPayload,
    output: z.object({ fileName: z.string(), pathways: z.int() }).nullable(),
  },
  /** Merges a pathways file into the plan's routes; null when the user cancelled the dialog. */
  importPathways: { input: noPayload, output: pathwaysImportResult.nullable() },
} as const;

export type PathwaysView = z.output<typeof pathwaysView>;
export type PathwayView = z.output<typeof pathwayView>;
export type PathwayInput = z.output<typeof pathwayInput>;
export type PathwayRuleInput = z.output<typeof pathwayRule>;
export type PathwayCheckView = z.output<typeof pathwayCheck>;
export type PupilDecisionView = z.output<typeof pupilDecision>;
export type ChoiceViolationView = z.output<typeof choiceViolation>;
export type RuleSetProblemView = z.output<typeof ruleSetProblem>;
export type FairnessSettingsView = z.output<typeof fairnessSettings>;
export type PathwaysImportResultView = z.output<typeof pathwaysImportResult>;
