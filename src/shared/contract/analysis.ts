import { z } from 'zod';
import { noPayload } from './core';

/** The choices analysis: demand, groups needed, the clash matrix and the pupils behind a cell. */

const courseCode = z.string().trim().min(1).max(40);

export const analysedCourse = z.object({
  code: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  /** Pupils who put the course first. */
  firstChoice: z.int(),
  /** Pupils who chose it at any rank (reserves excluded). */
  total: z.int(),
  /** Pupils who named it as a reserve. */
  reserve: z.int(),
  maxGroupSize: z.int(),
  /** Groups to seat everyone who chose it at the maximum size. */
  groupsNeeded: z.int(),
  /** The number of groups the school fixed, or null when the demand decides. */
  fixedGroups: z.int().nullable(),
});

export const choicesAnalysis = z.object({
  pupilsWithChoices: z.int(),
  courses: z.array(analysedCourse),
  /** Rows and columns follow `courses`; cell (i, j): pupils who chose both; (i, i): the course. */
  coincidence: z.array(z.array(z.int())),
});

export const coursePairInput = z.strictObject({ first: courseCode, second: courseCode });

export const pupilWithChoices = z.object({
  upn: z.string(),
  name: z.string(),
  form: z.string().nullable(),
  choices: z.array(z.string()),
  reserves: z.array(z.string()),
});

export const pupilsChoosingPair = z.object({
  first: z.string(),
  second: z.string(),
  pupils: z.array(pupilWithChoices),
});

export const analysisContract = {
  getChoicesAnalysis: { input: noPayload, output: choicesAnalysis },
  /** Pupils who chose both courses (the same code twice: who chose that course). */
  listPupilsChoosingBoth: { input: coursePairInput, output: pupilsChoosingPair },
} as const;

export type ChoicesAnalysisView = z.output<typeof choicesAnalysis>;
export type AnalysedCourseView = z.output<typeof analysedCourse>;
export type PupilsChoosingPairView = z.output<typeof pupilsChoosingPair>;
export type PupilWithChoicesView = z.output<typeof pupilWithChoices>;
