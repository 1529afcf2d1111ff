/** The shapes the blocks board is drawn from, and what it learns about a drop before it happens. */
import type { GroupRule, LockedPlacement, SolverMetrics } from '../solver';

/** The scenario's own rules, which a drop must respect as the solver did. */
export interface BoardConstraints {
  /** Group label to the blocks it is pinned to; a pinned group does not move. */
  pins?: Record<string, string[]>;
  rules?: GroupRule[];
  lockedPlacements?: LockedPlacement[];
}

export interface BoardTeacher {
  code: string;
  name: string;
}

/** One teaching group as a card; a double group has a card in each of its two blocks. */
export interface BoardCard {
  group: string;
  courseCode: string;
  courseName: string;
  category: string | null;
  teacher: BoardTeacher | null;
  size: number;
  maxGroupSize: number;
  /** Every block the group sits in, so the two cards of a double group can be drawn as one. */
  blocks: string[];
  spansTwoBlocks: boolean;
  overLimit: boolean;
}

export interface BoardColumn {
  block: string;
  /** Distinct pupils taught in this block. */
  pupils: number;
  groups: number;
  cards: BoardCard[];
}

export interface BoardView {
  columns: BoardColumn[];
  /** Groups that sit in no block of the plan (for example after a block was renamed). */
  unplaced: BoardCard[];
  metrics: SolverMetrics;
}

/** Whether a drop may happen; when it may not, every reason in words. */
export interface DropCheck {
  allowed: boolean;
  reasons: string[];
}

export interface PupilRef {
  upn: string;
  name: string;
}

export type DropPreview =
  | { allowed: false; reasons: string[] }
  | {
      allowed: true;
      before: SolverMetrics;
      after: SolverMetrics;
      /** Pupils who have all their choices after the drop but not before. */
      gains: PupilRef[];
      /** Pupils who have all their choices before the drop but not after. */
      losses: PupilRef[];
    };
