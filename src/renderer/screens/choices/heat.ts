/** How dark a clash cell is drawn: 0 for none, then HEAT_LEVELS steps up to the busiest pair. */
export const HEAT_LEVELS = 6;

/**
 * The step for a count, on a square-root scale so that small clashes still show beside a few
 * very large ones.
 */
export function heatLevel(count: number, busiest: number): number {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.max(1, Math.ceil(Math.sqrt(count / busiest) * HEAT_LEVELS));
}

/** The smallest count drawn at each step 1..HEAT_LEVELS, for the legend. */
export function heatThresholds(busiest: number): number[] {
  const thresholds: number[] = [];
  for (let count = 1; count <= busiest; count += 1) {
    const level = heatLevel(count, busiest);
    if (thresholds[level - 1] === undefined) thresholds[level - 1] = count;
  }
  return thresholds;
}
