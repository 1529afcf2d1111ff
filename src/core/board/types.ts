/** The shapes the blocks board is drawn from, and what it learns about a drop before it happens. */
import type {
  GroupRule,
  LockedPlacement,
  PupilPlacement,
  Solution,
  SolutionGroup,
  SolverMetrics,
} from '../solver';

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

/**
 * Everything a board action can change in a scenario: the layout, teachers and seats, the pins
 * and locks, and the choices of pupils whose choices a counselling fix changed.
 */
export interface BoardState {
  solution: Solution;
  /** Group label to the blocks it is pinned to. */
  pins: Record<string, string[]>;
  lockedPlacements: LockedPlacement[];
}

/** A pupil's own choice list as a counselling fix leaves it (ranked choices, then reserves). */
export interface PupilChoiceEdit {
  upn: string;
  choices: string[];
  reserves: string[];
}

/**
 * The part of a board state one action changed, enough to go either way: `before` puts the
 * state back, `after` does the action again. Keys absent from a side were untouched.
 */
export interface BoardStateSide {
  /** Group label to the group as it was (null: the group did not exist). */
  groups: Record<string, SolutionGroup | null>;
  /** `${upn}\u0000${course}` to the pupil's seat in that course (null: not taking it). */
  placements: Record<string, PupilPlacement | null>;
  /** Group label to its pinned blocks (null: not pinned). */
  pins: Record<string, string[] | null>;
  /** `${upn}\u0000${course}` to the lock (null: not locked). */
  locks: Record<string, LockedPlacement | null>;
  /** Pupils whose choices the action changed, as they were (or became). */
  choices: Record<string, PupilChoiceEdit>;
}

export interface BoardDelta {
  before: BoardStateSide;
  after: BoardStateSide;
}

/** What a re-solve (or any larger action) moved, in the words a deputy head reads. */
export interface BoardChangeSummary {
  groupsMoved: { group: string; courseName: string; from: string[]; to: string[] }[];
  teachersChanged: { group: string; courseName: string; from: string | null; to: string | null }[];
  /** Pupils who changed group in a course they take both before and after. */
  pupilsMoved: { upn: string; name: string; course: string; from: string; to: string }[];
  /** Pupils who gained or lost a full timetable. */
  gains: PupilRef[];
  losses: PupilRef[];
}

/** One teacher's row of the combing chart. */
export interface CombingRow {
  code: string;
  name: string;
  /** Groups taught; a double group counts once. */
  load: number;
  /** null: no maximum beyond one group per block. */
  maxGroups: number | null;
  overLoad: boolean;
  /** Per block, in the plan's block order. */
  cells: CombingCell[];
  /** Courses the teacher can teach. */
  courses: string[];
}

export interface CombingCell {
  block: string;
  /** Groups the teacher has in this block; two or more is a clash. */
  groups: { group: string; courseCode: string; courseName: string; category: string | null }[];
  unavailable: boolean;
  clash: boolean;
  /** True when the teacher is available here and teaches nothing. */
  free: boolean;
}

export interface CombingChart {
  blocks: string[];
  rows: CombingRow[];
  /** Groups without a teacher, in block order. */
  unstaffed: { group: string; courseCode: string; courseName: string; blocks: string[] }[];
  clashes: number;
}

/** Whether a teacher may take a group: hard refusals, and soft warnings (e.g. over their load). */
export interface TeacherCheck {
  allowed: boolean;
  reasons: string[];
  warnings: string[];
}

export interface GroupMember {
  upn: string;
  name: string;
  form: string | null;
  gender: string | null;
  priorAttainment: string | null;
  disadvantaged: boolean;
  send: boolean;
  eal: boolean;
  /** The pupil is held in this group by a lock. */
  locked: boolean;
  /** The course is one of the pupil's reserves. */
  reserve: boolean;
}

/** A group's make-up: counts by gender and by prior-attainment band, and flagged pupils. */
export interface GroupMakeUp {
  group: string;
  blocks: string[];
  teacher: BoardTeacher | null;
  size: number;
  maxGroupSize: number;
  byGender: Record<string, number>;
  byPriorAttainment: Record<string, number>;
  disadvantaged: number;
  send: number;
  eal: number;
}

export interface GroupDetail extends GroupMakeUp {
  courseCode: string;
  courseName: string;
  pinned: boolean;
  members: GroupMember[];
  /** The course's other groups (this one included), for comparing and balancing. */
  parallel: GroupMakeUp[];
}

/** The pupils a balance moved between parallel groups, and the make-up before and after. */
export interface BalanceResult {
  solution: Solution;
  moved: { upn: string; name: string; from: string; to: string }[];
  before: GroupMakeUp[];
  after: GroupMakeUp[];
}
