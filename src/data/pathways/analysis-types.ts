import type { FairnessReport, PupilRoute } from '../../core/fairness/types';
import type {
  Pathway,
  PathwayRecommendation,
  RuleSetProblem,
  RuleViolation,
} from '../../core/pathways/types';

/** Everything `ks4plan pathways` prints and the app's pathways screens show. */
export interface PathwaysAnalysis {
  pathways: Pathway[];
  /** Problems with the routes' rules themselves (contradictions, unknown courses, …). */
  ruleSetProblems: RuleSetProblem[];
  /** Every pupil, in name order, with their route and how their choices fit it. */
  pupils: PupilRouteCheck[];
  /** Agreed routes (e.g. from pupils.csv) that the plan has no pathway for, with their pupils. */
  unknownRoutes: UnknownRoute[];
  /** One row per pupil and broken rule of their route, grouped by route in the plan's order. */
  violations: ChoiceViolation[];
  /** What the planner recommends now for each pupil, from their choices and prior attainment. */
  recommendations: RecommendationRow[];
  /** null when the plan has no pupils. */
  fairness: FairnessReport | null;
  /** The blocking scenario whose placements the fairness report uses; null when none. */
  scenario: ScenarioUsed | null;
}

export interface PupilRouteCheck {
  upn: string;
  name: string;
  /** The agreed route, else the recommended one, else none. */
  route: PupilRoute;
  /** Broken rules of that route by the pupil's choices (empty when they fit or have none). */
  violations: RuleViolation[];
}

export interface ChoiceViolation {
  upn: string;
  name: string;
  route: string;
  routeName: string;
  source: 'agreed' | 'recommended';
  /** The rule in words, e.g. "must choose at least one language (French or Spanish)". */
  rule: string;
  /** What is wrong, e.g. "chose none of them". */
  problem: string;
}

export interface RecommendationRow extends PathwayRecommendation {
  name: string;
  /** The pupil's agreed route, if any: a recommendation never changes it. */
  agreedPathway: string | null;
}

export interface ScenarioUsed {
  name: string;
  /** Why this one: named by the user, the agreed scenario, or the latest. */
  basis: 'named' | 'agreed' | 'latest';
}

export interface UnknownRoute {
  code: string;
  /** "Ann Smith (UPN)", in name order. */
  pupils: string[];
}
