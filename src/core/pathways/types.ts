import type { AttainmentBand } from '../model';

/**
 * Pathways are guided routes through the options (an EBacc-style route, an open route, a
 * supported route). They are data a school edits, never hard-coded: national measures change
 * and schools differ.
 */

/** Which courses a rule is about: named courses, or every course with a category. */
export type CourseSelector =
  { kind: 'courses'; codes: string[] } | { kind: 'category'; category: string };

export type PathwayRule =
  /** At least one of the selected courses. */
  | { kind: 'choose-one-of'; from: CourseSelector }
  | { kind: 'at-least'; count: number; from: CourseSelector }
  | { kind: 'at-most'; count: number; from: CourseSelector }
  | { kind: 'cannot-choose'; from: CourseSelector }
  /** A fixed course every pupil on the route takes; it fills one of the route's option slots. */
  | { kind: 'must-include'; course: string };

export type PathwayRuleKind = PathwayRule['kind'];

/** More option slots than any timetable has; also keeps the rule-set search small. */
export const MAX_OPTION_SLOTS = 10;

export interface PathwayEligibility {
  /** Prior-attainment bands the route is meant for; empty means any. Guidance, never a gate. */
  bands: AttainmentBand[];
  /** Free text shown beside the guidance, e.g. "discuss with the SENCo". */
  note: string;
}

export interface Pathway {
  /** Short unique code, e.g. `EBACC`; pupils.csv's `pathway` column refers to it. */
  code: string;
  name: string;
  description: string;
  /**
   * How many option slots a pupil on this route fills. A double course fills two; a
   * must-include course fills one; a slot left empty is a "free" choice.
   */
  optionCount: number;
  /** How many of the slots may be left free (a pupil making fewer choices); default 0. */
  freeSlots: number;
  rules: PathwayRule[];
  eligibility: PathwayEligibility;
}

/** The facts about a course that rules need. */
export interface RuleCourse {
  code: string;
  name: string;
  category: string | null;
  qualification: string | null;
  blocksSpanned: 1 | 2;
}

/** One broken rule for one pupil, in words a curriculum lead and a parent can read. */
export interface RuleViolation {
  /** Index into pathway.rules, or null for the option-count check. */
  ruleIndex: number | null;
  kind: PathwayRuleKind | 'option-count';
  /** e.g. "must choose at least one language (French, German, Spanish or Latin)". */
  rule: string;
  /** e.g. "chose none of them". */
  problem: string;
}

/** A problem with a pathway's rules themselves, found before any form goes out. */
export interface RuleSetProblem {
  pathway: string;
  /** 'contradiction': no pupil could ever satisfy the rules; 'unknown-course' / 'unknown-category':
   *  a rule names something the plan does not have; 'warning': satisfiable but suspicious. */
  kind: 'contradiction' | 'unknown-course' | 'unknown-category' | 'warning';
  message: string;
}

/** Why one route counts as lower than another (fewer options, lower-tariff qualifications). */
export interface RouteComparison {
  lower: boolean;
  reasons: string[];
}

export interface PathwayRecommendation {
  upn: string;
  /** null when no route fits at all (e.g. the plan has no pathways). */
  recommended: string | null;
  /** Plain words: why this route (band guidance, which rules the choices meet or break). */
  reason: string;
  /**
   * True when the recommendation is a lower route (fewer options or lower-tariff
   * qualifications) than the pupil's current route or than another route their choices fit:
   * a human must decide, the tool never does it silently.
   */
  needsReview: boolean;
  /** Why it needs a human decision; empty when it does not. */
  reviewReasons: string[];
  /** Violations of the recommended route by the pupil's choices (empty when they fit). */
  violations: RuleViolation[];
}

/** Thresholds of the fairness report: settings of the plan, with these defaults. */
export interface FairnessSettings {
  /** A gap in the share of pupils on a lower route, between a group and the rest of the same
   *  prior-attainment band, that is flagged (percentage points). */
  ambitionGapPoints: number;
  /** A route whose share of one gender differs from the cohort's by this much is flagged. */
  genderGapPoints: number;
  /** Groups smaller than this are shown but never flagged: too few to tell. */
  minimumGroupSize: number;
  /**
   * A difference is flagged only if chance alone would rarely produce it (two-sided p below).
   * The band-adjusted comparison uses it as it is; a gap within a single band must clear it
   * divided by the number of band comparisons made, since many small comparisons would
   * otherwise raise false alarms.
   */
  significanceLevel: number;
  /** Qualifications counted as lower tariff when comparing routes (e.g. `Other`, `Entry Level`). */
  lowerTariffQualifications: string[];
  /** Course categories whose absence from a high prior attainer's offer is flagged. */
  progressionCategories: { category: string; label: string; bands: AttainmentBand[] }[];
}

export const DEFAULT_FAIRNESS_SETTINGS: FairnessSettings = {
  ambitionGapPoints: 15,
  genderGapPoints: 25,
  minimumGroupSize: 5,
  significanceLevel: 0.05,
  lowerTariffQualifications: ['Other', 'Entry Level', 'Entry', 'Functional Skills', 'ASDAN'],
  progressionCategories: [{ category: 'language', label: 'a language', bands: ['H'] }],
};
