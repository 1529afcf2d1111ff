import {
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DndContextProps,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { STAFFING_INSTRUCTIONS, staffingAnnouncements } from './StaffingAnnouncements';
import { checkKey, type CheckResult } from './StaffingChecks';
import {
  POINTER_ACTIVATION,
  rowByRowCoordinates,
  STAFFING_KEYBOARD_CODES,
  staffingCollisions,
  TOUCH_ACTIVATION,
} from './StaffingDragSetup';
import {
  groupOf,
  targetOf,
  type CombingRowView,
  type StaffedGroup,
  type StaffingTarget,
} from './StaffingLookups';
import { verdictOf, type DropVerdict } from './StaffingVerdict';

/**
 * Dragging a group chip to a teacher's row or the Unstaffed strip: the group is taken as it
 * was when picked up, each target is checked (once) as the chip reaches it, and a drop asks
 * for the change; a cancelled drag changes nothing.
 */
export function useStaffingDrag({
  groups,
  teachers,
  check,
  results,
  onDrop,
  onPickUp,
}: {
  groups: ReadonlyMap<string, StaffedGroup>;
  teachers: ReadonlyMap<string, CombingRowView>;
  check: (group: string, teacher: string | null) => Promise<CheckResult>;
  results: ReadonlyMap<string, CheckResult>;
  onDrop: (group: string, teacher: string | null) => void;
  onPickUp: () => void;
}) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: POINTER_ACTIVATION }),
    useSensor(TouchSensor, { activationConstraint: TOUCH_ACTIVATION }),
    useSensor(KeyboardSensor, {
      keyboardCodes: STAFFING_KEYBOARD_CODES,
      coordinateGetter: rowByRowCoordinates,
      // An instant scroll keeps the chip and the rows measured in step between key presses.
      scrollBehavior: 'auto',
    }),
  );
  const announcements = useMemo(
    () => staffingAnnouncements({ groups, teachers }),
    [groups, teachers],
  );
  const [dragged, setDragged] = useState<StaffedGroup | null>(null);
  const [over, setOver] = useState<StaffingTarget | null>(null);

  function verdictFor(teacher: string | null): DropVerdict {
    if (!dragged) return { kind: 'checking' };
    if ((dragged.teacher?.code ?? null) === teacher) return { kind: 'same' };
    return verdictOf(results.get(checkKey(dragged.group, teacher)));
  }

  function onDragStart({ active }: DragStartEvent) {
    const label = groupOf(active.data.current);
    setDragged(label === null ? null : (groups.get(label) ?? null));
    setOver(null);
    onPickUp();
  }

  function onDragOver({ active, over: target }: DragOverEvent) {
    const label = groupOf(active.data.current);
    const where = targetOf(target?.data.current);
    setOver(where);
    const group = label === null ? undefined : groups.get(label);
    if (group && where && (group.teacher?.code ?? null) !== where.teacher) {
      void check(group.group, where.teacher);
    }
  }

  function onDragEnd({ over: target }: DragEndEvent) {
    const group = dragged;
    const where = targetOf(target?.data.current);
    setDragged(null);
    setOver(null);
    if (!group || !where || (group.teacher?.code ?? null) === where.teacher) return;
    onDrop(group.group, where.teacher);
  }

  function onDragCancel() {
    setDragged(null);
    setOver(null);
  }

  const contextProps: DndContextProps = {
    sensors,
    collisionDetection: staffingCollisions,
    accessibility: { announcements, screenReaderInstructions: STAFFING_INSTRUCTIONS },
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel,
  };
  return { contextProps, dragged, over, verdictFor };
}
