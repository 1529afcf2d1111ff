import PDFDocument from 'pdfkit';

/**
 * The one place PDF exports make a document: A4, the built-in Helvetica family (no font files
 * to ship), and the whole file collected into memory so a caller writes it only once it is
 * complete.
 */

export type Pdf = PDFKit.PDFDocument;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' } as const;

export const COLOURS = {
  ink: '#1b1b1b',
  muted: '#555555',
  rule: '#c8c8c8',
  brand: '#1f4e79',
  brandPale: '#eef3f8',
  accent: '#f2b632',
  concern: '#a4262c',
} as const;

export const PAGE_MARGIN = 40;

/** A4 in PostScript points, the unit pdfkit draws in. */
export const A4 = { short: 595.28, long: 841.89 } as const;

export interface PdfOptions {
  title: string;
  layout: 'portrait' | 'landscape';
  /** Printed small at the foot of every page, with page numbers when there is more than one. */
  footer: string;
}

export function renderPdf(options: PdfOptions, draw: (doc: Pdf) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout,
    margin: PAGE_MARGIN,
    bufferPages: true,
    info: { Title: options.title, Creator: 'KS4 Planner' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(FONT.regular).fillColor(COLOURS.ink);
  draw(doc);
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    const numbering = count > 1 ? ` · page ${page - start + 1} of ${count}` : '';
    drawFooter(doc, `${options.footer}${numbering}`);
  }
  doc.end();
  return done;
}

/** Printed dates in the British form, e.g. "24 November 2026". */
export function printedDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** A small grey line in the bottom margin of the current page. */
function drawFooter(doc: Pdf, text: string): void {
  // Text in the margin would otherwise start a new page.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  doc
    .font(FONT.regular)
    .fontSize(8)
    .fillColor(COLOURS.muted)
    .text(text, PAGE_MARGIN, doc.page.height - PAGE_MARGIN + 14, {
      width: doc.page.width - 2 * PAGE_MARGIN,
      align: 'center',
      lineBreak: false,
    })
    .fillColor(COLOURS.ink);
  doc.page.margins.bottom = bottom;
}
