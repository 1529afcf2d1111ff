import {
  closestCenter,
  KeyboardCode,
  pointerWithin,
  type Announcements,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { periodLabel, type Period, type TimetableFrame } from '../../../core/timetable';

/** What a chip carries while dragged: the block, and the period it leaves (null: the palette). */
export interface ChipDrag {
  block: string;
  from: Period | null;
}

/** What a grid cell offers as a drop target. */
export interface CellDrop {
  at: Period;
}

export function chipOf(data: unknown): ChipDrag | null {
  const value = data as Partial<ChipDrag> | undefined;
  return typeof value?.block === 'string' ? { block: value.block, from: value.from ?? null } : null;
}

export function cellOf(data: unknown): Period | null {
  const value = data as Partial<CellDrop> | undefined;
  return value?.at ?? null;
}

export const KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc, KeyboardCode.Tab],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

export const POINTER_ACTIVATION = { distance: 6 };
export const TOUCH_ACTIVATION = { delay: 200, tolerance: 6 };

/** The cell under the pointer; from the keyboard, the cell the chip was moved onto. */
export const cellCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

const DIRECTIONS: Record<string, [number, number]> = {
  [KeyboardCode.Right]: [1, 0],
  [KeyboardCode.Left]: [-1, 0],
  [KeyboardCode.Down]: [0, 1],
  [KeyboardCode.Up]: [0, -1],
};

/**
 * Arrow keys move a picked-up chip to the next cell in that direction on the grid (the nearest
 * one whose centre lies that way), rather than a few pixels.
 */
export const cellByCell: KeyboardCoordinateGetter = (event, { context }) => {
  const direction = DIRECTIONS[event.code];
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!direction || !collisionRect) return undefined;
  event.preventDefault();
  const [dx, dy] = direction;
  const centreOf = (rect: { left: number; top: number; width: number; height: number }) => ({
    x: rect.left + rect.width / 2,
    y: rect.top + rect.height / 2,
  });
  const overRect = over ? droppableRects.get(over.id) : undefined;
  const from = centreOf(overRect ?? collisionRect);
  let best: { rect: typeof collisionRect; score: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect || container.id === over?.id) continue;
    const centre = centreOf(rect);
    const along = (centre.x - from.x) * dx + (centre.y - from.y) * dy;
    if (along <= 1) continue;
    const across = Math.abs((centre.x - from.x) * dy) + Math.abs((centre.y - from.y) * dx);
    const score = along + across * 3;
    if (!best || score < best.score) best = { rect, score };
  }
  if (!best) return undefined;
  return {
    x: best.rect.left + (best.rect.width - collisionRect.width) / 2,
    y: best.rect.top + (best.rect.height - collisionRect.height) / 2,
  };
};

export const DRAG_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To place this block, press Space to pick it up, use the arrow keys to move it onto a ' +
    'period, then press Space to drop it or Escape to put it back. Or choose a period on the ' +
    'grid and type the block’s letter.',
};

/** What screen readers hear while a block chip is dragged, naming the block and the period. */
export function dragAnnouncements(frame: TimetableFrame): Announcements {
  const chipName = (data: unknown) => `Block ${chipOf(data)?.block ?? ''}`.trim();
  const cellName = (data: unknown) => {
    const at = cellOf(data);
    return at ? periodLabel(frame, at) : null;
  };
  return {
    onDragStart({ active }) {
      const chip = chipOf(active.data.current);
      const from = chip?.from ? ` from ${periodLabel(frame, chip.from)}` : '';
      return `Picked up ${chipName(active.data.current)}${from}.`;
    },
    onDragOver({ active, over }) {
      const cell = cellName(over?.data.current);
      return cell
        ? `${chipName(active.data.current)} is over ${cell}.`
        : `${chipName(active.data.current)} is not over a period.`;
    },
    onDragEnd({ active, over }) {
      const cell = cellName(over?.data.current);
      return cell
        ? `${chipName(active.data.current)} was placed in ${cell}.`
        : `${chipName(active.data.current)} was put back. Nothing changed.`;
    },
    onDragCancel({ active }) {
      return `Moving ${chipName(active.data.current)} was cancelled. Nothing changed.`;
    },
  };
}
