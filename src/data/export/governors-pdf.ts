import type { ChartBar, GovernorsSummary, SummaryChart, SummaryFinding } from './governors-summary';
import { pdfText } from '../letters/pdf-text';
import { COLOURS, FONT, PAGE_MARGIN, printedDate, renderPdf, type Pdf } from './pdf-document';
import { planTitleLine } from './scenario-export';

/**
 * The governors' summary as an A4 portrait PDF: the headline figures as tiles, bar charts of
 * first and all choices met for disadvantaged, SEND and gender groups, and the fairness
 * findings in words. Charts are drawn directly so they print sharply at any size.
 */

const TILE_COLUMNS = 4;
const TILE_HEIGHT = 62;
const TILE_GAP = 8;
const LABEL_WIDTH = 150;
const VALUE_WIDTH = 110;
const BAR_HEIGHT = 9;
const BAR_ROW_HEIGHT = 30;

/** "79.2%": one decimal, as the command line prints shares. */
function percentOf(count: number, total: number): string {
  return total === 0 ? '0%' : `${((100 * count) / total).toFixed(1)}%`;
}

interface Tile {
  figure: string;
  caption: string;
}

function tiles(summary: GovernorsSummary): Tile[] {
  const h = summary.headline;
  return [
    { figure: String(h.pupils), caption: 'pupils with option choices' },
    {
      figure: percentOf(h.fullySatisfied, h.pupils),
      caption: `fully satisfied: ${h.fullySatisfied} of ${h.pupils} got all their choices`,
    },
    {
      figure: percentOf(h.choicesMet, h.choicesRequested),
      caption: `of choices met: ${h.choicesMet} of ${h.choicesRequested}`,
    },
    { figure: String(h.reservesUsed), caption: 'reserve choices used' },
    { figure: String(h.unresolved), caption: 'pupils still without all their choices' },
    { figure: String(h.groups), caption: 'teaching groups' },
    { figure: String(h.teachersNeeded), caption: 'teachers needed' },
    { figure: String(h.unstaffedGroups), caption: 'groups without a teacher yet' },
  ];
}

function contentWidth(doc: Pdf): number {
  return doc.page.width - 2 * PAGE_MARGIN;
}

/** Starts a new page when fewer than `height` points are left on this one. */
function ensureRoom(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function heading(doc: Pdf, text: string): void {
  ensureRoom(doc, 60);
  doc.moveDown(1);
  doc.font(FONT.bold).fontSize(14).fillColor(COLOURS.brand).text(text, PAGE_MARGIN, doc.y);
  doc.moveDown(0.4);
}

function drawTiles(doc: Pdf, summary: GovernorsSummary): void {
  const all = tiles(summary);
  const width = (contentWidth(doc) - TILE_GAP * (TILE_COLUMNS - 1)) / TILE_COLUMNS;
  const top = doc.y;
  all.forEach((tile, i) => {
    const x = PAGE_MARGIN + (i % TILE_COLUMNS) * (width + TILE_GAP);
    const y = top + Math.floor(i / TILE_COLUMNS) * (TILE_HEIGHT + TILE_GAP);
    doc.rect(x, y, width, TILE_HEIGHT).fill(COLOURS.brandPale);
    doc
      .font(FONT.bold)
      .fontSize(22)
      .fillColor(COLOURS.brand)
      .text(tile.figure, x + 8, y + 8, { width: width - 16 });
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(COLOURS.ink)
      .text(tile.caption, x + 8, y + 34, { width: width - 16 });
  });
  const rows = Math.ceil(all.length / TILE_COLUMNS);
  doc.x = PAGE_MARGIN;
  doc.y = top + rows * (TILE_HEIGHT + TILE_GAP);
}

function drawLegend(doc: Pdf): void {
  const y = doc.y;
  const key = (x: number, colour: string, text: string) => {
    doc.rect(x, y + 1, 10, 8).fill(colour);
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(COLOURS.ink)
      .text(text, x + 14, y, { lineBreak: false });
  };
  key(PAGE_MARGIN, COLOURS.brand, 'First choice met');
  key(PAGE_MARGIN + 120, COLOURS.accent, 'All choices met');
  doc.x = PAGE_MARGIN;
  doc.y = y + 16;
}

function drawBar(doc: Pdf, entry: ChartBar, top: number): void {
  const trackX = PAGE_MARGIN + LABEL_WIDTH;
  const trackWidth = contentWidth(doc) - LABEL_WIDTH - VALUE_WIDTH;
  doc
    .font(FONT.regular)
    .fontSize(10)
    .fillColor(COLOURS.ink)
    .text(entry.label, PAGE_MARGIN, top + 4, { width: LABEL_WIDTH - 8, lineBreak: false });
  const measures: [number, string][] = [
    [entry.firstChoiceMet, COLOURS.brand],
    [entry.allChoicesMet, COLOURS.accent],
  ];
  measures.forEach(([count, colour], i) => {
    const y = top + i * (BAR_HEIGHT + 2);
    const share = entry.pupilsWithChoices === 0 ? 0 : count / entry.pupilsWithChoices;
    doc.rect(trackX, y, trackWidth, BAR_HEIGHT).fill('#f0f0f0');
    if (share > 0) doc.rect(trackX, y, trackWidth * share, BAR_HEIGHT).fill(colour);
    doc
      .font(FONT.regular)
      .fontSize(8.5)
      .fillColor(COLOURS.ink)
      .text(
        `${percentOf(count, entry.pupilsWithChoices)} (${count} of ${entry.pupilsWithChoices})`,
        trackX + trackWidth + 8,
        y,
        { width: VALUE_WIDTH - 8, lineBreak: false },
      );
  });
}

function drawChart(doc: Pdf, chart: SummaryChart): void {
  ensureRoom(doc, 22 + chart.bars.length * BAR_ROW_HEIGHT);
  doc.font(FONT.bold).fontSize(11).fillColor(COLOURS.ink).text(chart.title, PAGE_MARGIN, doc.y);
  doc.moveDown(0.3);
  const top = doc.y;
  chart.bars.forEach((entry, i) => drawBar(doc, entry, top + i * BAR_ROW_HEIGHT));
  doc.x = PAGE_MARGIN;
  doc.y = top + chart.bars.length * BAR_ROW_HEIGHT + 4;
}

function drawFindings(doc: Pdf, findings: readonly SummaryFinding[]): void {
  if (findings.length === 0) {
    doc
      .font(FONT.regular)
      .fontSize(10)
      .fillColor(COLOURS.ink)
      .text('The fairness checks raised no concerns and no notes for this scenario.');
    return;
  }
  for (const finding of findings) {
    ensureRoom(doc, 40);
    const concern = finding.severity === 'concern';
    doc
      .font(FONT.bold)
      .fontSize(10)
      .fillColor(concern ? COLOURS.concern : COLOURS.muted)
      .text(concern ? 'Concern: ' : 'Note: ', PAGE_MARGIN, doc.y, { continued: true })
      .font(FONT.regular)
      .fillColor(COLOURS.ink)
      .text(finding.message, { width: contentWidth(doc) });
    doc.moveDown(0.5);
  }
}

/** The summary's words as the PDF's built-in font can print them (Łukasz as Lukasz). */
function printableWords(summary: GovernorsSummary): GovernorsSummary {
  const orNull = (text: string | null) => (text === null ? null : pdfText(text));
  return {
    ...summary,
    schoolName: orNull(summary.schoolName),
    cohort: orNull(summary.cohort),
    scenarioName: pdfText(summary.scenarioName),
    charts: summary.charts.map((chart) => ({
      title: pdfText(chart.title),
      bars: chart.bars.map((entry) => ({ ...entry, label: pdfText(entry.label) })),
    })),
    findings: summary.findings.map((finding) => ({
      ...finding,
      message: pdfText(finding.message),
    })),
  };
}

export function governorsPdf(original: GovernorsSummary, now: Date = new Date()): Promise<Buffer> {
  const summary = printableWords(original);
  const title = 'Key Stage 4 options: summary for governors';
  const footer = `Scenario "${summary.scenarioName}" · printed ${printedDate(now)} · KS4 Planner`;
  return renderPdf({ title, layout: 'portrait', footer }, (doc) => {
    doc.font(FONT.bold).fontSize(20).fillColor(COLOURS.brand).text(title);
    const subtitle = planTitleLine(summary);
    if (subtitle !== '') doc.font(FONT.regular).fontSize(13).fillColor(COLOURS.ink).text(subtitle);
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(COLOURS.muted)
      .text(`Option blocks of the scenario "${summary.scenarioName}".`);
    doc.moveDown(0.8);
    drawTiles(doc, summary);

    heading(doc, 'Choices met by group of pupils');
    if (summary.charts.length === 0) {
      doc
        .font(FONT.regular)
        .fontSize(10)
        .fillColor(COLOURS.ink)
        .text('No pupil in this plan has made choices yet, so there is nothing to compare.');
    } else {
      drawLegend(doc);
      for (const chart of summary.charts) drawChart(doc, chart);
    }

    heading(doc, 'What the fairness checks found');
    drawFindings(doc, summary.findings);
  });
}
