import { useDroppable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import { periodLabel, type Period, type TimetableFrame } from '../../../core/timetable';
import { BlockChip } from './BlockChip';
import type { CellDrop } from './drag-setup';
import { blocksInWords, periodId } from './frame-edits';

interface GridCellProps {
  frame: TimetableFrame;
  blocks: readonly string[];
  at: Period;
  /** The blocks placed in this period (two or more is a clash). */
  placed: string[];
  /** A problem names this period. */
  flagged: boolean;
  chosen: boolean;
  onChoose: (at: Period) => void;
  onKey: (at: Period, event: KeyboardEvent) => void;
  onClear: (at: Period) => void;
}

/** One period of the grid: a drop target, a button to choose it, and the blocks placed in it. */
export function GridCell(props: GridCellProps) {
  const { at, placed } = props;
  const data: CellDrop = { at };
  const { setNodeRef, isOver } = useDroppable({ id: `period:${periodId(at)}`, data });
  const label = periodLabel(props.frame, at);
  const contents = placed.length === 0 ? 'empty' : blocksInWords(placed);
  return (
    <td
      ref={setNodeRef}
      className="tt-cell"
      data-period={periodId(at)}
      data-over={isOver || undefined}
      data-flagged={props.flagged || undefined}
      data-chosen={props.chosen || undefined}
    >
      <button
        type="button"
        className="tt-cell-choose"
        aria-label={`${label}: ${contents}`}
        aria-pressed={props.chosen}
        onClick={() => props.onChoose(at)}
        onKeyDown={(event) => props.onKey(at, event)}
      />
      <span className="tt-cell-chips">
        {placed.map((block) => (
          <BlockChip
            key={block}
            block={block}
            blocks={props.blocks}
            from={at}
            label={`Block ${block} in ${label}`}
          />
        ))}
      </span>
      {placed.length > 0 && (
        <button
          type="button"
          className="tt-cell-clear"
          aria-label={`Clear ${label}`}
          title={`Clear ${label}`}
          onClick={() => props.onClear(at)}
        >
          ×
        </button>
      )}
    </td>
  );
}
