import { z } from 'zod';
import { SCENARIO_NAME_MAX_LENGTH } from '../limits';
import { noPayload } from './core';

/** Letters and exports: the offer letter template and every file a scenario is written as. */

export const EXPORT_KINDS = [
  'letters-batch',
  'letters-per-pupil',
  'mis-csv',
  'groups-csv',
  'allocations-csv',
  'unresolved-csv',
  'booklet-csv',
  'booklet-pdf',
  'staffing-csv',
  'governors-pdf',
] as const;

export type ExportKind = (typeof EXPORT_KINDS)[number];

export const TEMPLATE_FIELDS = [
  'schoolName',
  'signatoryName',
  'signatoryRole',
  'intro',
  'howToChange',
  'replyBy',
] as const;

export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

const scenarioName = z.string().min(1).max(SCENARIO_NAME_MAX_LENGTH);

/** The saved template as the screen edits it; the logo's bytes stay on the Node side. */
export const letterTemplateView = z.object({
  schoolName: z.string(),
  signatoryName: z.string(),
  signatoryRole: z.string(),
  intro: z.string(),
  howToChange: z.string(),
  /** YYYY-MM-DD; null: two weeks after the letter's date. */
  replyBy: z.string().nullable(),
  logo: z.object({ format: z.enum(['png', 'jpeg']), kilobytes: z.number() }).nullable(),
});

/** A problem with one field of the template, in words that name the field. */
export const templateProblem = z.object({
  /** null: a problem of the template as a whole. */
  field: z.enum(TEMPLATE_FIELDS).nullable(),
  message: z.string(),
});

const withheldPupil = z.object({ upn: z.string(), name: z.string(), reasons: z.array(z.string()) });

export const exportsView = z.object({
  /** Newest first; the agreed one is marked. */
  scenarios: z.array(z.object({ name: z.string(), isAgreed: z.boolean(), createdAt: z.string() })),
  /** The scenario shown: the one asked for, else the agreed one, else the newest; null: none. */
  scenario: z.string().nullable(),
  template: letterTemplateView,
  /** Why the saved template cannot print letters yet (e.g. no school name). */
  templateProblems: z.array(templateProblem),
  /** The placeholders the paragraphs may use, e.g. "{pupilForename}". */
  placeholders: z.array(z.string()),
  /** Longest text per field, so a letter fits its page. */
  limits: z.record(z.string(), z.int()),
  /** Who would get a letter from the scenario shown; null when the plan has no scenario. */
  letters: z.object({ ready: z.int(), withheld: z.array(withheldPupil) }).nullable(),
});

const templateChanges = z
  .strictObject({
    // Lengths are checked by the services against the page limits, naming the field.
    schoolName: z.string().max(5000),
    signatoryName: z.string().max(5000),
    signatoryRole: z.string().max(5000),
    intro: z.string().max(5000),
    howToChange: z.string().max(5000),
    replyBy: z.string().max(40).nullable(),
  })
  .partial();

export const exportResult = z.object({
  kind: z.enum(EXPORT_KINDS),
  scenario: z.string(),
  /** The file written, or the folder the per-pupil letters went into: a name, never a path. */
  target: z.string(),
  /** Names of the files written, never their full paths. */
  files: z.array(z.string()),
  /** Letters written (letters only). */
  letters: z.int().optional(),
  /** Letters saying the pupil's options are still being discussed (letters only). */
  pending: z.int().optional(),
  /** Pupils not written to, with the reasons (letters only). */
  withheld: z.array(withheldPupil).optional(),
});

export const exportsContract = {
  /** The scenario to show; absent or null: the agreed one, else the newest. */
  getExports: {
    input: z.strictObject({ scenario: scenarioName.nullable().optional() }),
    output: exportsView,
  },
  /**
   * Saves the fields given after checking the whole template; when any field has a problem
   * nothing is saved and `problems` names each field.
   */
  saveLetterTemplate: {
    input: templateChanges,
    output: z.object({
      saved: z.boolean(),
      problems: z.array(templateProblem),
      template: letterTemplateView,
    }),
  },
  /** Asks for a PNG or JPEG and saves it as the logo; null when the user cancelled. */
  chooseLetterLogo: { input: noPayload, output: letterTemplateView.nullable() },
  removeLetterLogo: { input: noPayload, output: letterTemplateView },
  /**
   * Asks where to write, then writes. Letters go only to pupils whose options are settled
   * unless `includeUnresolved` is sent. null: the user cancelled the dialog.
   */
  exportFiles: {
    input: z.strictObject({
      scenario: scenarioName,
      kind: z.enum(EXPORT_KINDS),
      includeUnresolved: z.boolean().optional(),
    }),
    output: exportResult.nullable(),
  },
} as const;

export type ExportsView = z.output<typeof exportsView>;
export type LetterTemplateView = z.output<typeof letterTemplateView>;
export type TemplateProblemView = z.output<typeof templateProblem>;
export type TemplateChanges = z.output<typeof templateChanges>;
export type ExportResultView = z.output<typeof exportResult>;
export type WithheldPupilView = z.output<typeof withheldPupil>;
