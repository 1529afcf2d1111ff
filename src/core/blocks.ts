/** Default block names: A, B, C, … (then AA, AB, … for more than 26, which no school needs). */
export function defaultBlockNames(count: number): string[] {
  if (!Number.isInteger(count) || count < 1 || count > 26) {
    throw new RangeError(`The number of blocks must be a whole number from 1 to 26, not ${count}.`);
  }
  return Array.from({ length: count }, (_, i) => String.fromCharCode(65 + i));
}

/**
 * Reads a block specification as a user types it: a count ("4") or names ("A,B,C,D" or
 * "X;Y;Z"). Returns the block names or throws with a message naming the problem.
 */
export function parseBlockSpec(spec: string): string[] {
  const trimmed = spec.trim();
  if (/^\d+$/.test(trimmed)) return defaultBlockNames(Number(trimmed));
  const names = trimmed
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) throw new RangeError('No block names were given.');
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toUpperCase();
    if (seen.has(key)) throw new RangeError(`Block "${name}" is named twice.`);
    seen.add(key);
  }
  return names;
}
