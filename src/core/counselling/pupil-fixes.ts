import type { ChoiceList } from '../model';
import { COST, reserveCost, roundCost } from './costs';
import type { Layout } from './layout';
import { courseName } from './reasons';
import { blocksText, listText } from './text';
import { findTimetable, subsetsOf } from './timetable';
import type { PupilFix, Seat } from './types';

/** Bounds the search for swaps when a pupil misses two choices. */
const SWAP_TRIES = 1000;
const MAX_SWAPPED = 2;

interface Candidate {
  take: string[];
  cost: number;
  timetable: Seat[];
}

/**
 * The fixes a pupil can take alone, within the groups and free seats of the layout: a reseat,
 * reserves instead of unmet choices, or other courses instead of them.
 */
export function pupilFixes(
  layout: Layout,
  list: ChoiceList,
  unmet: readonly string[],
  maxSwaps: number,
): { fixes: PupilFix[]; swapsLeftOff: number } {
  const { upn } = list;
  const rules = { upn, seats: true };
  const kept = list.choices.filter((code) => !unmet.includes(code));
  const fixes: PupilFix[] = [];
  const all = findTimetable(layout, list.choices, rules);
  if (all) fixes.push(makeFix(layout, list, 'reseat', [], [], all, COST.reseat));

  const runs = (code: string) => (layout.byCourse.get(code) ?? []).length > 0;
  const reserves = list.reserves.filter((code) => !list.choices.includes(code) && runs(code));
  const tryTake = (take: string[], cost: number): Candidate | null => {
    const timetable = findTimetable(layout, [...kept, ...take], rules);
    return timetable ? { take, cost: roundCost(cost), timetable } : null;
  };

  for (const take of subsetsOf(reserves, unmet.length)) {
    const cost = take.reduce((sum, code) => sum + reserveCost(list.reserves.indexOf(code)), 0);
    const found = tryTake(take, cost);
    if (found)
      fixes.push(makeFix(layout, list, 'reserve', unmet, take, found.timetable, found.cost));
  }

  const categories = new Set(unmet.map((code) => layout.courses.get(code)?.category ?? null));
  const others = layout.cohort.courses
    .map((course) => course.code)
    .filter((code) => !list.choices.includes(code) && !reserves.includes(code) && runs(code));
  const swapCost = (code: string): number => {
    if (reserves.includes(code)) return reserveCost(list.reserves.indexOf(code));
    const category = layout.courses.get(code)?.category ?? null;
    return category !== null && categories.has(category) ? COST.swapSameCategory : COST.swapOther;
  };
  const swaps: Candidate[] = [];
  let tries = 0;
  // Changing more than two choices at once is a new set of options, not a swap.
  const swappable = unmet.length <= MAX_SWAPPED ? [...others, ...reserves] : [];
  for (const take of subsetsOf(swappable, unmet.length)) {
    if (!take.some((code) => others.includes(code))) continue;
    if ((tries += 1) > SWAP_TRIES) break;
    const found = tryTake(
      take,
      take.reduce((sum, code) => sum + swapCost(code), 0),
    );
    if (found) swaps.push(found);
  }
  swaps.sort(
    (a, b) =>
      a.cost - b.cost ||
      a.take
        .map((code) => courseName(layout, code))
        .join()
        .localeCompare(b.take.map((code) => courseName(layout, code)).join()),
  );
  for (const swap of swaps.slice(0, maxSwaps)) {
    fixes.push(makeFix(layout, list, 'swap', unmet, swap.take, swap.timetable, swap.cost));
  }
  return { fixes, swapsLeftOff: Math.max(0, swaps.length - maxSwaps) };
}

function makeFix(
  layout: Layout,
  list: ChoiceList,
  kind: PupilFix['kind'],
  drop: readonly string[],
  take: readonly string[],
  timetable: Seat[],
  cost: number,
): PupilFix {
  const current = new Map((layout.placements.get(list.upn) ?? []).map((p) => [p.course, p.group]));
  const name = (code: string) => courseName(layout, code);
  const seatText = (seat: Seat, withCourse: boolean): string => {
    const group = layout.groups.get(seat.group);
    if (!group) return seat.group;
    const course = withCourse ? `${name(seat.course)}, ` : '';
    const room =
      current.get(seat.course) === seat.group
        ? 'where they already sit'
        : `${group.max - group.size} of ${group.max} seats free`;
    return `${group.label} (${course}${blocksText(group.blocks)}, ${room})`;
  };
  const seatsOf = (codes: readonly string[]) =>
    timetable.filter((seat) => codes.includes(seat.course));
  const moves = timetable.filter(
    (seat) => !take.includes(seat.course) && current.get(seat.course) !== seat.group,
  );
  const moveText = listText(moves.map((seat) => seatText(seat, true)));
  const sentences: string[] = [];
  if (kind === 'reseat') {
    sentences.push(`Re-seat them: ${moveText}`, 'They keep every choice and nobody else moves');
  } else {
    const dropped = listText(drop.map(name));
    const taken = listText(
      take.map((code) => {
        const rank = list.reserves.indexOf(code);
        return rank >= 0 ? `${name(code)} (reserve ${rank + 1})` : name(code);
      }),
    );
    const where = listText(seatsOf(take).map((seat) => seatText(seat, take.length > 1)));
    sentences.push(
      kind === 'reserve'
        ? `Take ${taken} instead of ${dropped}: ${where}`
        : `Swap ${dropped} for ${taken}: ${where}`,
    );
    if (moves.length > 0) sentences.push(`They also move to ${moveText}`);
    sentences.push('Nobody else moves');
  }
  const description = sentences.map((sentence) => `${sentence}.`).join(' ');
  return {
    kind,
    description,
    cost,
    gains: [list.upn],
    losses: [],
    drop: [...drop],
    take: [...take],
    timetable,
  };
}
