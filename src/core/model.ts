/**
 * The planner's domain model, independent of how it is stored or shown.
 * Courses, blocks and staff are referred to by their codes/names, which are the
 * identifiers a school recognises and which survive export and re-import.
 */

/** SEND status as recorded in English schools: none, SEN support, or an EHC plan. */
export type SendStatus = 'N' | 'K' | 'E';

/** Prior-attainment band: low, middle or high. */
export type AttainmentBand = 'L' | 'M' | 'H';

export interface PriorAttainment {
  /** e.g. KS2 average scaled score; null when not known. */
  score: number | null;
  /** Given directly or derived from the score; null when neither is known. */
  band: AttainmentBand | null;
}

export interface Pupil {
  upn: string;
  surname: string;
  forename: string;
  form: string | null;
  gender: string | null;
  disadvantaged: boolean;
  send: SendStatus;
  eal: boolean;
  priorAttainment: PriorAttainment;
  /** Code of a pathway already agreed for this pupil. */
  pathway: string | null;
}

export type BlocksSpanned = 1 | 2;

export interface Course {
  code: string;
  name: string;
  maxGroupSize: number;
  minGroupSize: number;
  /** Number of teaching groups to run; null lets the solver decide. */
  groups: number | null;
  blocksSpanned: BlocksSpanned;
  /** Block names the course may sit in; empty means any block. */
  allowedBlocks: string[];
  qualification: string | null;
  category: string | null;
}

export interface StaffMember {
  code: string;
  name: string;
  /** Codes of the courses this teacher can teach. */
  courses: string[];
  /** Most option groups this teacher can take; null means one per block. */
  maxGroups: number | null;
  unavailableBlocks: string[];
}

/** A pupil's ranked option choices (most wanted first) and ranked reserves. */
export interface ChoiceList {
  upn: string;
  choices: string[];
  reserves: string[];
}

/** Everything the planner knows about one cohort before any blocking is done. */
export interface Cohort {
  blocks: string[];
  courses: Course[];
  pupils: Pupil[];
  choices: ChoiceList[];
  staff: StaffMember[];
}

export function pupilDisplayName(pupil: Pick<Pupil, 'forename' | 'surname'>): string {
  return `${pupil.forename} ${pupil.surname}`;
}
