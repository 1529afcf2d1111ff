import type { Pupil } from '../model';
import type { FairnessSettings } from '../pathways';
import type { CohortFacts } from './cohort-facts';
import { BAND_LABELS } from './groups';
import { routeShutsOutCategory, sameCategory } from './route-room';
import type { ProgressionCause, ProgressionFlag, ProgressionPupil } from './types';
import { listInWords } from './words';

type ProgressionCategory = FairnessSettings['progressionCategories'][number];

/** Causes in the order they are weighed: the first that applies is the pupil's. */
const CAUSES: readonly ProgressionCause[] = [
  'not-offered',
  'route-forbids',
  'not-given',
  'not-chosen',
];

/**
 * Progression: pupils in the named bands (usually high prior attainers) whose offer has no
 * course of a category that keeps a door open (usually a language). The offer is what the
 * blocking gives them when there is a blocking, otherwise what they chose.
 */
export function progressionFlags(facts: CohortFacts): ProgressionFlag[] {
  return facts.input.settings.progressionCategories.flatMap((category) => {
    const flag = progressionFlag(facts, category);
    return flag ? [flag] : [];
  });
}

function progressionFlag(facts: CohortFacts, entry: ProgressionCategory): ProgressionFlag | null {
  const { pupils, courses, pathways } = facts.input;
  const inCategory = new Set(
    courses.filter((course) => sameCategory(course.category, entry.category)).map((c) => c.code),
  );
  const shutOut = new Set(
    pathways
      .filter((route) => routeShutsOutCategory(route, entry.category, courses))
      .map((route) => route.code),
  );
  const inBands = pupils.filter(
    (pupil) =>
      pupil.priorAttainment.band !== null && entry.bands.includes(pupil.priorAttainment.band),
  );

  const missing: ProgressionPupil[] = [];
  for (const pupil of inBands) {
    const cause = causeFor(facts, pupil, inCategory, shutOut);
    if (cause) missing.push({ upn: pupil.upn, cause });
  }
  if (missing.length === 0) return null;
  missing.sort(
    (a, b) =>
      CAUSES.indexOf(a.cause) - CAUSES.indexOf(b.cause) ||
      (a.upn < b.upn ? -1 : a.upn > b.upn ? 1 : 0),
  );

  const counts = Object.fromEntries(
    CAUSES.map((cause) => [cause, missing.filter((pupil) => pupil.cause === cause).length]),
  ) as Record<ProgressionCause, number>;
  const offerFrom = facts.placementsOf ? 'placements' : 'choices';
  const routesShuttingOut = pathways
    .filter((route) => shutOut.has(route.code))
    .filter((route) => inBands.some((pupil) => facts.routeOf(pupil.upn).code === route.code))
    .map((route) => route.name);
  return {
    kind: 'progression',
    severity: counts['not-chosen'] === missing.length ? 'note' : 'concern',
    message: progressionMessage(
      entry,
      inBands.length,
      missing.length,
      counts,
      offerFrom,
      routesShuttingOut,
    ),
    category: entry.category,
    label: entry.label,
    bands: [...entry.bands],
    pupilsInBands: inBands.length,
    counts,
    offerFrom,
    pupils: missing,
    upns: missing.map((pupil) => pupil.upn),
  };
}

/** Why the pupil's offer lacks the category, or null when it has one. */
function causeFor(
  facts: CohortFacts,
  pupil: Pupil,
  inCategory: ReadonlySet<string>,
  shutOut: ReadonlySet<string>,
): ProgressionCause | null {
  const choices = facts.choicesOf(pupil.upn);
  const chose = choices.some((course) => inCategory.has(course));
  const offer = facts.placementsOf ? [...facts.placementsOf(pupil.upn).courses] : choices;
  if (offer.some((course) => inCategory.has(course))) return null;
  if (inCategory.size === 0) return 'not-offered';
  const route = facts.routeOf(pupil.upn).code;
  if (route !== null && shutOut.has(route)) return 'route-forbids';
  return chose ? 'not-given' : 'not-chosen';
}

function progressionMessage(
  entry: ProgressionCategory,
  pupilsInBands: number,
  missing: number,
  counts: Record<ProgressionCause, number>,
  offerFrom: 'placements' | 'choices',
  routesShuttingOut: readonly string[],
): string {
  const bands = listInWords(
    entry.bands.map((band) => BAND_LABELS[band].toLowerCase()),
    'or',
  );
  const where =
    offerFrom === 'placements' ? 'in the courses the blocks give them' : 'in their choices';
  const parts: string[] = [];
  if (counts['not-offered'] > 0) {
    parts.push(`the plan has no course in the category "${entry.category}"`);
  }
  if (counts['route-forbids'] > 0) {
    parts.push(
      `${counts['route-forbids']} are on a route whose rules leave no room for one (${listInWords(routesShuttingOut, 'and')})`,
    );
  }
  if (counts['not-given'] > 0) {
    parts.push(`${counts['not-given']} chose one but the blocks did not give it them`);
  }
  if (counts['not-chosen'] > 0) {
    parts.push(`${counts['not-chosen']} did not choose one, a conversation to have`);
  }
  return (
    `${missing} of ${pupilsInBands} pupils with ${bands} prior attainment have no ` +
    `${entry.label.replace(/^(a|an) /i, '')} ${where}: ${parts.join('; ')}.`
  );
}
