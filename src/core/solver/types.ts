/** The public shapes of the option-blocking engine: what it is given and what it returns. */

/** Two groups that must share their blocks, or must not share any block. */
export interface GroupRule {
  kind: 'apart' | 'together';
  groups: [string, string];
}

/** A pupil held in one group of a course, whatever the search would prefer. */
export interface LockedPlacement {
  upn: string;
  course: string;
  group: string;
}

export interface SolverProgress {
  iterations: number;
  elapsedMs: number;
  best: SolverMetrics;
}

export interface SolveOptions {
  /** Groups to run per course code, overriding the course's own count and the demand. */
  groupCounts?: Record<string, number>;
  /** Group label to block names; pinned groups never move. */
  pins?: Record<string, string[]>;
  rules?: GroupRule[];
  lockedPlacements?: LockedPlacement[];
  /**
   * A previous solution: the search starts from its layout, keeps its number of groups per
   * course (unless `groupCounts` says otherwise) and pays to move its groups.
   */
  startFrom?: Solution;
  /**
   * Cost of moving one group from its block in `startFrom`, in fully satisfied pupils.
   * The default (0.5) moves a group only when that gets at least one more pupil all choices.
   */
  movePenalty?: number;
  seed?: number | string;
  timeLimitMs?: number;
  /** Hard cap on search steps; the result for a seed is reproducible when this stops it. */
  maxIterations?: number;
  /** Stop after this many steps without a better layout. */
  stallIterations?: number;
  onProgress?: (progress: SolverProgress) => void;
  shouldStop?: () => boolean;
}

export interface SolutionGroup {
  label: string;
  course: string;
  blocks: string[];
  /** Staff code, or null when no qualified teacher is free in the group's blocks. */
  teacher: string | null;
}

export interface PupilPlacement {
  upn: string;
  course: string;
  group: string;
  /** True when the course is one of the pupil's reserves. */
  reserve: boolean;
}

export interface Solution {
  groups: SolutionGroup[];
  placements: PupilPlacement[];
}

export interface GroupSizeRange {
  min: number;
  max: number;
}

export interface SolverMetrics {
  pupils: number;
  fullySatisfied: number;
  choicesRequested: number;
  /** Original choices met plus reserves standing in for a choice that could not be met. */
  choicesMet: number;
  reservesUsed: number;
  /** Pupils who did not get all their original choices. */
  unresolved: number;
  groupsPerBlock: Record<string, number>;
  groupSizes: Record<string, GroupSizeRange>;
  teacherClashes: number;
  /** Groups without a qualified, free teacher; 0 when staffing is not planned. */
  unstaffedGroups: number;
  /** False when the cohort has no staff: groups are placed and seated, every teacher is null. */
  staffingPlanned: boolean;
}

export interface UnresolvedChoice {
  upn: string;
  course: string;
  reason: string;
}

/** Moving one group to other blocks, which gives a pupil all their choices. */
export interface GroupMoveFix {
  group: string;
  blocks: string[];
  /** Change in the number of pupils with all their choices (negative: others lose out). */
  fullySatisfiedChange: number;
}

export interface SolveStats {
  iterations: number;
  timeToBestMs: number;
  elapsedMs: number;
  /**
   * 'optimal': every pupil has every choice and sizes are as even as demand allows, or balance
   * stopped improving with every pupil satisfied.
   */
  stoppedBy: 'optimal' | 'iterations' | 'stall' | 'time' | 'cancelled';
}

export interface SolveResult {
  solution: Solution;
  metrics: SolverMetrics;
  unresolved: UnresolvedChoice[];
  stats: SolveStats;
}
