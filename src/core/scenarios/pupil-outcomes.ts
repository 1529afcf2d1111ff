import type { Cohort, Pupil } from '../model';
import type { Solution } from '../solver/types';
import type { ComparisonEntry } from './types';

/** What one layout gives one pupil: the courses they are placed in, and whether that is all. */
export interface PupilOutcome {
  courses: Set<string>;
  /** All of the pupil's own choices, none of them clashing (as computeMetrics counts it). */
  full: boolean;
}

/** The scenario's cohort with the choices pupils made, which its outcomes are judged against. */
export function judgedCohort(entry: ComparisonEntry): Cohort {
  const asked = entry.choicesAsked;
  return asked ? { ...entry.cohort, choices: asked.map((list) => ({ ...list })) } : entry.cohort;
}

/** Each pupil with a choice list, judged against the choices in this cohort. */
export function pupilOutcomes(cohort: Cohort, solution: Solution): Map<string, PupilOutcome> {
  const blocksOf = new Map(solution.groups.map((group) => [group.label, group.blocks]));
  const seats = new Map<string, Solution['placements']>();
  for (const placement of solution.placements) {
    seats.set(placement.upn, [...(seats.get(placement.upn) ?? []), placement]);
  }
  const outcomes = new Map<string, PupilOutcome>();
  for (const list of cohort.choices) {
    const placed = seats.get(list.upn) ?? [];
    const used = new Set<string>();
    let clash = false;
    for (const placement of placed) {
      for (const block of blocksOf.get(placement.group) ?? []) {
        if (used.has(block)) clash = true;
        used.add(block);
      }
    }
    const originals = placed.filter((p) => !p.reserve && list.choices.includes(p.course)).length;
    outcomes.set(list.upn, {
      courses: new Set(placed.map((placement) => placement.course)),
      full: !clash && originals === list.choices.length,
    });
  }
  return outcomes;
}

/** The groups of pupils a fairness figure is given for, in a fixed order. */
export const FLAG_GROUPS = [
  'Disadvantaged',
  'Not disadvantaged',
  'SEND',
  'No SEND',
  'EAL',
  'Not EAL',
  'Low prior attainment',
  'Middle prior attainment',
  'High prior attainment',
] as const;

const BAND_GROUPS = {
  L: 'Low prior attainment',
  M: 'Middle prior attainment',
  H: 'High prior attainment',
} as const;

/**
 * The flag, prior attainment and gender groups a pupil belongs to, e.g. ["Disadvantaged",
 * "No SEND", "Not EAL", "Low prior attainment", "Girls"]; no band group when it is not known.
 */
export function pupilGroups(pupil: Pupil): string[] {
  const band = pupil.priorAttainment.band;
  return [
    pupil.disadvantaged ? 'Disadvantaged' : 'Not disadvantaged',
    pupil.send === 'N' ? 'No SEND' : 'SEND',
    pupil.eal ? 'EAL' : 'Not EAL',
    ...(band === null ? [] : [BAND_GROUPS[band]]),
    genderGroup(pupil.gender),
  ];
}

function genderGroup(gender: string | null): string {
  const key = gender?.trim().toUpperCase() ?? '';
  if (key === '') return 'Gender not recorded';
  if (key === 'F' || key === 'FEMALE' || key === 'GIRL') return 'Girls';
  if (key === 'M' || key === 'MALE' || key === 'BOY') return 'Boys';
  return `Gender ${gender?.trim() ?? ''}`;
}

/** Groups in the fixed order, then gender groups by name. */
export function groupOrder(a: string, b: string): number {
  const rank = (group: string) => {
    const at = (FLAG_GROUPS as readonly string[]).indexOf(group);
    return at === -1 ? FLAG_GROUPS.length : at;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
