import type { AttainmentBand, Pupil } from '../model';
import type { FairnessDimension } from './types';
import { capitalised } from './words';

/** A group of pupils as a row of a breakdown, with the test of who belongs to it. */
export interface GroupDefinition {
  key: string;
  label: string;
  combined: boolean;
  includes: (pupil: Pupil) => boolean;
}

export interface DimensionDefinition {
  dimension: FairnessDimension;
  title: string;
  groups: GroupDefinition[];
}

export const BANDS: readonly AttainmentBand[] = ['L', 'M', 'H'];

export const BAND_LABELS: Record<AttainmentBand, string> = {
  L: 'Low',
  M: 'Middle',
  H: 'High',
};

export const NOT_RECORDED = 'Not recorded';

/** A pupil's gender as recorded, with blanks as "Not recorded". */
export function genderOf(pupil: Pupil): string {
  const gender = pupil.gender?.trim() ?? '';
  return gender === '' ? NOT_RECORDED : gender;
}

const group = (
  key: string,
  label: string,
  includes: (pupil: Pupil) => boolean,
  combined = false,
): GroupDefinition => ({ key, label, combined, includes });

/** The genders that occur in the cohort, sorted, with "Not recorded" last when it occurs. */
export function recordedGenders(pupils: readonly Pupil[]): string[] {
  const genders = new Set(pupils.map(genderOf));
  const recorded = [...genders].filter((gender) => gender !== NOT_RECORDED).sort();
  return genders.has(NOT_RECORDED) ? [...recorded, NOT_RECORDED] : recorded;
}

/** The tables of the report: one per pupil characteristic, in the order they are shown. */
export function dimensionDefinitions(pupils: readonly Pupil[]): DimensionDefinition[] {
  return [
    {
      dimension: 'disadvantaged',
      title: 'Disadvantaged',
      groups: [
        group('disadvantaged', 'Disadvantaged', (p) => p.disadvantaged),
        group('not-disadvantaged', 'Not disadvantaged', (p) => !p.disadvantaged),
      ],
    },
    {
      dimension: 'send',
      title: 'SEND',
      groups: [
        group('send:E', 'EHC plan', (p) => p.send === 'E'),
        group('send:K', 'SEN support', (p) => p.send === 'K'),
        group('send:any', 'Any SEND', (p) => p.send !== 'N', true),
        group('send:N', 'No SEND', (p) => p.send === 'N'),
      ],
    },
    {
      dimension: 'eal',
      title: 'English as an additional language',
      groups: [group('eal', 'EAL', (p) => p.eal), group('not-eal', 'Not EAL', (p) => !p.eal)],
    },
    {
      dimension: 'gender',
      title: 'Gender',
      groups: recordedGenders(pupils).map((gender) =>
        group(`gender:${gender}`, gender, (p) => genderOf(p) === gender),
      ),
    },
    {
      dimension: 'band',
      title: 'Prior attainment',
      groups: [
        ...BANDS.map((band) =>
          group(`band:${band}`, BAND_LABELS[band], (p) => p.priorAttainment.band === band),
        ),
        group('band:unknown', 'Not known', (p) => p.priorAttainment.band === null),
      ],
    },
  ];
}

/**
 * A characteristic whose pupils are compared with the rest at equal prior attainment. Only the
 * direction that matters is tested (the group more often on a lower route); each recorded
 * gender is its own characteristic, so boys and girls are both covered.
 */
export interface Characteristic {
  dimension: 'disadvantaged' | 'send' | 'eal' | 'gender';
  /** Name of the group in a sentence: "disadvantaged pupils", "pupils with SEND", "girls". */
  pupilsInWords: string;
  /** Name of the rest in a sentence: "other pupils", "pupils without SEND". */
  restInWords: string;
  label: string;
  inGroup: (pupil: Pupil) => boolean;
  /** Whether the pupil is compared at all (gender: only pupils with a recorded gender). */
  compared: (pupil: Pupil) => boolean;
}

/** "girls", "boys", or the recorded value as it is. */
export function genderInWords(gender: string): string {
  const words: Record<string, string> = { f: 'girls', m: 'boys', female: 'girls', male: 'boys' };
  return words[gender.toLowerCase()] ?? `pupils recorded as ${gender}`;
}

/** "Girls", "Boys", or "Gender X" for another recorded value. */
function genderLabel(gender: string): string {
  const words = genderInWords(gender);
  return words.startsWith('pupils') ? `Gender ${gender}` : capitalised(words);
}

export function characteristics(pupils: readonly Pupil[]): Characteristic[] {
  const always = (): boolean => true;
  const recorded = (pupil: Pupil): boolean => genderOf(pupil) !== NOT_RECORDED;
  return [
    {
      dimension: 'disadvantaged',
      pupilsInWords: 'disadvantaged pupils',
      restInWords: 'other pupils',
      label: 'Disadvantaged',
      inGroup: (p) => p.disadvantaged,
      compared: always,
    },
    {
      dimension: 'send',
      pupilsInWords: 'pupils with SEND',
      restInWords: 'pupils without SEND',
      label: 'Any SEND',
      inGroup: (p) => p.send !== 'N',
      compared: always,
    },
    {
      dimension: 'eal',
      pupilsInWords: 'pupils with English as an additional language',
      restInWords: 'other pupils',
      label: 'EAL',
      inGroup: (p) => p.eal,
      compared: always,
    },
    ...recordedGenders(pupils)
      .filter((gender) => gender !== NOT_RECORDED)
      .map((gender): Characteristic => ({
        dimension: 'gender',
        pupilsInWords: genderInWords(gender),
        restInWords: 'other pupils',
        label: genderLabel(gender),
        inGroup: (p) => genderOf(p) === gender,
        compared: recorded,
      })),
  ];
}
