/**
 * How fixes are ranked, cheapest first. The scale puts everything the pupil can do alone before
 * anything that moves other pupils, and a choice the pupil named before one they did not:
 *
 * - reseat 0: the pupil changes groups, keeps every choice, and nobody else moves;
 * - reserve 1 + 0.1 per place down their reserve list (at most 1.9), per choice replaced;
 * - swap 2 per choice replaced by a course of the same category, 3 by any other course;
 * - group move 4, plus 1 for every other pupil who loses a full timetable;
 * - none 1000: only listed when there is nothing else.
 */
export const COST = {
  reseat: 0,
  reserve: 1,
  reserveRankStep: 0.1,
  swapSameCategory: 2,
  swapOther: 3,
  moveGroup: 4,
  perLoss: 1,
  none: 1000,
} as const;

export function reserveCost(rank: number): number {
  return COST.reserve + COST.reserveRankStep * Math.min(rank, 9);
}

/** Rounded to two decimals, so that sums of tenths compare and print cleanly. */
export function roundCost(cost: number): number {
  return Math.round(cost * 100) / 100;
}
