import { pdfText } from '../letters/pdf-text';
import { bookletGrid, groupCountText, type BookletBlockEntry } from './booklet-grid';
import { A4, COLOURS, FONT, PAGE_MARGIN, printedDate, renderPdf, type Pdf } from './pdf-document';
import { planTitleLine, type ScenarioExport } from './scenario-export';

/**
 * The block grid for the options booklet: one A4 landscape page, a column per block listing
 * the courses offered there with their number of groups. Type shrinks only as far as it must
 * for the longest column to fit, and never below a size that prints legibly.
 */

const COLUMN_GAP = 10;
const COLUMN_TOP = 112;
const HEADER_HEIGHT = 28;
const ENTRY_PADDING = 5;
const LARGEST_TYPE = 12;
const SMALLEST_TYPE = 8;

export interface ColumnBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where each block's column sits on the page (also how a test finds a block's text). */
export function bookletColumns(blockCount: number): ColumnBox[] {
  const width = (A4.long - 2 * PAGE_MARGIN - COLUMN_GAP * (blockCount - 1)) / blockCount;
  const height = A4.short - PAGE_MARGIN - COLUMN_TOP;
  return Array.from({ length: blockCount }, (_, i) => ({
    x: PAGE_MARGIN + i * (width + COLUMN_GAP),
    y: COLUMN_TOP,
    width,
    height,
  }));
}

/** The group count under a course name: a little smaller, but never below 7 pt. */
const countSize = (size: number) => Math.max(size - 2, 7);

function entryHeight(doc: Pdf, entry: BookletBlockEntry, width: number, size: number): number {
  const inner = width - 2 * ENTRY_PADDING;
  doc.font(FONT.bold).fontSize(size);
  const name = doc.heightOfString(entry.name, { width: inner });
  doc.font(FONT.regular).fontSize(countSize(size));
  const groups = doc.heightOfString(groupCountText(entry), { width: inner });
  return name + groups + 2 * ENTRY_PADDING + 2;
}

/** The largest type size at which every column fits its box, or the smallest size. */
function fittingTypeSize(doc: Pdf, columns: BookletBlockEntry[][], box: ColumnBox): number {
  for (let size = LARGEST_TYPE; size > SMALLEST_TYPE; size -= 0.5) {
    const tallest = Math.max(
      ...columns.map((entries) =>
        entries.reduce((sum, entry) => sum + entryHeight(doc, entry, box.width, size), 0),
      ),
    );
    if (tallest <= roomFor(box)) return size;
  }
  return SMALLEST_TYPE;
}

const roomFor = (box: ColumnBox) => box.height - HEADER_HEIGHT - ENTRY_PADDING;

/** A column's entries split into pages, for a block with more courses than one page holds. */
function paginate(
  doc: Pdf,
  entries: BookletBlockEntry[],
  box: ColumnBox,
  size: number,
): BookletBlockEntry[][] {
  const pages: BookletBlockEntry[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    const height = entryHeight(doc, entry, box.width, size);
    const page = pages[pages.length - 1] ?? [];
    if (page.length > 0 && used + height > roomFor(box)) {
      pages.push([entry]);
      used = height;
    } else {
      page.push(entry);
      used += height;
    }
  }
  return pages;
}

function drawHeading(doc: Pdf, subtitle: string, continued: boolean): void {
  doc
    .font(FONT.bold)
    .fontSize(24)
    .fillColor(COLOURS.brand)
    .text(continued ? 'Option blocks, continued' : 'Option blocks', PAGE_MARGIN, PAGE_MARGIN);
  if (subtitle !== '') doc.font(FONT.regular).fontSize(14).fillColor(COLOURS.ink).text(subtitle);
  doc
    .font(FONT.regular)
    .fontSize(10)
    .fillColor(COLOURS.muted)
    .text('Each column is one block: the courses listed in it are taught at the same time.');
}

function drawColumn(
  doc: Pdf,
  block: string,
  entries: BookletBlockEntry[],
  box: ColumnBox,
  size: number,
  firstPage: boolean,
): void {
  doc.rect(box.x, box.y, box.width, box.height).fill(COLOURS.brandPale);
  doc.rect(box.x, box.y, box.width, HEADER_HEIGHT).fill(COLOURS.brand);
  doc
    .font(FONT.bold)
    .fontSize(14)
    .fillColor('#ffffff')
    .text(`Block ${block}`, box.x, box.y + 8, { width: box.width, align: 'center' });
  let y = box.y + HEADER_HEIGHT + ENTRY_PADDING;
  const inner = box.width - 2 * ENTRY_PADDING;
  entries.forEach((entry, index) => {
    if (index > 0) {
      doc
        .moveTo(box.x + ENTRY_PADDING, y)
        .lineTo(box.x + box.width - ENTRY_PADDING, y)
        .lineWidth(0.5)
        .stroke(COLOURS.rule);
    }
    doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(COLOURS.ink)
      .text(entry.name, box.x + ENTRY_PADDING, y + ENTRY_PADDING, { width: inner });
    doc
      .font(FONT.regular)
      .fontSize(countSize(size))
      .fillColor(COLOURS.muted)
      .text(groupCountText(entry), box.x + ENTRY_PADDING, doc.y + 1, { width: inner });
    y += entryHeight(doc, entry, box.width, size);
  });
  if (entries.length === 0 && firstPage) {
    doc
      .font(FONT.regular)
      .fontSize(LARGEST_TYPE - 2)
      .fillColor(COLOURS.muted)
      .text('No courses in this block', box.x + ENTRY_PADDING, y + ENTRY_PADDING, {
        width: inner,
      });
  }
}

/** The plan's names as the PDF's built-in font can print them (Łukasz as Lukasz). */
function printableNames(plan: ScenarioExport): ScenarioExport {
  return {
    ...plan,
    schoolName: plan.schoolName === null ? null : pdfText(plan.schoolName),
    cohort: plan.cohort === null ? null : pdfText(plan.cohort),
    scenarioName: pdfText(plan.scenarioName),
    courses: plan.courses.map((course) => ({ ...course, name: pdfText(course.name) })),
  };
}

export function bookletPdf(original: ScenarioExport, now: Date = new Date()): Promise<Buffer> {
  const plan = printableNames(original);
  const grid = bookletGrid(plan);
  const subtitle = planTitleLine(plan);
  const footer = `Scenario "${plan.scenarioName}" · printed ${printedDate(now)} · KS4 Planner`;
  return renderPdf({ title: 'Option blocks', layout: 'landscape', footer }, (doc) => {
    const boxes = bookletColumns(Math.max(grid.blocks.length, 1));
    const first = boxes[0] as ColumnBox;
    const size = fittingTypeSize(
      doc,
      grid.byBlock.map((column) => column.entries),
      first,
    );
    const pages = grid.byBlock.map((column) => paginate(doc, column.entries, first, size));
    const pageCount = Math.max(1, ...pages.map((column) => column.length));
    for (let page = 0; page < pageCount; page += 1) {
      if (page > 0) doc.addPage();
      drawHeading(doc, subtitle, page > 0);
      grid.byBlock.forEach((column, i) => {
        const box = boxes[i];
        const entries = pages[i]?.[page] ?? [];
        if (box) drawColumn(doc, column.block, entries, box, size, page === 0);
      });
    }
  });
}
