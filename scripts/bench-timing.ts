/** What every benchmark script shares: cohort sizes from the command line, and time summaries. */

/** The cohort sizes given as arguments, else the script's own. */
export function cohortSizes(fallback: number[]): number[] {
  const given = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  return given.length > 0 ? given : fallback;
}

/** The value at fraction q of an ascending list (0.5: the median). */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

export const milliseconds = (value: number): string => `${value.toFixed(2)} ms`;

/** Median, 95th percentile and worst of a set of times in milliseconds, as table text. */
export function timeSummary(times: readonly number[]): {
  median: string;
  p95: string;
  worst: string;
} {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: milliseconds(quantile(sorted, 0.5)),
    p95: milliseconds(quantile(sorted, 0.95)),
    worst: milliseconds(sorted[sorted.length - 1] ?? 0),
  };
}
