import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

const FORWARD: readonly string[] = [KeyboardCode.Right, KeyboardCode.Down];
const BACKWARD: readonly string[] = [KeyboardCode.Left, KeyboardCode.Up];
/** Targets whose tops differ by less than this are read as one row. */
const SAME_ROW_PX = 24;
/** How far inside a target the dragged item lands, so that it is clearly over it. */
const INSET_PX = 12;

/**
 * Arrow keys move a dragged item from one drop target to the next in reading order (block
 * columns left to right, the parallel groups of a course top to bottom), rather than a few
 * pixels at a time.
 */
export const jumpBetweenTargets: KeyboardCoordinateGetter = (event, { context }) => {
  const step = FORWARD.includes(event.code) ? 1 : BACKWARD.includes(event.code) ? -1 : 0;
  if (step === 0) return undefined;
  event.preventDefault();
  const targets = context.droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = context.droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort(
      (a, b) =>
        (Math.abs(a.rect.top - b.rect.top) < SAME_ROW_PX ? 0 : a.rect.top - b.rect.top) ||
        a.rect.left - b.rect.left,
    );
  if (targets.length === 0) return undefined;
  const current = targets.findIndex((target) => target.id === context.over?.id);
  const next =
    current === -1
      ? step > 0
        ? 0
        : targets.length - 1
      : Math.min(Math.max(current + step, 0), targets.length - 1);
  const target = targets[next];
  if (!target) return undefined;
  return { x: target.rect.left + INSET_PX, y: target.rect.top + INSET_PX };
};

/** The target under the pointer; for the keyboard (no pointer), the one the item overlaps most. */
export const pointerFirst: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};
