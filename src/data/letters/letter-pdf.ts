import PDFDocument from 'pdfkit';
import type { LetterTemplate, PupilLetter } from '../../core/letters';
import { pdfText } from './pdf-text';

type Doc = PDFKit.PDFDocument;

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
/** The reply slip's height; the cut line sits this far above the bottom margin. */
const SLIP_HEIGHT = 225;
const CUT_LINE_Y = PAGE.height - MARGIN - SLIP_HEIGHT;
/** The letter above the cut line is shrunk in these steps until it fits. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76];

const INK = '#1a1a1a';
const MUTED = '#555555';
const ACCENT = '#1f3a5f';
const TABLE_HEAD = '#e6edf5';
const RULE = '#b8c4d2';
const NOTICE_FILL = '#fff4d6';
const NOTICE_EDGE = '#c99a2e';
const REGULAR = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/**
 * One A4 page per letter: the letter above, a dashed cut line, the reply slip below. The
 * standard Helvetica needs no font file, so the PDF reads the same on any computer.
 */
export function renderLettersPdf(
  letters: readonly PupilLetter[],
  template: LetterTemplate,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    info: {
      Title: pdfText(`Key Stage 4 options letters: ${template.schoolName}`),
      Author: pdfText(template.schoolName),
    },
  });
  // pdfkit keeps an image given by a data URL once per document, however many pages use it.
  const logo = template.logo
    ? `data:image/${template.logo.format};base64,${Buffer.from(template.logo.bytes).toString('base64')}`
    : null;
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const letter of letters) {
    doc.addPage();
    const scale = SCALES.find(
      (candidate) => drawLetter(doc, letter, candidate, null) <= CUT_LINE_Y - 12,
    );
    drawLetter(doc, letter, scale ?? SCALES[SCALES.length - 1] ?? 1, { logo });
    drawCutLine(doc);
    drawReplySlip(doc, letter);
  }
  // A PNG with transparency is decoded in the background; the document ends after it.
  doc.end();
  return done;
}

interface Drawing {
  /** The logo as a data URL. */
  logo: string | null;
}

/** Lays out the letter above the cut line; draws only when `drawing` is given. Returns the end. */
function drawLetter(doc: Doc, letter: PupilLetter, scale: number, drawing: Drawing | null): number {
  const pen = new Pen(doc, scale, drawing !== null);
  const headerWidth = drawing?.logo ? CONTENT_WIDTH - 140 : CONTENT_WIDTH;
  if (drawing?.logo) {
    doc.image(drawing.logo, PAGE.width - MARGIN - 120, MARGIN - 10, {
      fit: [120, 64],
      align: 'right',
    });
  }
  pen.text(letter.schoolName, { font: BOLD, size: 17, color: ACCENT, width: headerWidth, gap: 4 });
  pen.text(letter.date, { size: 10, color: MUTED, width: headerWidth, gap: 2 });
  const forWhom = `For the parent or carer of ${letter.pupilName}${letter.form ? `, form ${letter.form}` : ''}`;
  pen.text(forWhom, { size: 10, color: MUTED, width: headerWidth, gap: 18 });
  pen.y = Math.max(pen.y, MARGIN + 70 * scale);

  pen.text(letter.title, { font: BOLD, size: 14, color: ACCENT, gap: 10 });
  pen.text(letter.greeting, { gap: 6 });
  pen.text(letter.intro, { gap: 10 });
  if (letter.pendingNotice) pen.notice(letter.pendingNotice);

  if (letter.pathway) {
    pen.text(`Pathway: ${letter.pathway.name}`, { font: BOLD, color: ACCENT, gap: 2 });
    pen.text(letter.pathway.description, { gap: 10 });
  }
  pen.courseTable(letter);
  pen.text(letter.blockExplanation, { size: 9, color: MUTED, gap: 10 });
  pen.text(letter.howToChange, { gap: 12 });
  pen.text('Yours sincerely,', { gap: 22 });
  if (letter.signOff.name) pen.text(letter.signOff.name, { font: BOLD, gap: 1 });
  pen.text(letter.signOff.role, { gap: 0 });
  return pen.y;
}

interface TextStyle {
  font?: string;
  size?: number;
  color?: string;
  width?: number;
  x?: number;
  /** Space after, in points before scaling. */
  gap?: number;
}

/** Writes (or only measures) text down the page at one scale. */
class Pen {
  y = MARGIN;

  constructor(
    private readonly doc: Doc,
    private readonly scale: number,
    private readonly drawing: boolean,
  ) {}

  /** Height the text takes, in the style given. */
  measure(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.heightOfString(pdfText(text), {
      width: style.width ?? CONTENT_WIDTH,
      lineGap: 1.5,
    });
  }

  text(text: string, style: TextStyle = {}): void {
    const height = this.measure(text, style);
    if (this.drawing) {
      this.doc.text(pdfText(text), style.x ?? MARGIN, this.y, {
        width: style.width ?? CONTENT_WIDTH,
        lineGap: 1.5,
      });
    }
    this.y += height + (style.gap ?? 6) * this.scale;
  }

  notice(text: string): void {
    const padding = 8 * this.scale;
    const width = CONTENT_WIDTH - 2 * padding;
    const height = this.measure(text, { font: BOLD, width }) + 2 * padding;
    if (this.drawing) {
      this.doc
        .save()
        .rect(MARGIN, this.y, CONTENT_WIDTH, height)
        .fillAndStroke(NOTICE_FILL, NOTICE_EDGE)
        .restore();
      this.style({ font: BOLD });
      this.doc.text(pdfText(text), MARGIN + padding, this.y + padding, { width, lineGap: 1.5 });
    }
    this.y += height + 10 * this.scale;
  }

  courseTable(letter: PupilLetter): void {
    const columns = [
      { title: 'Option block (timetable slot)', width: 0.3 },
      { title: 'Course', width: 0.3 },
      { title: 'Group', width: 0.12 },
      { title: 'Which choice it meets', width: 0.28 },
    ].map((column) => ({ ...column, width: column.width * CONTENT_WIDTH }));
    const pad = 5 * this.scale;
    const rows = letter.courses.map((course) => [
      course.when,
      course.teacher ? `${course.name}\nTeacher: ${course.teacher}` : course.name,
      course.group,
      course.meets,
    ]);
    this.row(
      columns.map((column) => column.title),
      columns,
      pad,
      { font: BOLD, fill: TABLE_HEAD },
    );
    if (rows.length === 0) {
      this.text('No course is settled yet.', { x: MARGIN + pad, gap: 8 });
      return;
    }
    for (const cells of rows) this.row(cells, columns, pad, { font: REGULAR, fill: null });
    this.y += 8 * this.scale;
  }

  private row(
    cells: string[],
    columns: { width: number }[],
    pad: number,
    look: { font: string; fill: string | null },
  ): void {
    const heights = cells.map((cell, index) =>
      this.measure(cell, {
        font: look.font,
        size: 10,
        width: (columns[index]?.width ?? 0) - 2 * pad,
      }),
    );
    const height = Math.max(...heights) + 2 * pad;
    if (this.drawing) {
      if (look.fill)
        this.doc.save().rect(MARGIN, this.y, CONTENT_WIDTH, height).fill(look.fill).restore();
      this.doc
        .save()
        .moveTo(MARGIN, this.y + height)
        .lineTo(MARGIN + CONTENT_WIDTH, this.y + height)
        .lineWidth(0.6)
        .stroke(RULE)
        .restore();
      let x = MARGIN;
      cells.forEach((cell, index) => {
        const width = columns[index]?.width ?? 0;
        this.style({ font: look.font, size: 10 });
        this.drawCell(cell, x + pad, width - 2 * pad);
        x += width;
      });
    }
    this.y += height;
  }

  /** A course cell's second line (the teacher) is smaller and grey. */
  private drawCell(cell: string, x: number, width: number): void {
    const [first = '', ...rest] = cell.split('\n');
    const top = this.y + 5 * this.scale;
    this.doc.text(pdfText(first), x, top, { width, lineGap: 1.5 });
    if (rest.length === 0) return;
    const below = top + this.doc.heightOfString(pdfText(first), { width, lineGap: 1.5 });
    this.style({ size: 8.5, color: MUTED });
    this.doc.text(pdfText(rest.join('\n')), x, below, { width, lineGap: 1.5 });
    this.style({});
  }

  private style(style: TextStyle): void {
    this.doc
      .font(style.font ?? REGULAR)
      .fontSize((style.size ?? 10.5) * this.scale)
      .fillColor(style.color ?? INK);
  }
}

function drawCutLine(doc: Doc): void {
  doc
    .save()
    .moveTo(MARGIN - 20, CUT_LINE_Y)
    .lineTo(PAGE.width - MARGIN + 20, CUT_LINE_Y)
    .dash(5, { space: 4 })
    .lineWidth(0.8)
    .stroke(MUTED)
    .undash()
    .restore();
  doc
    .font(REGULAR)
    .fontSize(8)
    .fillColor(MUTED)
    .text('Cut along this line and return the slip below', MARGIN, CUT_LINE_Y + 4, {
      width: CONTENT_WIDTH,
      align: 'right',
    });
}

function drawReplySlip(doc: Doc, letter: PupilLetter): void {
  const slip = letter.replySlip;
  let y = CUT_LINE_Y + 18;
  doc.font(BOLD).fontSize(12).fillColor(ACCENT).text('Reply slip', MARGIN, y);
  doc.font(REGULAR).fontSize(9.5).fillColor(INK);
  doc.text(pdfText(slip.returnBy), MARGIN + 75, y + 2, { width: CONTENT_WIDTH - 75 });
  y += 24;

  const fields: [string, string][] = [
    ['Pupil', slip.pupilName],
    ['Form', slip.form ?? ''],
    ['UPN', slip.upn],
  ];
  const fieldX = [MARGIN, MARGIN + 250, MARGIN + 340];
  fields.forEach(([label, value], index) => {
    const x = fieldX[index] ?? MARGIN;
    doc.font(BOLD).fontSize(10).fillColor(INK).text(`${label}:`, x, y, { continued: true });
    doc.font(REGULAR).text(` ${pdfText(value)}`);
  });
  y += 24;

  for (const label of slip.tickBoxes) {
    doc
      .save()
      .rect(MARGIN, y - 1, 11, 11)
      .lineWidth(0.9)
      .stroke(INK)
      .restore();
    doc
      .font(REGULAR)
      .fontSize(10.5)
      .fillColor(INK)
      .text(pdfText(label), MARGIN + 20, y);
    y += 20;
  }
  y += 6;
  doc.font(REGULAR).fontSize(9).fillColor(MUTED).text(pdfText(slip.commentPrompt), MARGIN, y);
  y += 30;
  doc
    .save()
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + CONTENT_WIDTH, y)
    .lineWidth(0.5)
    .stroke(RULE)
    .restore();
  y += 34;

  const [parent = '', pupil = '', date = ''] = slip.signatureLines;
  signatureLine(doc, parent, MARGIN, y, 310);
  signatureLine(doc, date, MARGIN + 340, y, CONTENT_WIDTH - 340);
  y += 34;
  signatureLine(doc, pupil, MARGIN, y, 310);
}

function signatureLine(doc: Doc, label: string, x: number, y: number, width: number): void {
  doc
    .save()
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.7)
    .stroke(INK)
    .restore();
  doc
    .font(REGULAR)
    .fontSize(8.5)
    .fillColor(MUTED)
    .text(pdfText(label), x, y + 3, { width });
}
