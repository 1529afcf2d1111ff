import type { CohortFacts } from './cohort-facts';
import { fisherExactTest } from './exact-tests';
import { genderInWords, genderOf, NOT_RECORDED, recordedGenders } from './groups';
import type { GenderStereotypedRouteFlag } from './types';
import { capitalised, chanceClause, outOf, percent, points, theRoute } from './words';

/**
 * Gender-stereotyped routes: a route whose pupils are far more often of one gender than the
 * cohort is. Only the over-represented gender is flagged, so one imbalance gives one flag.
 * Pupils with no recorded gender are left out of both shares.
 */
export function genderStereotypedRouteFlags(facts: CohortFacts): GenderStereotypedRouteFlag[] {
  const { pupils, pathways, settings } = facts.input;
  const recorded = pupils.filter((pupil) => genderOf(pupil) !== NOT_RECORDED);
  const genders = recordedGenders(recorded).filter(
    (gender) =>
      recorded.filter((pupil) => genderOf(pupil) === gender).length >= settings.minimumGroupSize,
  );
  const flags: GenderStereotypedRouteFlag[] = [];

  for (const pathway of pathways) {
    const onRoute = recorded.filter((pupil) => facts.routeOf(pupil.upn).code === pathway.code);
    if (onRoute.length < settings.minimumGroupSize) continue;
    for (const gender of genders) {
      const genderOnRoute = onRoute.filter((pupil) => genderOf(pupil) === gender);
      const genderInCohort = recorded.filter((pupil) => genderOf(pupil) === gender).length;
      const routeShare = genderOnRoute.length / onRoute.length;
      const cohortShare = genderInCohort / recorded.length;
      const gapPoints = (routeShare - cohortShare) * 100;
      if (gapPoints < settings.genderGapPoints) continue;
      // The route's pupils against everyone else's, by gender: on the route or not.
      const pValue = fisherExactTest({
        a: genderOnRoute.length,
        b: onRoute.length - genderOnRoute.length,
        c: genderInCohort - genderOnRoute.length,
        d: recorded.length - onRoute.length - (genderInCohort - genderOnRoute.length),
      });
      if (pValue >= settings.significanceLevel) continue;
      flags.push({
        kind: 'gender-stereotyped-route',
        severity: 'concern',
        message:
          `${capitalised(theRoute(pathway.name))} is mostly ${genderInWords(gender)}: ` +
          `${outOf(genderOnRoute.length, onRoute.length)} of its pupils, against ` +
          `${percent(cohortShare)} of the cohort, a gap of ${points(gapPoints)} ` +
          `(${chanceClause(pValue)}).`,
        route: pathway.code,
        routeName: pathway.name,
        gender,
        routePupils: onRoute.length,
        genderOnRoute: genderOnRoute.length,
        routeShare,
        cohortPupils: recorded.length,
        genderInCohort,
        cohortShare,
        gapPoints,
        pValue,
        upns: genderOnRoute.map((pupil) => pupil.upn).sort(),
      });
    }
  }
  return flags;
}
