import readXlsxFile from 'read-excel-file/node';

export type XlsxResult =
  | { ok: true; rows: string[][]; sheet: string; sheets: string[] }
  | { ok: false; problem: 'unreadable' | 'sheet-not-found'; sheets: string[] };

/**
 * Reads one worksheet (the first unless named) as text cells. Row i of the result is spreadsheet
 * row i + 1: the reader keeps blank rows inside the data.
 */
export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<XlsxResult> {
  let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return { ok: false, problem: 'unreadable', sheets: [] };
  }
  const names = sheets.map((sheet) => sheet.sheet);
  const wanted =
    sheetName === undefined
      ? sheets[0]
      : sheets.find((sheet) => sheet.sheet.trim().toLowerCase() === sheetName.trim().toLowerCase());
  if (!wanted) {
    return {
      ok: false,
      problem: sheetName === undefined ? 'unreadable' : 'sheet-not-found',
      sheets: names,
    };
  }
  return {
    ok: true,
    rows: wanted.data.map((cells) => cells.map(cellText)),
    sheet: wanted.sheet,
    sheets: names,
  };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

/** Spreadsheet dates carry no time zone; the reader gives them as UTC. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time}`;
}
