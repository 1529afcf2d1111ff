import type { Period } from './frame';

export type TimetableProblemKind =
  /** Two or more blocks placed in the same period. */
  | 'period-clash'
  /** A period beyond the cycle's weeks, days or periods per day. */
  | 'outside-cycle'
  /** A course (or one of its groups) given fewer periods than it needs per cycle. */
  | 'not-enough-time'
  /** A part-time teacher's group meets while they are away. */
  | 'teacher-away'
  /** A partner or college course's block meets on a day the partner does not teach it. */
  | 'partner-day'
  /** A block with no period in the cycle. */
  | 'block-unplaced'
  /** The frame names a block, course or teacher the plan does not have. */
  | 'unknown-code';

export interface TimetableProblem {
  kind: TimetableProblemKind;
  /** What is wrong, naming the block, course, teacher and periods. */
  message: string;
  /** What to do about it. */
  action: string;
  blocks: string[];
  courses: string[];
  staff: string[];
  /** The periods concerned, to highlight on the grid. */
  periods: Period[];
}

export interface BlockTime {
  block: string;
  /** Distinct periods per cycle that lie inside the cycle. */
  periods: number;
}

export interface CourseTime {
  code: string;
  name: string;
  blocksSpanned: 1 | 2;
  /** Periods per cycle the course needs; null when none has been set. */
  needed: number | null;
  /**
   * Periods per cycle the course gets: with groups placed, the least any of its groups gets;
   * without, the least its blocks could give. null when that is not known yet.
   */
  given: number | null;
  /** Where `given` comes from, in words ("group Fr2 in block C"). */
  givenBy: string | null;
}

export interface TimetableCheck {
  problems: TimetableProblem[];
  blocks: BlockTime[];
  courses: CourseTime[];
}

export function problem(
  kind: TimetableProblemKind,
  message: string,
  action: string,
  about: Partial<Pick<TimetableProblem, 'blocks' | 'courses' | 'staff' | 'periods'>> = {},
): TimetableProblem {
  return {
    kind,
    message,
    action,
    blocks: about.blocks ?? [],
    courses: about.courses ?? [],
    staff: about.staff ?? [],
    periods: about.periods ?? [],
  };
}
