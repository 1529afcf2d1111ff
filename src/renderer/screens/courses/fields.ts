/** Reading the editors' text fields: whole numbers, with messages that name the field. */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** A whole number (negative numbers pass: the plan's rules refuse them with their own words). */
export function wholeNumber(text: string, what: string): Parsed<number> {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) {
    return { ok: false, message: `Enter a whole number for ${what}.` };
  }
  return { ok: true, value: Number(trimmed) };
}

/** A whole number, or null when the field is left blank. */
export function optionalWholeNumber(text: string, what: string): Parsed<number | null> {
  return text.trim() === '' ? { ok: true, value: null } : wholeNumber(text, what);
}

export function toggled(values: readonly string[], value: string, on: boolean): string[] {
  return on ? [...values, value] : values.filter((entry) => entry !== value);
}

/** The message of the first field that could not be read. */
export function firstProblem(...fields: Parsed<unknown>[]): string | null {
  for (const field of fields) if (!field.ok) return field.message;
  return null;
}
