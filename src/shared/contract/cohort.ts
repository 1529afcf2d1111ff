import { z } from 'zod';
import { noPayload } from './core';

/** The cohort screen: pupils, their choices and reserves, inline edits; the status bar's figures. */

/** Longest form name or gender text a pupil's record may hold. */
export const PUPIL_TEXT_MAX_LENGTH = 20;
/** Most choices, and most reserves, one pupil may list. */
export const PUPIL_CHOICES_MAX = 12;

const upn = z.string().trim().min(1).max(40);
const courseCode = z.string().trim().max(40);

export const courseRef = z.object({ code: z.string(), name: z.string() });

/** A course (by code) the scenario could not give the pupil, and why, in words. */
export const unresolvedReason = z.object({ course: z.string(), reason: z.string() });

export const cohortPupil = z.object({
  upn: z.string(),
  surname: z.string(),
  forename: z.string(),
  form: z.string().nullable(),
  gender: z.string().nullable(),
  disadvantaged: z.boolean(),
  send: z.enum(['N', 'K', 'E']),
  eal: z.boolean(),
  priorAttainment: z.object({
    score: z.number().nullable(),
    band: z.enum(['L', 'M', 'H']).nullable(),
  }),
  pathway: z.string().nullable(),
  /** Course codes, most wanted first; the names are in the cohort's course list. */
  choices: z.array(z.string()),
  reserves: z.array(z.string()),
  /** Empty when the scenario gave every choice (or there is no scenario). */
  unresolved: z.array(unresolvedReason),
});

/** The scenario whose results the cohort and status bar show: the agreed one, else the latest. */
export const shownScenario = z.object({ name: z.string(), isAgreed: z.boolean() });

export const cohortView = z.object({
  pupils: z.array(cohortPupil),
  courses: z.array(courseRef),
  forms: z.array(z.string()),
  pathways: z.array(z.string()),
  scenario: shownScenario.nullable(),
});

export const pupilRecordEdit = z.strictObject({
  upn,
  form: z.string().trim().max(PUPIL_TEXT_MAX_LENGTH).nullable(),
  gender: z.string().trim().max(PUPIL_TEXT_MAX_LENGTH).nullable(),
  disadvantaged: z.boolean(),
  send: z.enum(['N', 'K', 'E']),
  eal: z.boolean(),
  /** A KS2 scaled score; checked against the scale by the data layer. */
  priorAttainmentScore: z.number().nullable(),
  /** null: worked out from the score (or unknown when there is no score). */
  priorAttainmentBand: z.enum(['L', 'M', 'H']).nullable(),
});

export const pupilChoicesEdit = z.strictObject({
  upn,
  choices: z.array(courseCode).max(PUPIL_CHOICES_MAX),
  reserves: z.array(courseCode).max(PUPIL_CHOICES_MAX),
});

export const statusFigures = z.object({
  pupils: z.int(),
  /** null when no blocks have been built yet. */
  scenario: shownScenario
    .extend({
      fullySatisfied: z.int(),
      unresolved: z.int(),
      groups: z.int(),
    })
    .nullable(),
});

export const cohortContract = {
  /** Every pupil with their record, choices, reserves and what the shown scenario gave them. */
  getCohort: { input: noPayload, output: cohortView },
  /** Changes one pupil's record; refused with 'invalid-edit' naming the pupil and the field. */
  updatePupil: { input: pupilRecordEdit, output: cohortPupil },
  /** Replaces one pupil's choices and reserves; refused with 'invalid-edit' naming the course. */
  updatePupilChoices: { input: pupilChoicesEdit, output: cohortPupil },
  getStatusFigures: { input: noPayload, output: statusFigures },
} as const;

export type CourseRef = z.output<typeof courseRef>;
export type CohortPupilView = z.output<typeof cohortPupil>;
export type CohortView = z.output<typeof cohortView>;
export type PupilRecordEdit = z.output<typeof pupilRecordEdit>;
export type PupilChoicesEdit = z.output<typeof pupilChoicesEdit>;
export type StatusFiguresView = z.output<typeof statusFigures>;
