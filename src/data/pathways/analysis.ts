import { fairnessReport } from '../../core/fairness';
import type { FairnessPlacement, PupilRoute } from '../../core/fairness/types';
import type { ChoiceList, Pupil } from '../../core/model';
import { checkChoices, checkPathways, recommendPathways } from '../../core/pathways';
import type { Pathway, PathwayRecommendation, RuleCourse } from '../../core/pathways/types';
import { readChoices, readPupils } from '../plan/cohort-repository';
import { saveRecommendations } from '../plan/pathway-decision-repository';
import { readPathways } from '../plan/pathway-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { latestScenarioName, listScenarios, readScenario } from '../plan/scenario-repository';
import type {
  ChoiceViolation,
  PathwaysAnalysis,
  PupilRouteCheck,
  RecommendationRow,
  ScenarioUsed,
  UnknownRoute,
} from './analysis-types';
import { readFairnessSettings } from './fairness-settings';
import { PathwayDataError } from './pathway-errors';
import { readRuleCourses } from './rule-set';

export interface AnalysePathwaysOptions {
  /** The blocking scenario for the fairness report; default the agreed one, else the latest. */
  scenarioName?: string;
}

/**
 * The plan's pathways checked end to end: the rules themselves, each pupil's choices against
 * their route (agreed, else recommended), fresh recommendations, and the fairness report.
 * Reads only; a thin composition of the core pathway and fairness functions.
 */
export function analysePathways(
  db: PlanDatabase,
  options: AnalysePathwaysOptions = {},
): PathwaysAnalysis {
  const pathways = readPathways(db);
  const courses = readRuleCourses(db);
  const pupils = readPupils(db);
  const choices = readChoices(db);
  const settings = readFairnessSettings(db);
  const recommendations = recommendPathways({ pupils, choices, pathways, courses, settings });
  const routes = pupilRoutes(pupils, recommendations, pathways);
  const checks = checkPupils(pupils, choices, routes, pathways, courses);
  const scenario = scenarioForFairness(db, options.scenarioName);
  return {
    pathways,
    ruleSetProblems: checkPathways(pathways, courses),
    pupils: checks,
    unknownRoutes: unknownRoutes(checks, pathways),
    violations: violationRows(checks, pathways),
    recommendations: recommendationRows(pupils, recommendations),
    fairness:
      pupils.length === 0
        ? null
        : fairnessReport({
            pupils,
            choices,
            courses,
            pathways,
            routes,
            placements: scenario?.placements ?? null,
            settings,
          }),
    scenario: scenario?.used ?? null,
  };
}

/** Saves fresh recommendations for every pupil; agreed routes are left as they are. */
export function recommendAndSave(
  db: PlanDatabase,
  now: Date = new Date(),
): { pupils: number; needsReview: number } {
  const recommendations = recommendPathways({
    pupils: readPupils(db),
    choices: readChoices(db),
    pathways: readPathways(db),
    courses: readRuleCourses(db),
    settings: readFairnessSettings(db),
  });
  saveRecommendations(db, recommendations, now);
  return {
    pupils: recommendations.length,
    needsReview: recommendations.filter((recommendation) => recommendation.needsReview).length,
  };
}

const key = (code: string) => code.trim().toUpperCase();

/** Agreed route (as the plan spells the code), else the recommended one, else none. */
function pupilRoutes(
  pupils: readonly Pupil[],
  recommendations: readonly PathwayRecommendation[],
  pathways: readonly Pathway[],
): Map<string, PupilRoute> {
  const codes = new Map(pathways.map((pathway) => [key(pathway.code), pathway.code]));
  const recommended = new Map(recommendations.map((rec) => [rec.upn, rec.recommended]));
  const routes = new Map<string, PupilRoute>();
  for (const pupil of pupils) {
    const suggestion = recommended.get(pupil.upn) ?? null;
    const route: PupilRoute =
      pupil.pathway !== null
        ? { code: codes.get(key(pupil.pathway)) ?? pupil.pathway, source: 'agreed' }
        : suggestion !== null
          ? { code: suggestion, source: 'recommended' }
          : { code: null, source: 'none' };
    routes.set(pupil.upn, route);
  }
  return routes;
}

/** A pupil who has made no choices yet breaks no rule: there is nothing to check. */
function checkPupils(
  pupils: readonly Pupil[],
  choices: readonly ChoiceList[],
  routes: ReadonlyMap<string, PupilRoute>,
  pathways: readonly Pathway[],
  courses: readonly RuleCourse[],
): PupilRouteCheck[] {
  const choicesByUpn = new Map(choices.map((list) => [list.upn, list.choices]));
  const pathwayByKey = new Map(pathways.map((pathway) => [key(pathway.code), pathway]));
  return pupils.map((pupil) => {
    const route = routes.get(pupil.upn) ?? { code: null, source: 'none' };
    const pathway = route.code === null ? undefined : pathwayByKey.get(key(route.code));
    const chosen = choicesByUpn.get(pupil.upn) ?? [];
    return {
      upn: pupil.upn,
      name: `${pupil.forename} ${pupil.surname}`,
      route,
      violations: pathway && chosen.length > 0 ? checkChoices(pathway, chosen, courses) : [],
    };
  });
}

function unknownRoutes(
  checks: readonly PupilRouteCheck[],
  pathways: readonly Pathway[],
): UnknownRoute[] {
  const known = new Set(pathways.map((pathway) => key(pathway.code)));
  const pupilsByRoute = new Map<string, UnknownRoute>();
  for (const { route, name, upn } of checks) {
    if (route.source !== 'agreed' || route.code === null || known.has(key(route.code))) continue;
    const entry = pupilsByRoute.get(key(route.code)) ?? { code: route.code, pupils: [] };
    entry.pupils.push(`${name} (${upn})`);
    pupilsByRoute.set(key(route.code), entry);
  }
  return [...pupilsByRoute.values()];
}

/** One row per pupil and broken rule, grouped by route in the plan's order, pupils by name. */
function violationRows(
  checks: readonly PupilRouteCheck[],
  pathways: readonly Pathway[],
): ChoiceViolation[] {
  return pathways.flatMap((pathway) =>
    checks.flatMap((check) =>
      check.route.code !== null &&
      check.route.source !== 'none' &&
      key(check.route.code) === key(pathway.code)
        ? check.violations.map((violation) => ({
            upn: check.upn,
            name: check.name,
            route: pathway.code,
            routeName: pathway.name,
            source: check.route.source as 'agreed' | 'recommended',
            rule: violation.rule,
            problem: violation.problem,
          }))
        : [],
    ),
  );
}

function recommendationRows(
  pupils: readonly Pupil[],
  recommendations: readonly PathwayRecommendation[],
): RecommendationRow[] {
  const byUpn = new Map(pupils.map((pupil) => [pupil.upn, pupil]));
  return recommendations.map((recommendation) => {
    const pupil = byUpn.get(recommendation.upn);
    return {
      ...recommendation,
      name: pupil ? `${pupil.forename} ${pupil.surname}` : recommendation.upn,
      agreedPathway: pupil?.pathway ?? null,
    };
  });
}

/** The named scenario, else the agreed one, else the latest; null when the plan has none. */
function scenarioForFairness(
  db: PlanDatabase,
  requested: string | undefined,
): { used: ScenarioUsed; placements: FairnessPlacement[] } | null {
  let used: ScenarioUsed | null;
  if (requested !== undefined) {
    used = { name: requested, basis: 'named' };
  } else {
    const agreed = listScenarios(db).find((scenario) => scenario.isAgreed);
    const latest = latestScenarioName(db);
    used = agreed
      ? { name: agreed.name, basis: 'agreed' }
      : latest !== null
        ? { name: latest, basis: 'latest' }
        : null;
  }
  if (used === null) return null;
  const scenario = readScenario(db, used.name);
  if (!scenario) {
    throw new PathwayDataError(
      'unknown-scenario',
      `The plan has no scenario called "${used.name}".`,
    );
  }
  return {
    used: { ...used, name: scenario.name },
    placements: scenario.solution.placements.map(({ upn, course, reserve }) => ({
      upn,
      course,
      reserve,
    })),
  };
}
