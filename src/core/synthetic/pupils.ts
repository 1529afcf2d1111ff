import { bandFromScore } from '../attainment';
import type { PriorAttainment, Pupil, SendStatus } from '../model';
import type { Random } from '../random';
import { HERITAGES } from './names';
import { upnSource } from './upns';

const FORM_SIZE = 30;
/** Form letters as schools use them: I and O are left out, being easily misread. */
const FORM_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

const BOYS_SHARE = 0.51;
/** Pupils whose forename comes from a different heritage from their surname. */
const MIXED_NAME_RATE = 0.12;
const DISADVANTAGED_RATE = 0.25;
const SEN_SUPPORT_RATE = 0.12;
const EHC_PLAN_RATE = 0.02;

/**
 * KS2 average scaled scores: about 104 with a spread of 6 across the cohort. The gaps below
 * follow the national ones: disadvantaged pupils and pupils with SEND score lower on average.
 */
const SCORE_BASE = 105.5;
const SCORE_SPREAD = 5.5;
const DISADVANTAGED_GAP = 3;
const SEN_SUPPORT_GAP = 5;
const EHC_PLAN_GAP = 9;
/** No KS2 result, mostly pupils who arrived from abroad later. */
const MISSING_SCORE_RATE = { eal: 0.1, other: 0.02 } as const;

export function generatePupils(random: Random, count: number): Pupil[] {
  const forms = formNames(Math.max(1, Math.round(count / FORM_SIZE)));
  // Dealing a shuffled deck keeps every form the same size to within one pupil.
  const formOf = random.shuffle(Array.from({ length: count }, (_, i) => forms[i % forms.length]));
  const nextUpn = upnSource(random);

  return Array.from({ length: count }, (_, index): Pupil => {
    const gender = random.chance(BOYS_SHARE) ? 'M' : 'F';
    const heritage = random.weightedPick(HERITAGES, (h) => h.share);
    const forenameHeritage = random.chance(MIXED_NAME_RATE)
      ? random.weightedPick(HERITAGES, (h) => h.share)
      : heritage;
    const disadvantaged = random.chance(DISADVANTAGED_RATE);
    const send = sendStatus(random, gender, disadvantaged);
    const eal = random.chance(heritage.ealRate);
    return {
      upn: nextUpn(),
      surname: random.pick(heritage.surnames),
      forename: random.pick(gender === 'M' ? forenameHeritage.boys : forenameHeritage.girls),
      form: formOf[index] ?? null,
      gender,
      disadvantaged,
      send,
      eal,
      priorAttainment: priorAttainment(random, { disadvantaged, send, eal }),
      pathway: null,
    };
  });
}

function formNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const letter = FORM_LETTERS.charAt(i % FORM_LETTERS.length);
    const round = Math.floor(i / FORM_LETTERS.length);
    return `9${letter}${round === 0 ? '' : round + 1}`;
  });
}

/** Boys and disadvantaged pupils are identified with SEND more often, as nationally. */
function sendStatus(random: Random, gender: 'M' | 'F', disadvantaged: boolean): SendStatus {
  const factor = (gender === 'M' ? 1.25 : 0.75) * (disadvantaged ? 1.6 : 0.8);
  const draw = random.next();
  if (draw < EHC_PLAN_RATE * factor) return 'E';
  if (draw < (EHC_PLAN_RATE + SEN_SUPPORT_RATE) * factor) return 'K';
  return 'N';
}

function priorAttainment(
  random: Random,
  pupil: Pick<Pupil, 'disadvantaged' | 'send' | 'eal'>,
): PriorAttainment {
  const missingRate = pupil.eal ? MISSING_SCORE_RATE.eal : MISSING_SCORE_RATE.other;
  if (random.chance(missingRate)) return { score: null, band: null };
  const raw = random.normal(
    SCORE_BASE -
      (pupil.disadvantaged ? DISADVANTAGED_GAP : 0) -
      (pupil.send === 'K' ? SEN_SUPPORT_GAP : 0) -
      (pupil.send === 'E' ? EHC_PLAN_GAP : 0),
    SCORE_SPREAD,
  );
  // An average of two whole scaled scores (reading, maths), each from 80 to 120.
  const score = Math.min(120, Math.max(80, Math.round(raw * 2) / 2));
  return { score, band: bandFromScore(score) };
}
