import { parseCsv } from './csv-reader';
import { FileIssues, type ImportIssue } from './issues';
import { loadBytes, sourceName, type SourceFile } from './source';
import { isBlank, tableFromRows, type Table } from './table';
import { decodeText } from './text-encoding';
import { readXlsx } from './xlsx-reader';

export interface ReadTableResult {
  /** Null when the file could not be read at all (the issues say why). */
  table: Table | null;
  issues: ImportIssue[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Reads a CSV (any common encoding or delimiter) or XLSX file into a table of text cells. */
export async function readTable(source: SourceFile & { sheet?: string }): Promise<ReadTableResult> {
  const issues: ImportIssue[] = [];
  const log = new FileIssues(sourceName(source), issues);
  const loaded = loadBytes(source);
  if (!loaded.ok) {
    log.error('file-not-found', loaded.message);
    return { table: null, issues };
  }
  const table = await tableFromBytes(loaded.bytes, log, source.sheet);
  return { table, issues };
}

async function tableFromBytes(
  bytes: Uint8Array,
  log: FileIssues,
  sheet: string | undefined,
): Promise<Table | null> {
  if (bytes.length === 0 || isWhitespaceOnly(bytes)) {
    log.error('empty-file', 'the file is empty.');
    return null;
  }
  if (startsWith(bytes, ZIP_MAGIC)) return workbookTable(bytes, log, sheet);
  if (startsWith(bytes, OLE2_MAGIC)) {
    log.error(
      'unreadable-workbook',
      'this is an old-style Excel workbook (.xls), which cannot be read. Open it in Excel and ' +
        'save it as an Excel Workbook (.xlsx) or as CSV, then import that.',
    );
    return null;
  }
  return textTable(bytes, log);
}

function textTable(bytes: Uint8Array, log: FileIssues): Table | null {
  const decoded = startsWith(bytes, PDF_MAGIC)
    ? ({ ok: false, problem: 'binary' } as const)
    : decodeText(bytes);
  if (!decoded.ok) {
    log.error(
      decoded.problem === 'binary' ? 'binary-file' : 'bad-encoding',
      decoded.problem === 'binary'
        ? 'this is not a CSV or Excel file (it contains binary data). Export the list from your ' +
            'MIS or spreadsheet as CSV or .xlsx.'
        : 'the file says it is UTF-8 text but contains bytes that are not UTF-8; it may be ' +
            'damaged. Export it again.',
    );
    return null;
  }
  // Some MIS reports save a web page under a spreadsheet name; Excel opens it, this cannot.
  if (/^\s*<(!doctype html|html|table)\b/i.test(decoded.text.slice(0, 1024))) {
    log.error(
      'unreadable-workbook',
      'this is a web page (HTML), not a spreadsheet, even if its name says otherwise. Open it ' +
        'in Excel and save it as an Excel Workbook (.xlsx) or as CSV, then import that.',
    );
    return null;
  }
  const csv = parseCsv(decoded.text);
  if (!csv.ok) {
    log.error('malformed-csv', csv.message, { row: csv.line });
    return null;
  }
  const table = tableFromRows(csv.rows, {
    fileName: log.file ?? '',
    format: 'csv',
    encoding: decoded.encoding,
    delimiter: csv.delimiter,
    sheet: null,
    sheets: [],
  });
  if (!table) log.error('empty-file', 'the file is empty (it has only blank lines).');
  else warnAboveHeadings(csv.rows, table, log);
  return table;
}

async function workbookTable(
  bytes: Uint8Array,
  log: FileIssues,
  sheet: string | undefined,
): Promise<Table | null> {
  const workbook = await readXlsx(bytes, sheet);
  if (!workbook.ok) {
    if (workbook.problem === 'sheet-not-found') {
      log.error(
        'sheet-not-found',
        `the workbook has no sheet called "${sheet ?? ''}"; its sheets are ` +
          `${workbook.sheets.map((name) => `"${name}"`).join(', ')}.`,
      );
    } else {
      log.error(
        'unreadable-workbook',
        'this file is a zip archive but not a readable Excel workbook (.xlsx); it may be ' +
          'damaged. Open it in Excel and save it again, or export the list as CSV.',
      );
    }
    return null;
  }
  const table = tableFromRows(workbook.rows, {
    fileName: log.file ?? '',
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheet: workbook.sheet,
    sheets: workbook.sheets,
  });
  if (!table)
    log.error('empty-file', `the file is empty (sheet "${workbook.sheet}" has no cells).`);
  else warnAboveHeadings(workbook.rows, table, log);
  return table;
}

/** Says when a title or other lines above the headings were passed over. */
function warnAboveHeadings(rows: readonly string[][], table: Table, log: FileIssues): void {
  const skipped = rows.slice(0, table.headerRow - 1).filter((cells) => !isBlank(cells)).length;
  if (skipped === 0) return;
  log.warning(
    'above-headings',
    `the column headings were taken from row ${table.headerRow}; ` +
      (skipped === 1
        ? 'the line above them is ignored.'
        : `the ${skipped} lines above them are ignored.`),
    { row: table.headerRow },
  );
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function isWhitespaceOnly(bytes: Uint8Array): boolean {
  // Also treats a lone byte-order mark as empty.
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let index = bom; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false;
  }
  return true;
}
