import type { BoardScreenView, CombingChartView } from '../../../shared/contract/board';

export type CombingRowView = CombingChartView['rows'][number];
export type CombingCellView = CombingRowView['cells'][number];

/** A group as the staffing view needs it, whichever block or strip it is shown in. */
export interface StaffedGroup {
  group: string;
  courseCode: string;
  courseName: string;
  category: string | null;
  /** Every block the group sits in (two for a double group). */
  blocks: string[];
  teacher: { code: string; name: string } | null;
}

/** Every group on the board by label: a double group has a card in each block, listed once. */
export function groupsOnBoard(board: BoardScreenView): Map<string, StaffedGroup> {
  const groups = new Map<string, StaffedGroup>();
  const cards = [...board.columns.flatMap((column) => column.cards), ...board.unplaced];
  for (const card of cards) {
    if (groups.has(card.group)) continue;
    groups.set(card.group, {
      group: card.group,
      courseCode: card.courseCode,
      courseName: card.courseName,
      category: card.category,
      blocks: card.blocks,
      teacher: card.teacher,
    });
  }
  return groups;
}

/** The combing chart's rows by staff code. */
export function teachersOnBoard(board: BoardScreenView): Map<string, CombingRowView> {
  return new Map(board.staffing.rows.map((row) => [row.code, row]));
}

/** Where a chip was dropped: a teacher's row, or the Unstaffed strip (no teacher). */
export interface StaffingTarget {
  teacher: string | null;
}

export const UNSTAFFED_TARGET_ID = 'unstaffed';

export function teacherTargetId(code: string): string {
  return `teacher:${code}`;
}

/** The target a droppable's data describes, or null for anything else. */
export function targetOf(data: unknown): StaffingTarget | null {
  if (typeof data !== 'object' || data === null || !('teacher' in data)) return null;
  const { teacher } = data as { teacher: unknown };
  return typeof teacher === 'string' || teacher === null ? { teacher } : null;
}

/** The group a draggable chip carries, or null. */
export function groupOf(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('group' in data)) return null;
  const { group } = data as { group: unknown };
  return typeof group === 'string' ? group : null;
}
