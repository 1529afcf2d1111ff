import type { Cohort } from '../model';
import type { Pathway } from '../pathways/types';
import type { Solution, UnresolvedChoice } from '../solver/types';
import type { LetterTemplate } from './template';

export interface ComposeLettersInput {
  cohort: Cohort;
  /** The scenario's groups (with blocks and teachers) and pupils' places. */
  solution: Solution;
  /** The solver's reasons for choices it could not meet, quoted to say why a pupil waits. */
  unresolved?: readonly UnresolvedChoice[];
  pathways: readonly Pathway[];
  template: LetterTemplate;
  /** The date printed on the letters, YYYY-MM-DD. */
  letterDate: string;
  /**
   * Also write to pupils whose options are not settled: their letter says so and lists only
   * what is settled. Off unless asked for, so that no family is sent an offer still in doubt.
   */
  includeUnresolved?: boolean;
}

/** One course on a letter: where it sits in the timetable and which choice it meets. */
export interface LetterCourse {
  code: string;
  name: string;
  group: string;
  /** Block names, in timetable order. */
  blocks: string[];
  /** "Option block A" or "Option blocks A and B (a double course)". */
  when: string;
  /** "your 1st choice", "your reserve, in place of Geography", "part of your pathway". */
  meets: string;
  /** The teacher's name when the scenario has one. */
  teacher: string | null;
}

export interface LetterPathway {
  name: string;
  /** One sentence a parent can read. */
  description: string;
}

export interface ReplySlip {
  pupilName: string;
  upn: string;
  form: string | null;
  /** "Please return this slip to … by …". */
  returnBy: string;
  tickBoxes: [string, string];
  /** Asks what a family would like to discuss, above a line to write on. */
  commentPrompt: string;
  signatureLines: string[];
}

export interface PupilLetter {
  upn: string;
  forename: string;
  surname: string;
  pupilName: string;
  form: string | null;
  schoolName: string;
  /** e.g. "Tuesday 24 November 2026". */
  date: string;
  /** 'offer': every choice is settled; 'pending': still being discussed (asked for explicitly). */
  status: 'offer' | 'pending';
  title: string;
  greeting: string;
  intro: string;
  /** For a pending letter: that the options are still being discussed; null for an offer. */
  pendingNotice: string | null;
  /** null when no pathway is agreed yet (only on a pending letter). */
  pathway: LetterPathway | null;
  courses: LetterCourse[];
  /** What an option block is, in plain words. */
  blockExplanation: string;
  howToChange: string;
  signOff: { name: string; role: string };
  replySlip: ReplySlip;
}

/** A pupil not written to, with every reason in words. */
export interface WithheldPupil {
  upn: string;
  name: string;
  reasons: string[];
}

export interface ComposedLetters {
  letters: PupilLetter[];
  withheld: WithheldPupil[];
}
