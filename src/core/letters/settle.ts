import type { ChoiceList, Pupil } from '../model';
import { codeKey } from '../pathways/course-lookup';
import { withPathwayCourses } from '../pathways/solver-choices';
import type { Pathway } from '../pathways/types';
import type { PupilPlacement, SolutionGroup } from '../solver/types';
import { listInWords, ordinal } from './words';

/** Which of the pupil's wishes a course meets. */
export type MetWish =
  | { kind: 'choice'; rank: number }
  /** A course the pupil's agreed route includes for everyone on it. */
  | { kind: 'pathway' }
  | { kind: 'reserve'; rank: number; reserveCount: number; inPlaceOf: string | null };

export interface SettledCourse {
  course: string;
  group: SolutionGroup;
  meets: MetWish;
}

/** What is settled for one pupil, and every reason they are not fully resolved. */
export interface PupilSettlement {
  route: Pathway | null;
  settled: SettledCourse[];
  /** Empty when every choice is met without a clash and a pathway is agreed. */
  reasons: string[];
}

export interface SettleContext {
  routes: ReadonlyMap<string, Pathway>;
  groups: ReadonlyMap<string, SolutionGroup>;
  blockOrder: readonly string[];
  courseName: (code: string) => string;
  /** The solver's reason, by `upn\u0000course key`, for a choice it could not meet. */
  solverReasons: ReadonlyMap<string, string>;
}

interface Placed {
  placement: PupilPlacement;
  group: SolutionGroup | null;
  unsettled: boolean;
}

export function solverReasonKey(upn: string, course: string): string {
  return `${upn}\u0000${codeKey(course)}`;
}

function routeOf(pupil: Pupil, context: SettleContext, reasons: string[]): Pathway | null {
  if (pupil.pathway === null) {
    // A school that plans without pathways sends offers without one; otherwise one is agreed first.
    if (context.routes.size > 0) reasons.push('no agreed pathway yet');
    return null;
  }
  const route = context.routes.get(codeKey(pupil.pathway));
  if (!route) reasons.push(`agreed pathway ${pupil.pathway} is not one of the plan's pathways`);
  return route ?? null;
}

/** Places whose group is missing or unplaced, and places that clash, are not settled. */
function checkPlaces(placed: Placed[], context: SettleContext, reasons: string[]): void {
  const byCourse = new Map<string, Placed[]>();
  for (const entry of placed) {
    const key = codeKey(entry.placement.course);
    byCourse.set(key, [...(byCourse.get(key) ?? []), entry]);
    if (!entry.group) {
      reasons.push(`placed in group ${entry.placement.group}, which the scenario does not have`);
      entry.unsettled = true;
    } else if (entry.group.blocks.length === 0) {
      reasons.push(
        `group ${entry.group.label} (${context.courseName(entry.group.course)}) ` +
          'is not in any option block yet',
      );
      entry.unsettled = true;
    }
  }
  for (const entries of byCourse.values()) {
    if (entries.length < 2) continue;
    const course = context.courseName(entries[0]?.placement.course ?? '');
    const labels = entries.map((entry) => entry.placement.group);
    reasons.push(`placed in ${entries.length} ${course} groups (${listInWords(labels)})`);
    for (const entry of entries) entry.unsettled = true;
  }
  for (const block of context.blockOrder) {
    const inBlock = placed.filter((entry) => entry.group?.blocks.includes(block));
    if (inBlock.length < 2) continue;
    const names = inBlock.map((entry) => context.courseName(entry.placement.course));
    reasons.push(`${listInWords(names)} are both in option block ${block} (a clash)`);
    for (const entry of inBlock) entry.unsettled = true;
  }
}

/**
 * Works out which of a pupil's places can go in a letter. A reserve the pupil nominated that
 * stands in for a choice the timetable could not meet counts as met, as in the solver's own
 * figures; a choice with neither a place nor a reserve in its stead leaves the pupil unresolved.
 */
export function settlePupil(
  pupil: Pupil,
  choiceList: ChoiceList | undefined,
  placements: readonly PupilPlacement[],
  context: SettleContext,
): PupilSettlement {
  const reasons: string[] = [];
  const route = routeOf(pupil, context, reasons);
  const own = choiceList ?? { upn: pupil.upn, choices: [], reserves: [] };
  const wanted = route ? (withPathwayCourses([own], [pupil], [route])[0] ?? own) : own;
  if (wanted.choices.length === 0) reasons.push('no choices recorded');

  const placed: Placed[] = placements.map((placement) => ({
    placement,
    group: context.groups.get(placement.group) ?? null,
    unsettled: false,
  }));
  checkPlaces(placed, context, reasons);

  const placedKeys = new Set(placed.map((entry) => codeKey(entry.placement.course)));
  const unmet = wanted.choices.filter((code) => !placedKeys.has(codeKey(code)));
  const ownRank = new Map(own.choices.map((code, index) => [codeKey(code), index + 1]));
  const choiceKeys = new Set(wanted.choices.map(codeKey));
  const reserveRank = new Map(wanted.reserves.map((code, index) => [codeKey(code), index + 1]));

  const standIns = pairReserves(placed, unmet, reserveRank, choiceKeys);

  for (const code of unmet.slice(standIns.size)) {
    const rank = ownRank.get(codeKey(code));
    const which = rank === undefined ? 'part of their pathway' : `their ${ordinal(rank)} choice`;
    // The solver's "; given X instead" may name a reserve that stands in for another choice.
    const why = context.solverReasons
      .get(solverReasonKey(pupil.upn, code))
      ?.replace(/; given .* instead$/, '');
    reasons.push(`no place in ${context.courseName(code)} (${which})${why ? `: ${why}` : ''}`);
  }

  const settled: SettledCourse[] = [];
  for (const entry of placed) {
    const key = codeKey(entry.placement.course);
    const meets = wishMet(key, entry, { ownRank, choiceKeys, reserveRank, standIns }, context);
    if (!meets) {
      reasons.push(
        `placed in ${context.courseName(entry.placement.course)}, ` +
          'which is not one of their choices or reserves',
      );
      continue;
    }
    if (!entry.unsettled && entry.group) {
      settled.push({ course: entry.placement.course, group: entry.group, meets });
    }
  }
  return { route, settled: sortByTimetable(settled, context.blockOrder), reasons };
}

/**
 * Pairs the reserves the pupil sits in, best-ranked first, with their unmet choices in order of
 * preference; a reserve with no unmet choice left to replace stands in for nothing.
 */
function pairReserves(
  placed: readonly Placed[],
  unmet: readonly string[],
  reserveRank: ReadonlyMap<string, number>,
  choiceKeys: ReadonlySet<string>,
): Map<Placed, string | null> {
  const rankOf = (entry: Placed) => reserveRank.get(codeKey(entry.placement.course)) ?? 0;
  const reserves = placed
    .filter((entry) => {
      const key = codeKey(entry.placement.course);
      return reserveRank.has(key) && !choiceKeys.has(key);
    })
    .sort((a, b) => rankOf(a) - rankOf(b));
  return new Map(reserves.map((entry, index) => [entry, unmet[index] ?? null]));
}

interface WishIndex {
  ownRank: ReadonlyMap<string, number>;
  choiceKeys: ReadonlySet<string>;
  reserveRank: ReadonlyMap<string, number>;
  standIns: ReadonlyMap<Placed, string | null>;
}

function wishMet(
  key: string,
  entry: Placed,
  index: WishIndex,
  context: SettleContext,
): MetWish | null {
  const rank = index.ownRank.get(key);
  if (rank !== undefined) return { kind: 'choice', rank };
  if (index.choiceKeys.has(key)) return { kind: 'pathway' };
  const reserve = index.reserveRank.get(key);
  if (reserve === undefined) return null;
  const inPlaceOf = index.standIns.get(entry) ?? null;
  return {
    kind: 'reserve',
    rank: reserve,
    reserveCount: index.reserveRank.size,
    inPlaceOf: inPlaceOf === null ? null : context.courseName(inPlaceOf),
  };
}

function sortByTimetable(courses: SettledCourse[], blockOrder: readonly string[]): SettledCourse[] {
  const position = (course: SettledCourse) =>
    Math.min(...course.group.blocks.map((block) => blockOrder.indexOf(block)));
  return [...courses].sort((a, b) => position(a) - position(b));
}
