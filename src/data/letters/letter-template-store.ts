import { DEFAULT_LETTER_TEMPLATE, templateProblems, type LetterTemplate } from '../../core/letters';
import type { PlanDatabase } from '../plan/plan-file';
import { readSetting, writeSetting } from '../plan/settings-repository';
import { LettersError } from './letters-error';
import { readLogo } from './logo';

/**
 * The letter template lives in the plan's settings, one key per field under "letters.", so a
 * plan copied to another laptop prints the same letters. The logo is stored as base64.
 */
const KEYS = {
  schoolName: 'letters.schoolName',
  logo: 'letters.logo',
  signatoryName: 'letters.signatoryName',
  signatoryRole: 'letters.signatoryRole',
  intro: 'letters.intro',
  howToChange: 'letters.howToChange',
  replyBy: 'letters.replyBy',
} as const satisfies Record<keyof LetterTemplate, `letters.${string}`>;

/** The plan's own school name, set on import or by the demo. */
const PLAN_SCHOOL_NAME_KEY = 'school_name';

/** The plan's template, with the defaults for anything not set. */
export function readLetterTemplate(db: PlanDatabase): LetterTemplate {
  const text = (key: string, fallback: string) => readSetting(db, key) ?? fallback;
  const logo = readSetting(db, KEYS.logo);
  const replyBy = readSetting(db, KEYS.replyBy);
  return {
    schoolName: text(KEYS.schoolName, readSetting(db, PLAN_SCHOOL_NAME_KEY) ?? ''),
    logo: logo ? readLogo(Buffer.from(logo, 'base64'), 'The logo saved in the plan') : null,
    signatoryName: text(KEYS.signatoryName, DEFAULT_LETTER_TEMPLATE.signatoryName),
    signatoryRole: text(KEYS.signatoryRole, DEFAULT_LETTER_TEMPLATE.signatoryRole),
    intro: text(KEYS.intro, DEFAULT_LETTER_TEMPLATE.intro),
    howToChange: text(KEYS.howToChange, DEFAULT_LETTER_TEMPLATE.howToChange),
    replyBy: replyBy === null || replyBy === '' ? DEFAULT_LETTER_TEMPLATE.replyBy : replyBy,
  };
}

/**
 * Saves changes to the template after checking the whole result: an unknown placeholder, an
 * over-long paragraph or a bad date refuses the lot, and the saved template is left as it was.
 */
export function saveLetterTemplate(
  db: PlanDatabase,
  changes: Partial<LetterTemplate>,
): LetterTemplate {
  return db.transaction(() => {
    const next: LetterTemplate = { ...readLetterTemplate(db), ...changes };
    const problems = templateProblems(next);
    if (problems.length > 0) {
      throw new LettersError(
        'invalid-template',
        ['The letter template was not changed:', ...problems.map((p) => `  ${p}`)].join('\n'),
      );
    }
    if (changes.logo) readLogo(changes.logo.bytes, 'The logo');
    for (const key of Object.keys(changes) as (keyof LetterTemplate)[]) {
      writeSetting(db, KEYS[key], storedValue(next, key));
    }
    return next;
  })();
}

function storedValue(template: LetterTemplate, key: keyof LetterTemplate): string {
  if (key === 'logo') {
    return template.logo ? Buffer.from(template.logo.bytes).toString('base64') : '';
  }
  return template[key] ?? '';
}
