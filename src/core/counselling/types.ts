/** The public shapes of counselling: why a pupil misses a choice and what would fix it. */
import type { GroupRule, LockedPlacement } from '../solver';

/**
 * `reseat`: the pupil moves between groups that already run (nobody else moves);
 * `reserve`: a choice is replaced by one of the pupil's own reserves;
 * `swap`: a choice is replaced by a course the pupil did not name;
 * `move-group`: one group goes to other blocks and the pupils are re-seated around it;
 * `none`: no single step gives the pupil a full timetable.
 */
export type FixKind = 'reseat' | 'reserve' | 'swap' | 'move-group' | 'none';

/** One seat of the timetable a pupil would have after a fix. */
export interface Seat {
  course: string;
  group: string;
}

export interface FixBase {
  description: string;
  /**
   * What the fix costs, lowest first (see `costs.ts`): 0 reseat, 1–2 per reserve, 2–3 per swapped
   * course, 4 plus one per other pupil who loses a full timetable for a group move.
   */
  cost: number;
  /** Pupils who would get all their choices (as edited, for a reserve or swap) and do not now. */
  gains: string[];
  /** Pupils who have all their choices now and would not after the fix. */
  losses: string[];
}

/** A fix for one pupil alone: their choices change (or not, for a reseat), nobody else moves. */
export interface PupilFix extends FixBase {
  kind: 'reseat' | 'reserve' | 'swap';
  /** Choices the pupil gives up, and the courses taken instead (same order). */
  drop: string[];
  take: string[];
  /** The pupil's whole timetable after the fix: each group has a free seat or is theirs already. */
  timetable: Seat[];
}

export interface GroupMoveFix extends FixBase {
  kind: 'move-group';
  group: string;
  from: string[];
  to: string[];
  /** Change in the number of pupils with all their choices: gains minus losses. */
  net: number;
}

export interface NoFix extends FixBase {
  kind: 'none';
}

export type CounsellingFix = PupilFix | GroupMoveFix | NoFix;

export interface PupilCounsel {
  upn: string;
  name: string;
  /** Original choices the pupil does not have (or has only in a clash), as course codes. */
  unmet: string[];
  /** The same courses by name. */
  unmetNames: string[];
  /** Reserves the pupil sits in now, standing in for unmet choices. */
  reservesGiven: string[];
  reason: string;
  /** Cheapest first. */
  fixes: CounsellingFix[];
  /** Swaps that would also work but were left off the list (see `maxSwaps`). */
  swapsLeftOff: number;
}

/** A single group move, with everyone it helps and hurts, whichever pupil it was found for. */
export interface GroupMoveSummary {
  group: string;
  from: string[];
  to: string[];
  gains: string[];
  losses: string[];
  net: number;
}

export interface CounsellingTotals {
  pupils: number;
  fullySatisfied: number;
  unresolved: number;
  /** Unresolved pupils by the kind of their cheapest fix. */
  byBestFix: Record<FixKind, number>;
  /** Single-group moves measured, and those that could help but were left (`maxMovesMeasured`). */
  movesMeasured: number;
  movesNotMeasured: number;
}

export interface CounsellingReport {
  totals: CounsellingTotals;
  pupils: PupilCounsel[];
  /** Group moves that give more pupils all their choices than they cost, best first. */
  groupMoves: GroupMoveSummary[];
}

export interface CounselOptions {
  /** The scenario's pins, rules and locked pupils: pinned and tied groups are never moved. */
  pins?: Record<string, string[]>;
  rules?: GroupRule[];
  lockedPlacements?: LockedPlacement[];
  /** Most swaps listed per pupil (default 5); the count left off is reported. */
  maxSwaps?: number;
  /** Most group moves listed per pupil (default 3). */
  maxGroupMoves?: number;
  /**
   * Most single-group moves measured (default 100), the most promising first: those after which
   * most unresolved pupils could sit in free seats.
   */
  maxMovesMeasured?: number;
  /** False skips group moves, which are the only part that re-seats the cohort. */
  groupMoves?: boolean;
}
