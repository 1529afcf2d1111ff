import type { z } from 'zod';
import type { BoardCardView, groupDetail, pupilRef } from '../../../shared/contract/board';

export type PupilRefView = z.output<typeof pupilRef>;

/** What a dragged group card carries. */
export interface CardDragData {
  kind: 'group';
  card: BoardCardView;
  /** The column the card was picked up from (a double group has a card in two). */
  from: string;
}

/** What a block column carries as a drop target. */
export interface ColumnDropData {
  kind: 'block';
  block: string;
}

export type GroupMemberView = z.output<typeof groupDetail>['members'][number];

/** What a dragged pupil carries. */
export interface PupilDragData {
  kind: 'pupil';
  member: GroupMemberView;
}

/** What a parallel group carries as a drop target for pupils. */
export interface ParallelDropData {
  kind: 'parallel';
  group: string;
}

export function isPupilDrag(data: unknown): data is PupilDragData {
  return typeof data === 'object' && data !== null && (data as PupilDragData).kind === 'pupil';
}

export function parallelGroupOf(data: unknown): string | null {
  return typeof data === 'object' && data !== null && (data as ParallelDropData).kind === 'parallel'
    ? (data as ParallelDropData).group
    : null;
}
