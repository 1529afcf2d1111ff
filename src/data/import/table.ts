/** A table read from a CSV or XLSX file: headings and trimmed text cells, nothing interpreted yet. */

export type TextEncodingName =
  'UTF-8' | 'UTF-8 with BOM' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export type Delimiter = ',' | ';' | '\t';

export interface TableRow {
  /** Spreadsheet row number: the row the user sees in Excel (the header is usually row 1). */
  row: number;
  cells: string[];
}

export interface Table {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** How a text file was decoded; null for a workbook. */
  encoding: TextEncodingName | null;
  delimiter: Delimiter | null;
  /** The worksheet read, and all worksheets of a workbook (empty for CSV). */
  sheet: string | null;
  sheets: string[];
  headerRow: number;
  headers: string[];
  /** Data rows that are not completely blank, in file order. */
  rows: TableRow[];
}

/** How far down a report may put its headings (below a title and a date, say). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Builds a table from raw rows (already trimmed). The header is the first row with at least two
 * cells filled in, because MIS reports often start with a one-cell title; a file with one
 * column falls back to its first non-blank row.
 */
export function tableFromRows(
  rows: readonly (readonly string[])[],
  base: Omit<Table, 'headerRow' | 'headers' | 'rows'>,
): Table | null {
  const firstFilled = rows.findIndex((cells) => !isBlank(cells));
  if (firstFilled < 0) return null;
  const withHeadings = rows
    .slice(0, firstFilled + HEADER_SEARCH_ROWS)
    .findIndex((cells) => cells.filter((cell) => cell !== '').length >= 2);
  const headerIndex = withHeadings >= 0 ? withHeadings : firstFilled;
  const data: TableRow[] = [];
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const cells = rows[index] ?? [];
    if (!isBlank(cells)) data.push({ row: index + 1, cells: [...cells] });
  }
  return {
    ...base,
    headerRow: headerIndex + 1,
    headers: [...(rows[headerIndex] ?? [])],
    rows: data,
  };
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '');
}

/** Spreadsheet column letter for a zero-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
