/** How figures are written in the report's sentences, for governors rather than statisticians. */

/** 0.4167 -> "42%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "5 of 12 (42%)". */
export function outOf(count: number, total: number): string {
  return `${count} of ${total} (${percent(total === 0 ? 0 : count / total)})`;
}

/** A gap in percentage points, rounded: "23 percentage points". */
export function points(gap: number): string {
  const rounded = Math.round(Math.abs(gap));
  return `${rounded} percentage point${rounded === 1 ? '' : 's'}`;
}

/** "p = 0.012", "p < 0.001": small p-values are not written out to meaningless precision. */
export function pInWords(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}

/** The clause every significant difference ends with, saying what the p-value means. */
export function chanceClause(p: number): string {
  return `${pInWords(p)}: chance alone would rarely give a difference this large`;
}

/** "Open", "Open or Supported", "EBacc, Open or Supported" (no Oxford comma, as schools write). */
export function listInWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/** "the Engineering route" for a route named "Engineering route" or "Engineering". */
export function theRoute(name: string): string {
  return /\broute$/i.test(name.trim()) ? `the ${name.trim()}` : `the ${name.trim()} route`;
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
