import { DEFAULT_LETTER_TEMPLATE, templateProblems, type LetterTemplate } from '../core/letters';
import {
  TEMPLATE_FIELDS,
  type LetterTemplateView,
  type TemplateChanges,
  type TemplateProblemView,
} from '../shared/contract/exports';

/** The template for the page: everything but the logo's bytes. */
export function letterTemplateView(template: LetterTemplate): LetterTemplateView {
  return {
    schoolName: template.schoolName,
    signatoryName: template.signatoryName,
    signatoryRole: template.signatoryRole,
    intro: template.intro,
    howToChange: template.howToChange,
    replyBy: template.replyBy,
    logo: template.logo
      ? {
          format: template.logo.format,
          kilobytes: Math.max(1, Math.round(template.logo.bytes.length / 1024)),
        }
      : null,
  };
}

/** The changes as the template stores them: an empty reply-by date means the default. */
export function templateFromChanges(changes: TemplateChanges): Partial<LetterTemplate> {
  const { replyBy, ...text } = changes;
  if (replyBy === undefined) return text;
  return { ...text, replyBy: replyBy === null || replyBy.trim() === '' ? null : replyBy.trim() };
}

/** A template every check passes, so one field at a time can be checked against it. */
const VALID_BASE: LetterTemplate = { ...DEFAULT_LETTER_TEMPLATE, schoolName: 'School' };

/**
 * Every problem with the template, each put against the field it is about: a field is checked
 * on its own inside a template that passes, and a problem found that way (and in the whole
 * template) is that field's. What is left concerns the template as a whole.
 */
export function templateProblemsByField(template: LetterTemplate): TemplateProblemView[] {
  const whole = templateProblems(template);
  const placed = new Set<string>();
  const problems: TemplateProblemView[] = [];
  for (const field of TEMPLATE_FIELDS) {
    const alone = templateProblems({ ...VALID_BASE, [field]: template[field] });
    for (const message of alone) {
      if (whole.includes(message) && !placed.has(message)) {
        placed.add(message);
        problems.push({ field, message });
      }
    }
  }
  for (const message of whole) {
    if (!placed.has(message)) problems.push({ field: null, message });
  }
  return problems;
}
