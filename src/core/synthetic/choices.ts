import type { AttainmentBand, ChoiceList, Pupil } from '../model';
import type { Random } from '../random';
import type { CatalogueCourse } from './catalogue';
import { CHOICE_CLUSTERS } from './clusters';

export const CHOICES_PER_PUPIL = 4;
/** Pupils who leave their last choice blank. */
const FEWER_CHOICES_RATE = 0.04;
const TWO_RESERVES_RATE = 0.6;
/** Having picked one language, few pupils pick a second. */
const SECOND_LANGUAGE_FACTOR = 0.3;

/**
 * Ranked choices and reserves for each pupil. A course is never named twice by one pupil, and a
 * pupil's choices never need more blocks than there are (a double course takes two).
 */
export function generateChoices(
  random: Random,
  pupils: readonly Pupil[],
  catalogue: readonly CatalogueCourse[],
  blockCount: number,
): ChoiceList[] {
  const factors = choiceFactors(catalogue);
  const supported = catalogue.findIndex((course) => course.supported);
  return pupils.map((pupil) => {
    const weights = choiceWeights(random, pupil, factors);
    const take = (index: number): string => {
      weights[index] = 0;
      if (factors.isLanguage[index]) {
        factors.isLanguage.forEach((language, i) => {
          if (language) weights[i] = (weights[i] ?? 0) * SECOND_LANGUAGE_FACTOR;
        });
      }
      return catalogue[index]?.code ?? '';
    };

    const wanted = Math.min(
      random.chance(FEWER_CHOICES_RATE) ? CHOICES_PER_PUPIL - 1 : CHOICES_PER_PUPIL,
      blockCount,
    );
    const choices: string[] = [];
    let blocksLeft = blockCount;
    // The school offers the supported course as one of the pupil's choices, first so it holds.
    if (supported >= 0 && random.chance(supportedPlaceRate(pupil))) {
      choices.push(take(supported));
      blocksLeft -= 1;
    }
    while (choices.length < wanted) {
      const fitting = weights.map((weight, i) =>
        (factors.blocksSpanned[i] ?? 1) <= blocksLeft ? weight : 0,
      );
      if (!fitting.some((weight) => weight > 0)) break;
      const index = random.weightedIndex(fitting);
      blocksLeft -= factors.blocksSpanned[index] ?? 1;
      choices.push(take(index));
    }

    const reserves: string[] = [];
    const reserveCount = random.chance(TWO_RESERVES_RATE) ? 2 : 1;
    while (reserves.length < reserveCount && weights.some((weight) => weight > 0)) {
      reserves.push(take(random.weightedIndex(weights)));
    }
    return { upn: pupil.upn, choices, reserves };
  });
}

/** The catalogue's weights as plain numbers per course index, worked out once per cohort. */
interface ChoiceFactors {
  popularity: number[];
  byBand: Record<AttainmentBand, number[]>;
  byGender: Record<'F' | 'M', number[]>;
  byCluster: number[][];
  isLanguage: boolean[];
  blocksSpanned: number[];
}

function choiceFactors(catalogue: readonly CatalogueCourse[]): ChoiceFactors {
  const per = (value: (course: CatalogueCourse) => number) => catalogue.map(value);
  const band = (b: AttainmentBand) => per((course) => course.byBand?.[b] ?? 1);
  const gender = (g: 'F' | 'M') => per((course) => course.byGender?.[g] ?? 1);
  return {
    popularity: per((course) => (course.supported ? 0 : course.popularity)),
    byBand: { L: band('L'), M: band('M'), H: band('H') },
    byGender: { F: gender('F'), M: gender('M') },
    byCluster: CHOICE_CLUSTERS.map((cluster) =>
      per((course) => cluster.byCourse[course.code] ?? cluster.byCategory[course.category] ?? 1),
    ),
    isLanguage: catalogue.map((course) => course.category === 'language'),
    blocksSpanned: per((course) => course.blocksSpanned),
  };
}

/** Popularity of each course for this pupil, after their leaning, attainment and gender. */
function choiceWeights(random: Random, pupil: Pupil, factors: ChoiceFactors): number[] {
  const band = pupil.priorAttainment.band;
  const gender = pupil.gender === 'F' || pupil.gender === 'M' ? pupil.gender : null;
  const cluster = random.weightedIndex(
    CHOICE_CLUSTERS.map((c) => c.membership[band ?? 'unknown'] * (gender ? c.byGender[gender] : 1)),
  );
  const byCluster = factors.byCluster[cluster] ?? [];
  const byBand = band ? factors.byBand[band] : null;
  const byGender = gender ? factors.byGender[gender] : null;
  return factors.popularity.map(
    (popularity, i) => popularity * (byCluster[i] ?? 1) * (byBand?.[i] ?? 1) * (byGender?.[i] ?? 1),
  );
}

/** Offered mostly to pupils with SEND whose attainment is low or not known. */
function supportedPlaceRate(pupil: Pupil): number {
  const band = pupil.priorAttainment.band;
  if (band === 'H') return 0;
  const low = band !== 'M';
  if (pupil.send === 'E') return low ? 0.6 : 0.2;
  if (pupil.send === 'K') return low ? 0.4 : 0.03;
  return band === 'L' ? 0.04 : 0;
}
