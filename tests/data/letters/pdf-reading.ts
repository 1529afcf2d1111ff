import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** True when a command-line tool is installed (poppler-utils and tesseract read the PDFs back). */
export function hasTool(name: string): boolean {
  return spawnSync(name, ['-v'], { stdio: 'ignore' }).error === undefined;
}

/** The text of each page, as pdftotext reads it, with runs of white space made single spaces. */
export function pdfPageTexts(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const pages = text.split('\f').map((page) => page.replace(/\s+/g, ' ').trim());
  // pdftotext ends the last page with a form feed too.
  return pages.at(-1) === '' ? pages.slice(0, -1) : pages;
}

/** One page rendered at 100 dpi and read by OCR, white space made single spaces. */
export function ocrPage(pdf: string, page: number, workDir: string): string {
  const prefix = join(workDir, `ocr-page-${page}`);
  execFileSync('pdftoppm', ['-r', '100', '-png', '-f', `${page}`, '-l', `${page}`, pdf, prefix]);
  const png = readdirSync(workDir).find((file) => file.startsWith(`ocr-page-${page}`));
  if (!png) throw new Error(`pdftoppm wrote no image for page ${page}`);
  const text = execFileSync('tesseract', [join(workDir, png), 'stdout'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return text.replace(/\s+/g, ' ');
}

/** A course name as a whole phrase, so "Art" does not match inside "Part". */
export function mentions(text: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
}
