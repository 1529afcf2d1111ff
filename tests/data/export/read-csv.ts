import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';

/** A CSV export's rows as records keyed by its header. */
export const csvRecords = (text: string) =>
  parse(text, { columns: true }) as Record<string, string>[];

/** A CSV export's rows as arrays, header first. */
export const csvRows = (text: string) =>
  parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];

export interface PdfArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text pdftotext finds in a PDF, or in one rectangle (in points) of one page. */
export function pdfText(path: string, area?: PdfArea, page = 1): string {
  const crop = area
    ? ['-f', `${page}`, '-l', `${page}`, '-x', `${Math.floor(area.x)}`, '-y']
        .concat([`${Math.floor(area.y)}`, '-W', `${Math.ceil(area.width)}`, '-H'])
        .concat([`${Math.ceil(area.height)}`])
    : [];
  return execFileSync('pdftotext', [...crop, path, '-'], { encoding: 'utf8' });
}

/** Text with its line breaks and runs of spaces as single spaces. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The number of pages of a PDF with text on them. */
export const pdfPages = (path: string) =>
  pdfText(path)
    .split('\f')
    .filter((page) => page.trim() !== '').length;

/** What pdfinfo says of the page size, e.g. "841.89 x 595.28 pts (A4)". */
export const pdfPageSize = (path: string) =>
  /^Page size:\s+(.*)$/m.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];

/** A PDF's text in the order it was drawn, which keeps a figure beside its caption. */
export const pdfDrawnText = (path: string) =>
  execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
