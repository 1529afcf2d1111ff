import { useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { ChoicesAnalysisView } from '../../../shared/contract/analysis';
import { HEAT_LEVELS, heatLevel, heatThresholds } from './heat';

/** A cell of the matrix by its two course codes (the same code twice on the diagonal). */
export interface MatrixCell {
  first: string;
  second: string;
}

interface Position {
  row: number;
  col: number;
}

/**
 * The clash matrix as a grid: codes on the axes (names in tooltips and labels), one focusable
 * cell at a time (arrow keys move, Enter or Space chooses), headers that stay in view.
 */
export function ClashMatrix({
  analysis,
  codes,
  selected,
  onSelect,
}: {
  analysis: ChoicesAnalysisView;
  /** Course codes in the order to show them. */
  codes: string[];
  selected: MatrixCell | null;
  onSelect: (cell: MatrixCell) => void;
}) {
  const table = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const { count, nameOf, busiest } = useMemo(() => lookups(analysis), [analysis]);
  const last = codes.length - 1;
  const row = Math.min(active.row, last);
  const col = Math.min(active.col, last);

  function cellAt(position: Position): MatrixCell {
    return { first: codes[position.row] ?? '', second: codes[position.col] ?? '' };
  }

  function positionOf(target: EventTarget): Position | null {
    const cell = (target as HTMLElement).closest<HTMLElement>('[data-row]');
    if (!cell) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  }

  function moveTo(next: Position) {
    setActive(next);
    const cell = table.current?.querySelector<HTMLElement>(
      `[data-row="${next.row}"][data-col="${next.col}"]`,
    );
    cell?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const at = positionOf(event.target);
    if (!at) return;
    const moves: Record<string, Position> = {
      ArrowUp: { row: Math.max(0, at.row - 1), col: at.col },
      ArrowDown: { row: Math.min(last, at.row + 1), col: at.col },
      ArrowLeft: { row: at.row, col: Math.max(0, at.col - 1) },
      ArrowRight: { row: at.row, col: Math.min(last, at.col + 1) },
      Home: { row: at.row, col: 0 },
      End: { row: at.row, col: last },
    };
    const next = moves[event.key];
    if (next) {
      event.preventDefault();
      moveTo(next);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(cellAt(at));
    }
  }

  function onClick(event: MouseEvent<HTMLTableElement>) {
    const at = positionOf(event.target);
    if (!at) return;
    setActive(at);
    onSelect(cellAt(at));
  }

  return (
    <>
      <div className="matrix-scroll">
        <table
          ref={table}
          className="clash-matrix"
          role="grid"
          aria-label="Clash matrix: pupils choosing both courses"
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          <thead>
            <tr>
              <td className="matrix-corner" />
              {codes.map((code) => (
                <th key={code} scope="col" title={nameOf.get(code)} aria-label={nameOf.get(code)}>
                  <span className="matrix-col-code">{code}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((rowCode, r) => (
              <tr key={rowCode}>
                <th scope="row" title={nameOf.get(rowCode)} aria-label={nameOf.get(rowCode)}>
                  {rowCode}
                </th>
                {codes.map((colCode, c) => {
                  const value = count(rowCode, colCode);
                  const diagonal = r === c;
                  const isSelected =
                    selected !== null && selected.first === rowCode && selected.second === colCode;
                  const classes = [
                    'matrix-cell',
                    diagonal ? 'diagonal' : `heat-${heatLevel(value, busiest)}`,
                    isSelected ? 'selected' : '',
                    r === row || c === col ? 'crosshair' : '',
                  ];
                  return (
                    <td
                      key={colCode}
                      role="gridcell"
                      className={classes.filter(Boolean).join(' ')}
                      data-row={r}
                      data-col={c}
                      tabIndex={r === row && c === col ? 0 : -1}
                      aria-selected={isSelected}
                      aria-label={cellLabel(nameOf, rowCode, colCode, value)}
                      title={cellLabel(nameOf, rowCode, colCode, value)}
                    >
                      {value}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend busiest={busiest} />
    </>
  );
}

function lookups(analysis: ChoicesAnalysisView) {
  const index = new Map(analysis.courses.map((course, i) => [course.code, i]));
  const nameOf = new Map(analysis.courses.map((course) => [course.code, course.name]));
  const count = (a: string, b: string) =>
    analysis.coincidence[index.get(a) ?? -1]?.[index.get(b) ?? -1] ?? 0;
  let busiest = 0;
  analysis.coincidence.forEach((values, i) =>
    values.forEach((value, j) => {
      if (i !== j) busiest = Math.max(busiest, value);
    }),
  );
  return { count, nameOf, busiest };
}

function cellLabel(
  nameOf: ReadonlyMap<string, string>,
  first: string,
  second: string,
  value: number,
): string {
  const pupils = `${value} pupil${value === 1 ? '' : 's'}`;
  if (first === second) return `${nameOf.get(first) ?? first}: ${pupils} chose it`;
  return `${nameOf.get(first) ?? first} and ${nameOf.get(second) ?? second}: ${pupils} chose both`;
}

function HeatLegend({ busiest }: { busiest: number }) {
  const thresholds = heatThresholds(busiest);
  return (
    <div className="heat-legend" aria-hidden="true">
      <span>Pupils choosing both:</span>
      <span className="heat-swatch heat-0">0</span>
      {Array.from({ length: HEAT_LEVELS }, (_, i) => {
        const from = thresholds[i];
        if (from === undefined) return null;
        const to =
          (thresholds.slice(i + 1).find((value) => value !== undefined) ?? busiest + 1) - 1;
        return (
          <span key={i} className={`heat-swatch heat-${i + 1}`}>
            {from === to ? from : `${from}–${to}`}
          </span>
        );
      })}
      <span className="heat-swatch diagonal">the course itself</span>
    </div>
  );
}
