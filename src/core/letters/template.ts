/**
 * The school's letter template: the wording around each pupil's offer. Text fields may use
 * placeholders such as {pupilForename}; any placeholder the letters do not know is refused, so a
 * typing slip never reaches a parent as "{pupilFirstName}".
 */

export type LogoFormat = 'png' | 'jpeg';

export interface LetterLogo {
  format: LogoFormat;
  bytes: Uint8Array;
}

export interface LetterTemplate {
  schoolName: string;
  /** Printed top right of every letter; null for none. */
  logo: LetterLogo | null;
  signatoryName: string;
  signatoryRole: string;
  /** The opening paragraph. */
  intro: string;
  /** What a family should do to ask for a change. */
  howToChange: string;
  /** ISO date (YYYY-MM-DD) the reply slip is due; null means two weeks after the letter. */
  replyBy: string | null;
}

/** The text fields a school writes, with the words used for them in messages. */
export const TEMPLATE_TEXT_FIELDS = {
  schoolName: 'school name',
  signatoryName: "signatory's name",
  signatoryRole: "signatory's role",
  intro: 'opening paragraph',
  howToChange: '"how to change" paragraph',
} as const;

export type TemplateTextField = keyof typeof TEMPLATE_TEXT_FIELDS;

/** Longest text per field, so that every letter still fits on one A4 page. */
export const TEMPLATE_TEXT_LIMITS: Record<TemplateTextField, number> = {
  schoolName: 80,
  signatoryName: 80,
  signatoryRole: 80,
  intro: 700,
  howToChange: 600,
};

export const LETTER_PLACEHOLDERS = [
  'schoolName',
  'pupilForename',
  'pupilSurname',
  'pupilName',
  'letterDate',
  'replyBy',
  'signatoryName',
  'signatoryRole',
] as const;

export type LetterPlaceholder = (typeof LETTER_PLACEHOLDERS)[number];

export type PlaceholderValues = Record<LetterPlaceholder, string>;

export const DEFAULT_LETTER_TEMPLATE: LetterTemplate = {
  schoolName: '',
  logo: null,
  signatoryName: '',
  signatoryRole: 'Deputy Headteacher',
  intro:
    'Thank you for helping {pupilForename} choose their options for Years 10 and 11. ' +
    'We have now planned the timetable around the choices of the whole year group. ' +
    'This letter sets out the courses we can offer {pupilForename} and the pathway agreed with ' +
    'them.',
  howToChange:
    'If you are happy with these courses, please tick "I accept" on the slip below. If you ' +
    'would like to talk about them or ask for a change, tick "I would like to discuss" and we ' +
    'will contact you. Please return the slip to {schoolName} by {replyBy}. A change depends on ' +
    'space in each group and on the timetable, so we cannot promise every request.',
  replyBy: null,
};

/** A template that cannot be used; every problem is listed in words a school can act on. */
export class LetterTemplateError extends Error {
  constructor(readonly problems: string[]) {
    super(['The letter template cannot be used:', ...problems.map((p) => `  ${p}`)].join('\n'));
    this.name = 'LetterTemplateError';
  }
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
const KNOWN = new Set<string>(LETTER_PLACEHOLDERS);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function placeholderList(): string {
  return LETTER_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');
}

/** True when the text is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every problem with a template, or an empty list when it can be used. */
export function templateProblems(template: LetterTemplate): string[] {
  const problems: string[] = [];
  for (const [field, words] of Object.entries(TEMPLATE_TEXT_FIELDS) as [
    TemplateTextField,
    string,
  ][]) {
    const text = template[field];
    const limit = TEMPLATE_TEXT_LIMITS[field];
    if (text.length > limit) {
      problems.push(
        `The ${words} is ${text.length} characters long; at most ${limit} fit on the page.`,
      );
    }
    const unknown = [...text.matchAll(PLACEHOLDER)]
      .map((match) => match[1] ?? '')
      .filter((name) => !KNOWN.has(name));
    for (const name of new Set(unknown)) {
      problems.push(
        `The ${words} uses {${name}}, which the letters do not know. ` +
          `Placeholders you can use: ${placeholderList()}.`,
      );
    }
  }
  if (template.schoolName.trim() === '') {
    problems.push("The school's name is missing: every letter needs it.");
  }
  if (template.signatoryRole.trim() === '' && template.signatoryName.trim() === '') {
    problems.push('The letters need the name or the role of the person who signs them.');
  }
  if (template.replyBy !== null && !isIsoDate(template.replyBy)) {
    problems.push(
      `The reply-by date "${template.replyBy}" is not a date: write it as YYYY-MM-DD, ` +
        'e.g. 2027-03-05.',
    );
  }
  return problems;
}

/** Refuses a template with any problem, naming every one. */
export function checkLetterTemplate(template: LetterTemplate): void {
  const problems = templateProblems(template);
  if (problems.length > 0) throw new LetterTemplateError(problems);
}

/** The text with each placeholder replaced; the template must have been checked first. */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    KNOWN.has(name) ? values[name as LetterPlaceholder] : whole,
  );
}
