import type {
  LetterTemplateView,
  TemplateChanges,
  TemplateField,
  TemplateProblemView,
} from '../../../shared/contract/exports';

/** The template's text as the form edits it: an empty reply-by date means the default. */
export type TemplateDraft = Record<TemplateField, string>;

export function draftOf(template: LetterTemplateView): TemplateDraft {
  return {
    schoolName: template.schoolName,
    signatoryName: template.signatoryName,
    signatoryRole: template.signatoryRole,
    intro: template.intro,
    howToChange: template.howToChange,
    replyBy: template.replyBy ?? '',
  };
}

export function changesOf(draft: TemplateDraft): TemplateChanges {
  return { ...draft, replyBy: draft.replyBy === '' ? null : draft.replyBy };
}

/** Problems grouped by field; `general` holds those about the template as a whole. */
export interface ProblemsByField {
  byField: Partial<Record<TemplateField, string[]>>;
  general: string[];
}

export function groupProblems(problems: readonly TemplateProblemView[]): ProblemsByField {
  const grouped: ProblemsByField = { byField: {}, general: [] };
  for (const problem of problems) {
    if (problem.field === null) grouped.general.push(problem.message);
    else
      grouped.byField[problem.field] = [...(grouped.byField[problem.field] ?? []), problem.message];
  }
  return grouped;
}
