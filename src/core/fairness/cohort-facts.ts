import type { Pupil } from '../model';
import { lowerRoutes } from '../pathways';
import type { FairnessInput, PupilRoute } from './types';

/** What a scenario gives one pupil. */
export interface PupilPlacements {
  courses: Set<string>;
  usedReserve: boolean;
}

/**
 * The facts about the cohort every part of the report reads, looked up once: each pupil's
 * choices, route and placements, and which routes are lower than another.
 */
export interface CohortFacts {
  input: FairnessInput;
  choicesOf: (upn: string) => readonly string[];
  routeOf: (upn: string) => PupilRoute;
  /** null when no scenario is given; a pupil the scenario places nowhere has no courses. */
  placementsOf: ((upn: string) => PupilPlacements) | null;
  lowerRouteReasons: Map<string, string[]>;
  isOnLowerRoute: (pupil: Pupil) => boolean;
  routeName: (code: string) => string;
}

const NO_ROUTE: PupilRoute = { code: null, source: 'none' };

export function cohortFacts(input: FairnessInput): CohortFacts {
  const choices = new Map(input.choices.map((list) => [list.upn, list.choices]));
  const courseMap = new Map(input.courses.map((course) => [course.code, course]));
  const lowerRouteReasons = lowerRoutes(input.pathways, courseMap, input.settings);
  const routeNames = new Map(input.pathways.map((pathway) => [pathway.code, pathway.name]));
  const routeOf = (upn: string): PupilRoute => input.routes.get(upn) ?? NO_ROUTE;
  return {
    input,
    choicesOf: (upn) => choices.get(upn) ?? [],
    routeOf,
    placementsOf: input.placements ? placementLookup(input.placements) : null,
    lowerRouteReasons,
    isOnLowerRoute: (pupil) => {
      const code = routeOf(pupil.upn).code;
      return code !== null && lowerRouteReasons.has(code);
    },
    routeName: (code) => routeNames.get(code) ?? code,
  };
}

function placementLookup(
  placements: NonNullable<FairnessInput['placements']>,
): (upn: string) => PupilPlacements {
  const byPupil = new Map<string, PupilPlacements>();
  for (const placement of placements) {
    const entry = byPupil.get(placement.upn) ?? { courses: new Set<string>(), usedReserve: false };
    entry.courses.add(placement.course);
    if (placement.reserve) entry.usedReserve = true;
    byPupil.set(placement.upn, entry);
  }
  return (upn) => byPupil.get(upn) ?? { courses: new Set(), usedReserve: false };
}
