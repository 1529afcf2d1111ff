/** The figures behind differential ambition: one characteristic against the rest, per band. */
import type { AttainmentBand, Pupil } from '../model';
import type { CohortFacts } from './cohort-facts';
import { fisherExactTest, stratifiedExactTest, type TwoByTwo } from './exact-tests';
import { BANDS, type Characteristic } from './groups';
import type { BandComparison, LowerRouteFigures } from './types';

/** The pupils of one band on each side of a comparison. */
export interface BandSides {
  band: AttainmentBand;
  group: Pupil[];
  rest: Pupil[];
}

function figures(facts: CohortFacts, label: string, pupils: readonly Pupil[]): LowerRouteFigures {
  const onLowerRoute = pupils.filter(facts.isOnLowerRoute).length;
  return {
    label,
    pupils: pupils.length,
    onLowerRoute,
    share: pupils.length === 0 ? 0 : onLowerRoute / pupils.length,
  };
}

function table(group: LowerRouteFigures, rest: LowerRouteFigures): TwoByTwo {
  return {
    a: group.onLowerRoute,
    b: group.pupils - group.onLowerRoute,
    c: rest.onLowerRoute,
    d: rest.pupils - rest.onLowerRoute,
  };
}

function compareBand(facts: CohortFacts, trait: Characteristic, sides: BandSides): BandComparison {
  const group = figures(facts, trait.label, sides.group);
  const rest = figures(facts, 'Others', sides.rest);
  const comparable = group.pupils > 0 && rest.pupils > 0;
  return {
    band: sides.band,
    group,
    rest,
    gapPoints: comparable ? (group.share - rest.share) * 100 : 0,
    pValue: comparable ? fisherExactTest(table(group, rest)) : null,
  };
}

/**
 * The Mantel–Haenszel estimate of the difference in shares across bands: each band's gap
 * weighted by how much that band can tell (n1·n0/n), so that a band where nearly everyone is
 * on one side counts for little.
 */
function bandAdjustedGap(comparisons: readonly BandComparison[]): number {
  let weighted = 0;
  let weights = 0;
  for (const { group, rest } of comparisons) {
    const weight = (group.pupils * rest.pupils) / (group.pupils + rest.pupils);
    weighted += weight * (group.share - rest.share);
    weights += weight;
  }
  return weights === 0 ? 0 : (weighted / weights) * 100;
}

function sum(figuresList: readonly LowerRouteFigures[], label: string): LowerRouteFigures {
  const pupils = figuresList.reduce((total, f) => total + f.pupils, 0);
  const onLowerRoute = figuresList.reduce((total, f) => total + f.onLowerRoute, 0);
  return { label, pupils, onLowerRoute, share: pupils === 0 ? 0 : onLowerRoute / pupils };
}

/** One characteristic compared with the rest, band by band and across bands. */
export interface TraitComparison {
  trait: Characteristic;
  sides: BandSides[];
  comparisons: BandComparison[];
  /** The bands where both sides have pupils, the only ones that say anything. */
  informative: BandComparison[];
  groupTotal: LowerRouteFigures;
  restTotal: LowerRouteFigures;
  adjustedGap: number;
  adjustedP: number | null;
}

export function compareTrait(facts: CohortFacts, trait: Characteristic): TraitComparison {
  const compared = facts.input.pupils.filter(trait.compared);
  const sides: BandSides[] = BANDS.map((band) => {
    const inBand = compared.filter((pupil) => pupil.priorAttainment.band === band);
    return {
      band,
      group: inBand.filter(trait.inGroup),
      rest: inBand.filter((pupil) => !trait.inGroup(pupil)),
    };
  });
  const comparisons = sides.map((side) => compareBand(facts, trait, side));
  const informative = comparisons.filter((c) => c.pValue !== null);
  return {
    trait,
    sides,
    comparisons,
    informative,
    groupTotal: sum(
      informative.map((c) => c.group),
      trait.label,
    ),
    restTotal: sum(
      informative.map((c) => c.rest),
      'Others',
    ),
    adjustedGap: bandAdjustedGap(informative),
    adjustedP:
      informative.length === 0
        ? null
        : stratifiedExactTest(informative.map((c) => table(c.group, c.rest))),
  };
}
