import {
  closestCenter,
  KeyboardCode,
  pointerWithin,
  type CollisionDetection,
  type KeyboardCodes,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';

/**
 * Space picks a chip up (Enter is kept for choosing it and picking a teacher from a list);
 * Space or Enter drops it; Escape or Tab puts it back.
 */
export const STAFFING_KEYBOARD_CODES: KeyboardCodes = {
  start: [KeyboardCode.Space],
  cancel: [KeyboardCode.Esc, KeyboardCode.Tab],
  end: [KeyboardCode.Space, KeyboardCode.Enter],
};

/** A few pixels of movement before a drag starts, so a click still chooses the chip. */
export const POINTER_ACTIVATION = { distance: 6 };
export const TOUCH_ACTIVATION = { delay: 200, tolerance: 6 };

/**
 * With a pointer, the row under it; from the keyboard (no pointer), the row the chip has been
 * moved onto. Rows are long and chips small, so overlap alone would pick the wrong row.
 */
export const staffingCollisions: CollisionDetection = (args) =>
  args.pointerCoordinates ? pointerWithin(args) : closestCenter(args);

/**
 * Up and down arrows move a picked-up chip a whole target at a time (the Unstaffed strip, then
 * each teacher's row) rather than a few pixels. The step is the distance between the two
 * targets as measured together, so it holds however far the screen has scrolled.
 */
export const rowByRowCoordinates: KeyboardCoordinateGetter = (
  event,
  { context, currentCoordinates },
) => {
  const down = event.code === KeyboardCode.Down;
  if (!down && event.code !== KeyboardCode.Up) return undefined;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (!collisionRect) return undefined;
  event.preventDefault();

  const targets = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.top - b.rect.top);
  const middle = (rect: { top: number; height: number }) => rect.top + rect.height / 2;
  const at = over ? targets.findIndex((target) => target.id === over.id) : -1;
  const here = targets[at];
  if (!here) {
    // Over nothing yet: go to the nearest target in the direction pressed.
    const centre = middle(collisionRect);
    const next = down
      ? targets.find((target) => middle(target.rect) > centre)
      : targets.findLast((target) => middle(target.rect) < centre);
    return (
      next && { x: currentCoordinates.x, y: currentCoordinates.y + middle(next.rect) - centre }
    );
  }
  const next = targets[at + (down ? 1 : -1)];
  if (!next) return undefined;
  return {
    x: currentCoordinates.x,
    y: currentCoordinates.y + middle(next.rect) - middle(here.rect),
  };
};
