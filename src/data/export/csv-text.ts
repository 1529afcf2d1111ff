import { stringify } from 'csv-stringify/sync';

/** Spreadsheet-safe CSV text shared by every export. */

export type Cell = string | number | null;

/** A spreadsheet runs a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Makes text safe to open in a spreadsheet: a leading apostrophe keeps a would-be formula as
 * text (the usual defence against CSV injection). No canonical column holds negative numbers,
 * so a leading minus sign is neutralised too.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A header row and data rows as CSV text with CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly Cell[][]): string {
  return stringify([header, ...rows], {
    record_delimiter: 'windows',
    cast: { string: neutraliseFormula },
  });
}
