import type { AttainmentBand, ChoiceList, Pupil } from '../model';
import { checkChoices } from './check-choices';
import { compareRoutes, type TariffSettings } from './compare';
import {
  codeKey,
  findCourse,
  toCourseIndex,
  type CourseIndex,
  type CourseSource,
} from './course-lookup';
import { selectorIncludes } from './selectors';
import type { Pathway, PathwayRecommendation, RouteComparison, RuleViolation } from './types';
import { listInWords } from './words';

/**
 * What a recommendation may look at: prior attainment, choices and the routes' rules. The pupil's
 * disadvantage, SEND, EAL and gender are deliberately not read: a route must never follow from
 * them.
 */
export type RecommendationPupil = Pick<Pupil, 'upn' | 'priorAttainment' | 'pathway'>;

export interface RecommendationInput {
  pupil: RecommendationPupil;
  choices: ChoiceList | undefined;
  pathways: readonly Pathway[];
  courses: CourseSource;
  settings: TariffSettings;
}

const BAND_WORDS: Record<AttainmentBand, string> = {
  L: 'low prior attainers',
  M: 'middle prior attainers',
  H: 'high prior attainers',
};

/** Guidance only: a route with no bands is meant for everyone; an unknown band matches only those. */
function meantFor(pathway: Pathway, band: AttainmentBand | null): boolean {
  const bands = pathway.eligibility.bands;
  return bands.length === 0 || (band !== null && bands.includes(band));
}

function audience(pathway: Pathway): string {
  const bands = pathway.eligibility.bands;
  if (bands.length === 0) return 'meant for all bands';
  return `meant for ${listInWords(
    bands.map((band) => BAND_WORDS[band]),
    'and',
  )}`;
}

interface Assessed {
  pathway: Pathway;
  violations: RuleViolation[];
  meant: boolean;
}

/**
 * The route that suits a pupil's choices best, and whether a person must decide it.
 *
 * A route fits when the choices meet every rule. Of the fitting routes the highest is
 * recommended (one no other fitting route is above), preferring a route meant for the pupil's
 * band, then their current route. When nothing fits, the route meant for them that needs the
 * fewest changes is recommended, with the changes. A recommendation that is lower than their
 * current route, than another route their choices fit, or (when it rests on band guidance
 * rather than on their choices) than any route in the plan is flagged for review.
 */
export function recommendPathway(input: RecommendationInput): PathwayRecommendation {
  const { pupil, pathways, settings } = input;
  const courses = toCourseIndex(input.courses);
  const upn = pupil.upn;
  if (pathways.length === 0) {
    return {
      upn,
      recommended: null,
      reason: 'The plan has no pathways yet.',
      needsReview: false,
      reviewReasons: [],
      violations: [],
    };
  }
  const band = pupil.priorAttainment.band;
  const choices = input.choices?.choices ?? [];
  const assessed: Assessed[] = pathways.map((pathway) => ({
    pathway,
    violations: checkChoices(pathway, choices, courses),
    meant: meantFor(pathway, band),
  }));
  const isLower = comparer(courses, settings);
  const current = assessed.find(
    (entry) => pupil.pathway !== null && codeKey(entry.pathway.code) === codeKey(pupil.pathway),
  );
  const fitting = assessed.filter((entry) => entry.violations.length === 0);
  const hasChoices = choices.some((code) => code.trim() !== '');

  const pick = !hasChoices
    ? byGuidance(assessed, current, isLower)
    : fitting.length > 0
      ? highest(fitting, current, isLower)
      : closest(assessed, current, isLower);

  const reviewReasons = reviewReasonsFor(pick, {
    current,
    fitting,
    others: pick.violations.length > 0 || !hasChoices ? assessed : [],
    isLower,
  });

  return {
    upn,
    recommended: pick.pathway.code,
    reason: explain(pick, hasChoices, choices, courses),
    needsReview: reviewReasons.length > 0,
    reviewReasons,
    violations: pick.violations,
  };
}

type Comparer = (a: Pathway, b: Pathway) => RouteComparison;

/** compareRoutes, worked out once per pair of routes. */
function comparer(courses: CourseIndex, settings: TariffSettings): Comparer {
  const known = new Map<Pathway, Map<Pathway, RouteComparison>>();
  return (a, b) => {
    const row = known.get(a) ?? new Map<Pathway, RouteComparison>();
    known.set(a, row);
    const comparison = row.get(b) ?? compareRoutes(a, b, courses, settings);
    row.set(b, comparison);
    return comparison;
  };
}

/**
 * Why a person must confirm the route: it is lower than (a) their current route, (b) another
 * route their choices fit, or (c) any other route, when it rests on guidance, not on choices.
 */
function reviewReasonsFor(
  pick: Assessed,
  context: {
    current: Assessed | undefined;
    fitting: readonly Assessed[];
    others: readonly Assessed[];
    isLower: Comparer;
  },
): string[] {
  const reasons: string[] = [];
  const considered = new Set<Assessed>([pick]);
  const note = (other: Assessed | undefined, lead: (name: string) => string) => {
    if (!other || considered.has(other)) return;
    considered.add(other);
    for (const reason of context.isLower(pick.pathway, other.pathway).reasons) {
      reasons.push(`${lead(other.pathway.name)}: ${reason}.`);
    }
  };
  const name = pick.pathway.name;
  note(context.current, (other) => `The ${name} is lower than their current route, the ${other}`);
  for (const entry of context.fitting) {
    note(entry, (other) => `The ${name} is lower than the ${other}, which their choices also fit`);
  }
  for (const entry of context.others) {
    note(
      entry,
      (other) =>
        `The ${name} rests on guidance rather than on their choices, and is lower than the ${other}`,
    );
  }
  return reasons;
}

/** Entries no other entry of the list is above; all of them when every one is below another. */
function topOf(entries: readonly Assessed[], isLower: Comparer): Assessed[] {
  const top = entries.filter(
    (entry) =>
      !entries.some((other) => other !== entry && isLower(entry.pathway, other.pathway).lower),
  );
  return top.length > 0 ? top : [...entries];
}

/** The first of the candidates meant for the pupil, then their current route, then plan order. */
function preferred(candidates: readonly Assessed[], current: Assessed | undefined): Assessed {
  const meant = candidates.filter((entry) => entry.meant);
  const pool = meant.length > 0 ? meant : candidates;
  return (current && pool.includes(current) ? current : pool[0]) as Assessed;
}

function highest(fitting: readonly Assessed[], current: Assessed | undefined, isLower: Comparer) {
  return preferred(topOf(fitting, isLower), current);
}

/** Nothing fits: among routes meant for them (else any), the fewest broken rules, then higher. */
function closest(assessed: readonly Assessed[], current: Assessed | undefined, isLower: Comparer) {
  const meant = assessed.filter((entry) => entry.meant);
  const pool = meant.length > 0 ? meant : assessed;
  const fewest = Math.min(...pool.map((entry) => entry.violations.length));
  return preferred(
    topOf(
      pool.filter((entry) => entry.violations.length === fewest),
      isLower,
    ),
    current,
  );
}

/** No choices yet: their current route if they have one, else the highest route meant for them. */
function byGuidance(
  assessed: readonly Assessed[],
  current: Assessed | undefined,
  isLower: Comparer,
) {
  if (current) return current;
  const meant = assessed.filter((entry) => entry.meant);
  return preferred(topOf(meant.length > 0 ? meant : assessed, isLower), undefined);
}

function explain(
  pick: Assessed,
  hasChoices: boolean,
  choices: readonly string[],
  courses: CourseIndex,
): string {
  const { pathway } = pick;
  const forWhom = pick.meant ? audience(pathway) : `${audience(pathway)}, not their band`;
  if (!hasChoices) {
    return `They have made no choices yet, so this rests on guidance only: the ${pathway.name} is ${forWhom}.`;
  }
  if (pick.violations.length === 0) {
    const named = coursesTheRulesCount(pathway, choices, courses);
    const which = named.length > 0 ? ` (${named.join(', ')})` : '';
    return `Their choices meet every rule of the ${pathway.name}${which} and the route is ${forWhom}.`;
  }
  const changes = pick.violations.map((violation) =>
    violation.kind === 'option-count'
      ? violation.problem
      : `${violation.rule}, but ${violation.problem}`,
  );
  return `Their choices do not fit any route; the ${pathway.name} is ${forWhom} and needs the fewest changes. To fit it: ${changes.join('; ')}.`;
}

/** The chosen courses that meet the route's requirements (minimums and fixed courses). */
function coursesTheRulesCount(
  pathway: Pathway,
  choices: readonly string[],
  courses: CourseIndex,
): string[] {
  const names: string[] = [];
  for (const code of new Set(choices.map(codeKey))) {
    const course = findCourse(courses, code);
    if (!course) continue;
    const counted = pathway.rules.some((rule) =>
      rule.kind === 'must-include'
        ? codeKey(rule.course) === code
        : (rule.kind === 'choose-one-of' || rule.kind === 'at-least') &&
          selectorIncludes(rule.from, course),
    );
    if (counted) names.push(course.name);
  }
  return names;
}

/** Recommendations for every pupil of a cohort, in the cohort's order. */
export function recommendPathways(input: {
  pupils: readonly RecommendationPupil[];
  choices: readonly ChoiceList[];
  pathways: readonly Pathway[];
  courses: CourseSource;
  settings: TariffSettings;
}): PathwayRecommendation[] {
  const courses = toCourseIndex(input.courses);
  const choicesByUpn = new Map(input.choices.map((list) => [list.upn, list]));
  return input.pupils.map((pupil) =>
    recommendPathway({
      pupil,
      choices: choicesByUpn.get(pupil.upn),
      pathways: input.pathways,
      courses,
      settings: input.settings,
    }),
  );
}
