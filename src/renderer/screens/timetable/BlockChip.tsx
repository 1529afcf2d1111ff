import { useDraggable } from '@dnd-kit/core';
import type { Period } from '../../../core/timetable';
import { blockStyle } from './block-colours';
import type { ChipDrag } from './drag-setup';
import { periodId } from './frame-edits';

/** A block as a coloured chip that can be dragged onto a period (or from one to another). */
export function BlockChip(props: {
  block: string;
  blocks: readonly string[];
  /** The period the chip sits in on the grid; null for the palette. */
  from: Period | null;
  /** What a screen reader says for the chip. */
  label: string;
  /** Extra text shown after the name (the palette shows periods per cycle). */
  detail?: string;
}) {
  const data: ChipDrag = { block: props.block, from: props.from };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: props.from ? `cell:${periodId(props.from)}:${props.block}` : `palette:${props.block}`,
    data,
  });
  return (
    <span
      ref={setNodeRef}
      className="tt-chip"
      data-block={props.block}
      data-dragging={isDragging || undefined}
      style={blockStyle(props.blocks, props.block)}
      {...attributes}
      {...listeners}
      aria-label={props.label}
      title={props.label}
    >
      {props.block}
      {props.detail && <span className="tt-chip-detail">{props.detail}</span>}
    </span>
  );
}

/** The chip as it follows the pointer or the keyboard while dragged. */
export function BlockChipFace({ block, blocks }: { block: string; blocks: readonly string[] }) {
  return (
    <span className="tt-chip tt-chip-overlay" style={blockStyle(blocks, block)}>
      {block}
    </span>
  );
}
