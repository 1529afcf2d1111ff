/** Checks for the what-if fields, with messages that name what was typed into. */

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A whole number between min and max, e.g. "Latin’s number of groups must be 0 to 30". */
export function wholeNumberIn(
  text: string,
  range: { min: number; max: number },
  what: string,
): Checked<number> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < range.min || value > range.max) {
    return {
      ok: false,
      problem: `${what} must be a whole number from ${range.min} to ${range.max}${trimmed === '' ? '.' : `, not “${trimmed}”.`}`,
    };
  }
  return { ok: true, value };
}

/** "Latin’s", "Computer Science’s": the possessive used in field messages. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}’` : `${name}’s`;
}
