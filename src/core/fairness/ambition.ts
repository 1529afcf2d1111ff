import type { Pupil } from '../model';
import { compareTrait, type TraitComparison } from './ambition-figures';
import { adjustedMessage, bandMessage } from './ambition-messages';
import type { CohortFacts } from './cohort-facts';
import { characteristics } from './groups';
import type { DifferentialAmbitionFlag, LowerRouteFigures } from './types';

/**
 * Differential ambition: at equal prior attainment, is a group of pupils more often on a
 * lower route than the rest? Each characteristic is tested once over all bands, adjusted for
 * band. A single band is flagged on its own only when the adjusted test does not already flag
 * the characteristic, so a gap confined to one band is not lost in the total; because that
 * search looks in every band of every characteristic, each look must clear the significance
 * level divided by the number of looks (Bonferroni), or chance alone would raise a flag in
 * many a fair cohort.
 */
export function differentialAmbitionFlags(facts: CohortFacts): DifferentialAmbitionFlag[] {
  const { settings } = facts.input;
  const bigEnough = (f: LowerRouteFigures): boolean => f.pupils >= settings.minimumGroupSize;
  const stands = (gapPoints: number, pValue: number | null, level: number): pValue is number =>
    gapPoints >= settings.ambitionGapPoints && pValue !== null && pValue < level;

  const traits = characteristics(facts.input.pupils).map((trait) => compareTrait(facts, trait));
  const flags: DifferentialAmbitionFlag[] = [];
  const unflagged: TraitComparison[] = [];
  for (const comparison of traits) {
    const { groupTotal, restTotal, adjustedGap, adjustedP } = comparison;
    if (
      bigEnough(groupTotal) &&
      bigEnough(restTotal) &&
      stands(adjustedGap, adjustedP, settings.significanceLevel)
    ) {
      flags.push(adjustedFlag(facts, comparison, adjustedP));
    } else {
      unflagged.push(comparison);
    }
  }

  const looks = traits.flatMap(({ comparisons }) =>
    comparisons.filter((c) => bigEnough(c.group) && bigEnough(c.rest)),
  );
  const bandLevel = settings.significanceLevel / Math.max(1, looks.length);
  for (const { trait, sides, comparisons } of unflagged) {
    comparisons.forEach((comparison, index) => {
      const side = sides[index];
      if (!side || !looks.includes(comparison)) return;
      if (!stands(comparison.gapPoints, comparison.pValue, bandLevel)) return;
      flags.push({
        kind: 'differential-ambition',
        severity: 'concern',
        message: bandMessage(facts, trait, side, comparison, comparison.pValue),
        dimension: trait.dimension,
        group: trait.label,
        band: comparison.band,
        groupFigures: comparison.group,
        restFigures: comparison.rest,
        gapPoints: comparison.gapPoints,
        pValue: comparison.pValue,
        bands: [comparison],
        upns: upnsOnLowerRoute(facts, side.group),
      });
    });
  }
  return flags;
}

function adjustedFlag(
  facts: CohortFacts,
  comparison: TraitComparison,
  pValue: number,
): DifferentialAmbitionFlag {
  const { trait, sides, informative, groupTotal, restTotal, adjustedGap } = comparison;
  const groupPupils = sides
    .filter((side) => informative.some((c) => c.band === side.band))
    .flatMap((side) => side.group);
  return {
    kind: 'differential-ambition',
    severity: 'concern',
    message: adjustedMessage(facts, comparison, groupPupils, pValue),
    dimension: trait.dimension,
    group: trait.label,
    band: null,
    groupFigures: groupTotal,
    restFigures: restTotal,
    gapPoints: adjustedGap,
    pValue,
    bands: comparison.comparisons,
    upns: upnsOnLowerRoute(facts, groupPupils),
  };
}

function upnsOnLowerRoute(facts: CohortFacts, pupils: readonly Pupil[]): string[] {
  return pupils
    .filter(facts.isOnLowerRoute)
    .map((pupil) => pupil.upn)
    .sort();
}
