import { bandFromScore } from '../../core/attainment';
import {
  pupilDisplayName,
  type AttainmentBand,
  type ChoiceList,
  type Course,
  type Pupil,
  type SendStatus,
} from '../../core/model';
import {
  readChoices,
  readCourses,
  readPupils,
  replaceChoices,
  upsertPupils,
} from './cohort-repository';
import type { PlanDatabase } from './plan-file';

/**
 * Edits of one pupil from the cohort screen: their record, or their choices and reserves.
 * Everything is checked before anything is written, and each edit is one transaction, so a
 * refused edit leaves the plan exactly as it was.
 */

/** The part of an edit a refusal is about, so a form can show the message beside it. */
export type PupilEditField = 'pupil' | 'priorAttainment' | 'choices' | 'reserves';

export class PupilEditError extends Error {
  constructor(
    readonly field: PupilEditField,
    message: string,
  ) {
    super(message);
    this.name = 'PupilEditError';
  }
}

/** KS2 scaled scores run from 80 to 120. */
const KS2_SCALE = { lowest: 80, highest: 120 } as const;

export interface PupilRecordChanges {
  form: string | null;
  gender: string | null;
  disadvantaged: boolean;
  send: SendStatus;
  eal: boolean;
  priorAttainment: {
    score: number | null;
    /** null: worked out from the score, or unknown when there is no score either. */
    band: AttainmentBand | null;
  };
}

export interface ChoiceChanges {
  choices: readonly string[];
  reserves: readonly string[];
}

/** Saves one pupil's record (name and UPN stay as they are) and returns it as saved. */
export function editPupilRecord(db: PlanDatabase, upn: string, changes: PupilRecordChanges): Pupil {
  return db.transaction(() => {
    const pupil = requirePupil(db, upn);
    const edited: Pupil = {
      ...pupil,
      form: blankToNull(changes.form),
      gender: blankToNull(changes.gender),
      disadvantaged: changes.disadvantaged,
      send: changes.send,
      eal: changes.eal,
      priorAttainment: checkedPriorAttainment(pupil, changes.priorAttainment),
      // The agreed route changes only through a recorded decision (pathway-decision-repository).
      pathway: pupil.pathway,
    };
    upsertPupils(db, [edited]);
    return edited;
  })();
}

export interface EditedChoices {
  pupil: Pupil;
  /** As saved: the plan's spelling of each code. */
  list: ChoiceList;
}

/** Replaces one pupil's ranked choices and reserves and returns them as saved. */
export function editPupilChoices(
  db: PlanDatabase,
  upn: string,
  changes: ChoiceChanges,
): EditedChoices {
  return db.transaction(() => {
    const pupil = requirePupil(db, upn);
    const courses = coursesByCode(db);
    const choices = checkedCodes(pupil, changes.choices, 'choices', courses);
    const reserves = checkedCodes(pupil, changes.reserves, 'reserves', courses);
    const chosen = new Set(choices);
    const both = reserves.find((code) => chosen.has(code));
    if (both !== undefined) {
      throw new PupilEditError(
        'reserves',
        `${courseText(courses, both)} is one of ${pupilText(pupil)} choices, so it cannot also ` +
          'be a reserve. Remove it from the reserves or from the choices.',
      );
    }
    const list: ChoiceList = { upn: pupil.upn, choices, reserves };
    replaceChoices(db, [list]);
    return { pupil, list };
  })();
}

/** The pupil's choices and reserves as saved; empty lists when they have none. */
export function readPupilChoices(db: PlanDatabase, upn: string): ChoiceList {
  const key = upn.toUpperCase();
  return (
    readChoices(db).find((list) => list.upn.toUpperCase() === key) ?? {
      upn,
      choices: [],
      reserves: [],
    }
  );
}

/** The pupil with this UPN (any case), or undefined when the plan has none. */
export function findPupil(db: PlanDatabase, upn: string): Pupil | undefined {
  const key = upn.trim().toUpperCase();
  return readPupils(db).find((candidate) => candidate.upn.toUpperCase() === key);
}

function requirePupil(db: PlanDatabase, upn: string): Pupil {
  const pupil = findPupil(db, upn);
  if (!pupil) {
    throw new PupilEditError(
      'pupil',
      `There is no pupil with UPN ${upn} in this plan; they may have been removed by an import.`,
    );
  }
  return pupil;
}

function checkedPriorAttainment(
  pupil: Pupil,
  wanted: PupilRecordChanges['priorAttainment'],
): Pupil['priorAttainment'] {
  const { score } = wanted;
  // A score imported from outside the scale may stay; a new one must be a KS2 scaled score.
  if (
    score !== null &&
    score !== pupil.priorAttainment.score &&
    (!Number.isFinite(score) || score < KS2_SCALE.lowest || score > KS2_SCALE.highest)
  ) {
    throw new PupilEditError(
      'priorAttainment',
      `${score} is not a KS2 scaled score for ${pupilDisplayName(pupil)}: give a score from ` +
        `${KS2_SCALE.lowest} to ${KS2_SCALE.highest}, or leave it blank and choose a band.`,
    );
  }
  return { score, band: wanted.band ?? (score === null ? null : bandFromScore(score)) };
}

const LIST_WORDS: Record<'choices' | 'reserves', { one: string; all: string }> = {
  choices: { one: 'choice', all: 'choices' },
  reserves: { one: 'reserve', all: 'reserves' },
};

/** The codes as the plan spells them, after checking each is a course and none repeats. */
function checkedCodes(
  pupil: Pupil,
  codes: readonly string[],
  field: 'choices' | 'reserves',
  courses: ReadonlyMap<string, Course>,
): string[] {
  const words = LIST_WORDS[field];
  const seen = new Set<string>();
  return codes.map((raw, index) => {
    const code = raw.trim();
    const rank = index + 1;
    if (code === '') {
      throw new PupilEditError(
        field,
        `${pupilText(pupil)} ${words.one} ${rank} has no course: choose one or remove the line.`,
      );
    }
    const course = courses.get(code.toUpperCase());
    if (!course) {
      throw new PupilEditError(
        field,
        `${pupilText(pupil)} ${words.one} ${rank} is "${code}", which is not a course in this ` +
          'plan. Choose one of the plan’s courses.',
      );
    }
    if (seen.has(course.code)) {
      throw new PupilEditError(
        field,
        `${courseText(courses, course.code)} is listed twice in ${pupilText(pupil)} ` +
          `${words.all}. Each course can appear only once.`,
      );
    }
    seen.add(course.code);
    return course.code;
  });
}

function coursesByCode(db: PlanDatabase): Map<string, Course> {
  return new Map(readCourses(db).map((course) => [course.code.toUpperCase(), course]));
}

function courseText(courses: ReadonlyMap<string, Course>, code: string): string {
  const course = courses.get(code.toUpperCase());
  return course ? `${course.name} (${course.code})` : code;
}

/** "Ann Smith’s", for messages that name the pupil. */
function pupilText(pupil: Pupil): string {
  return `${pupilDisplayName(pupil)}’s`;
}

function blankToNull(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
