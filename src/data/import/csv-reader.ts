import { CsvError, parse } from 'csv-parse/sync';
import type { Delimiter } from './table';

export type CsvResult =
  | { ok: true; rows: string[][]; delimiter: Delimiter }
  | { ok: false; line: number | null; message: string };

const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Splits CSV text into trimmed cells. Row i of the result is spreadsheet row i + 1 (blank lines
 * are kept as empty rows so that the numbering matches what Excel shows).
 */
export function parseCsv(text: string): CsvResult {
  // Mixed line endings confuse the parser, and a cell's own line breaks do not matter here.
  let body = text.replace(/\r\n?/g, '\n');
  let delimiter: Delimiter | null = null;
  // Excel writes a "sep=;" first line to name the delimiter; it is not part of the table.
  const sepLine = /^sep=(.)[ \t]*(\n|$)/i.exec(body);
  if (sepLine && isDelimiter(sepLine[1])) {
    delimiter = sepLine[1];
    body = body.slice(sepLine[0].length);
  }
  delimiter ??= detectDelimiter(body);
  try {
    const records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      // Lets `"a", "b"` (a space after the comma) be read as quoted cells.
      trim: true,
    });
    return {
      ok: true,
      rows: records.map((cells) => cells.map((cell) => withoutFormulaGuard(cell.trim()))),
      delimiter,
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return describeCsvError(error, body, delimiter);
  }
}

function isDelimiter(value: string | undefined): value is Delimiter {
  return DELIMITERS.some((delimiter) => delimiter === value);
}

/** The delimiter that occurs most often in the first line, counting only outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let inQuotes = false;
  const start = text.search(/\S/);
  for (let index = Math.max(start, 0); index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') inQuotes = !inQuotes;
    else if (!inQuotes && char === '\n') break;
    else if (!inQuotes && isDelimiter(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: Delimiter = ',';
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

function describeCsvError(error: CsvError, text: string, delimiter: Delimiter): CsvResult {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const line = lineOfUnclosedQuote(text, delimiter);
    return {
      ok: false,
      line,
      message:
        `a quotation mark (") opened on line ${line ?? '?'} is never closed, so the rest of the ` +
        'file cannot be read. Check that line for a stray or missing quotation mark.',
    };
  }
  const line = typeof error.lines === 'number' ? error.lines : null;
  return {
    ok: false,
    line,
    message: `the file is not valid CSV near line ${line ?? '?'} (${error.message}).`,
  };
}

/** Finds where the quoted cell that swallowed the end of the file began. */
function lineOfUnclosedQuote(text: string, delimiter: Delimiter): number | null {
  let line = 1;
  let openedOn: number | null = null;
  let atFieldStart = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (openedOn !== null) {
      if (char === '"' && text[index + 1] === '"') index += 1;
      else if (char === '"') openedOn = null;
      else if (char === '\n') line += 1;
      continue;
    }
    if (char === '"' && atFieldStart) {
      openedOn = line;
    } else if (char === '\n') {
      line += 1;
      atFieldStart = true;
    } else if (char === delimiter) {
      atFieldStart = true;
    } else if (char !== ' ' && char !== '\t') {
      atFieldStart = false;
    }
  }
  return openedOn;
}

/**
 * Our own exports (and many spreadsheets) put an apostrophe before text that would otherwise
 * run as a formula; reading it back, the apostrophe is dropped so "-Smith" stays "-Smith".
 */
function withoutFormulaGuard(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
