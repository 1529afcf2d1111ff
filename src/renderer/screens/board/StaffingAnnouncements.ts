import type { Announcements, Over, ScreenReaderInstructions } from '@dnd-kit/core';
import { groupOf, targetOf, type CombingRowView, type StaffedGroup } from './StaffingLookups';
import { blocksText, groupText, taughtByText, teacherText } from './StaffingWords';

export const STAFFING_INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To give this group to another teacher, press Space to pick it up, use the up and down ' +
    'arrow keys to move it onto a teacher’s row or the Unstaffed strip, then press Space to ' +
    'drop it or Escape to put it back. Or press Enter to choose the group and pick a teacher ' +
    'from a list.',
};

interface Lookups {
  groups: ReadonlyMap<string, StaffedGroup>;
  teachers: ReadonlyMap<string, CombingRowView>;
}

/** What screen readers hear while a group chip is dragged, naming the group and the row. */
export function staffingAnnouncements({ groups, teachers }: Lookups): Announcements {
  function groupName(data: unknown): string {
    const label = groupOf(data);
    const group = label === null ? undefined : groups.get(label);
    return group ? groupText(group) : (label ?? 'The group');
  }

  function targetName(over: Over | null): string | null {
    const target = targetOf(over?.data.current);
    if (!target) return null;
    if (target.teacher === null) return 'the Unstaffed strip, which leaves it without a teacher';
    const row = teachers.get(target.teacher);
    return `the row of ${row ? teacherText(row) : target.teacher}`;
  }

  return {
    onDragStart({ active }) {
      const label = groupOf(active.data.current);
      const group = label === null ? undefined : groups.get(label);
      if (!group) return `Picked up ${groupName(active.data.current)}.`;
      return `Picked up ${groupText(group)} in ${blocksText(group.blocks)}, ${taughtByText(group)}.`;
    },
    onDragOver({ active, over }) {
      const target = targetName(over);
      return target
        ? `${groupName(active.data.current)} is over ${target}.`
        : `${groupName(active.data.current)} is not over a teacher.`;
    },
    onDragEnd({ active, over }) {
      const target = targetName(over);
      return target
        ? `${groupName(active.data.current)} was dropped on ${target}.`
        : `${groupName(active.data.current)} was put back. Nothing changed.`;
    },
    onDragCancel({ active }) {
      return `Moving ${groupName(active.data.current)} was cancelled. Nothing changed.`;
    },
  };
}
