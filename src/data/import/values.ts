import { bandFromScore } from '../../core/attainment';
import type { AttainmentBand, PriorAttainment, SendStatus } from '../../core/model';
import { compactKey } from './keys';

/**
 * Cell value readers. Each takes the trimmed cell text and returns the value or a problem
 * phrased for the person who typed the cell. A blank cell always means "the default".
 */
export type Parsed<T> = { ok: true; value: T; note?: string } | { ok: false; problem: string };

const ok = <T>(value: T, note?: string): Parsed<T> =>
  note === undefined ? { ok: true, value } : { ok: true, value, note };
const bad = (problem: string): Parsed<never> => ({ ok: false, problem });

const YES = new Set(['y', 'yes', 'true', 't', '1']);
const NO = new Set(['n', 'no', 'false', 'f', '0']);

export function parseFlag(text: string, whenBlank = false): Parsed<boolean> {
  if (text === '') return ok(whenBlank);
  const key = compactKey(text);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return bad(
    `"${text}" is not a yes/no answer: use Y or N (Yes/No, True/False and 1/0 also work).`,
  );
}

const SEND_WORDS: Record<string, SendStatus> = {
  n: 'N',
  no: 'N',
  none: 'N',
  nosen: 'N',
  nospecialeducationalneed: 'N',
  nospecialeducationalneeds: 'N',
  k: 'K',
  sensupport: 'K',
  support: 'K',
  e: 'E',
  ehcp: 'E',
  ehcplan: 'E',
  educationhealthandcareplan: 'E',
  s: 'E',
  statement: 'E',
  statementofsen: 'E',
  statemented: 'E',
};

export function parseSend(text: string): Parsed<SendStatus> {
  if (text === '') return ok('N');
  const status = SEND_WORDS[compactKey(text)];
  if (status) return ok(status);
  return bad(
    `"${text}" is not a SEND status: use N (none), K (SEN support) or E (EHC plan). ` +
      'The words "SEN Support" and "Education, Health and Care Plan" also work.',
  );
}

// DfE first-language codes and phrases that say nothing about English being an additional language.
const NOT_EAL = new Set([
  'english',
  'eng',
  'enb',
  'believedtobeenglish',
  'notknown',
  'unknown',
  'informationnotobtained',
  'notobtained',
  'not',
  'refused',
  'ref',
  'na',
  'notapplicable',
]);
const EAL = new Set(['otb', 'oth', 'otherthanenglish', 'believedtobeotherthanenglish']);

/** An EAL flag, or a first language: English (or unknown) means not EAL, any other means EAL. */
export function parseEal(text: string): Parsed<boolean> {
  const flag = parseFlag(text);
  if (flag.ok) return flag;
  const key = compactKey(text);
  if (NOT_EAL.has(key) || key.startsWith('english')) return ok(false);
  if (EAL.has(key) || /\p{L}/u.test(key)) return ok(true);
  return bad(`"${text}" is not an EAL value: use Y or N, or the pupil's first language.`);
}

const BAND_WORDS: Record<string, AttainmentBand> = {
  l: 'L',
  low: 'L',
  lower: 'L',
  m: 'M',
  mid: 'M',
  middle: 'M',
  medium: 'M',
  h: 'H',
  high: 'H',
  higher: 'H',
};

const KS2_SCALE = { lowest: 80, highest: 120 };

/** A KS2 scaled score (the band is worked out from it) or a band L/M/H. */
export function parsePriorAttainment(text: string): Parsed<PriorAttainment> {
  if (text === '') return ok({ score: null, band: null });
  const band = BAND_WORDS[compactKey(text)];
  if (band) return ok({ score: null, band });
  // Decimal commas come from spreadsheets set to European number formats.
  if (/^\d+([.,]\d+)?$/.test(text)) {
    const score = Number(text.replace(',', '.'));
    const note =
      score < KS2_SCALE.lowest || score > KS2_SCALE.highest
        ? `${text} is outside the KS2 scaled score range (${KS2_SCALE.lowest}–${KS2_SCALE.highest}); ` +
          'its band was worked out as if it were a scaled score.'
        : undefined;
    return ok({ score, band: bandFromScore(score) }, note);
  }
  return bad(
    `"${text}" is not a prior attainment: give a KS2 scaled score (e.g. 104.5) or a band L, M or H.`,
  );
}

export interface WholeNumberRule {
  min: number;
  max?: number;
  /** What the number is, for messages: "the largest group size". */
  what: string;
}

export function parseWholeNumber(text: string, rule: WholeNumberRule): Parsed<number> {
  const value = /^[+]?\d+(\.0+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(value))
    return bad(`${rule.what} must be a whole number, not "${text}".`);
  if (value < rule.min) return bad(`${rule.what} must be at least ${rule.min}, not ${value}.`);
  if (rule.max !== undefined && value > rule.max) {
    return bad(`${rule.what} must be at most ${rule.max}, not ${value}.`);
  }
  return ok(value);
}

/** A list in one cell: "A;B" (canonical), and "A, B" is accepted too. */
export function splitList(text: string): string[] {
  return text
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Optional free text: blank becomes null. */
export function optionalText(text: string): string | null {
  return text === '' ? null : text;
}
