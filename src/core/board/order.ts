/** Ordering that reads naturally to a school: "Art 2" before "Art 10". */
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Missing values (no category, say) go last. */
export function compareOptionalText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return compareText(a, b);
}
