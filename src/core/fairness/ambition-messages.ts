/** The sentences of the differential-ambition flags, naming the group, band and routes. */
import type { AttainmentBand, Pupil } from '../model';
import type { BandSides, TraitComparison } from './ambition-figures';
import type { CohortFacts } from './cohort-facts';
import { BAND_LABELS, type Characteristic } from './groups';
import type { BandComparison } from './types';
import { capitalised, chanceClause, listInWords, outOf, points } from './words';

/** The names of the lower routes the pupils are on, in the plan's order. */
function lowerRouteNames(facts: CohortFacts, pupils: readonly Pupil[]): string {
  const codes = new Set(
    pupils.filter(facts.isOnLowerRoute).map((pupil) => facts.routeOf(pupil.upn).code),
  );
  const names = facts.input.pathways
    .filter((pathway) => codes.has(pathway.code))
    .map((pathway) => pathway.name);
  return listInWords(names, 'or');
}

function bandInWords(band: AttainmentBand): string {
  return BAND_LABELS[band].toLowerCase();
}

export function adjustedMessage(
  facts: CohortFacts,
  comparison: TraitComparison,
  groupPupils: readonly Pupil[],
  pValue: number,
): string {
  const { trait, groupTotal: group, restTotal: rest, adjustedGap: gapPoints } = comparison;
  const byBand = comparison.informative
    .map(
      (c) =>
        `${BAND_LABELS[c.band]} prior attainment: ${outOf(c.group.onLowerRoute, c.group.pupils)} against ${outOf(c.rest.onLowerRoute, c.rest.pupils)}`,
    )
    .join('; ');
  return (
    `${capitalised(trait.pupilsInWords)} are more often on a lower route (${lowerRouteNames(facts, groupPupils)}) than ` +
    `${trait.restInWords} with the same prior attainment: ${outOf(group.onLowerRoute, group.pupils)} ` +
    `against ${outOf(rest.onLowerRoute, rest.pupils)}, a gap of ${points(gapPoints)} once prior ` +
    `attainment is allowed for (${chanceClause(pValue)}). ${byBand}.`
  );
}

export function bandMessage(
  facts: CohortFacts,
  trait: Characteristic,
  side: BandSides,
  comparison: BandComparison,
  pValue: number,
): string {
  const { group, rest } = comparison;
  return (
    `Among pupils with ${bandInWords(side.band)} prior attainment, ${trait.pupilsInWords} are ` +
    `more often on a lower route (${lowerRouteNames(facts, side.group)}): ` +
    `${outOf(group.onLowerRoute, group.pupils)} against ${outOf(rest.onLowerRoute, rest.pupils)} ` +
    `of ${trait.restInWords}, a gap of ${points(comparison.gapPoints)} (${chanceClause(pValue)}).`
  );
}
