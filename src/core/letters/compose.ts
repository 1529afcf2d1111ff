import { pupilDisplayName, type Pupil } from '../model';
import { codeKey } from '../pathways/course-lookup';
import type { Pathway } from '../pathways/types';
import type { SolutionGroup } from '../solver/types';
import { settlePupil, solverReasonKey, type MetWish, type SettleContext } from './settle';
import {
  checkLetterTemplate,
  fillPlaceholders,
  isIsoDate,
  LetterTemplateError,
  type LetterTemplate,
  type PlaceholderValues,
} from './template';
import type {
  ComposedLetters,
  ComposeLettersInput,
  LetterCourse,
  LetterPathway,
  PupilLetter,
  WithheldPupil,
} from './types';
import { addDays, firstSentence, listInWords, longDate, ordinal } from './words';

/** Days a family has to reply when the template sets no date. */
export const DEFAULT_REPLY_DAYS = 14;

/**
 * One letter per pupil whose options are settled, in name order. A pupil who is not fully
 * resolved (a choice with no place, no agreed pathway, or a clash) is withheld with the reasons,
 * unless `includeUnresolved` asks for a letter that says their options are still being discussed.
 */
export function composeLetters(input: ComposeLettersInput): ComposedLetters {
  checkLetterTemplate(input.template);
  if (!isIsoDate(input.letterDate)) {
    throw new LetterTemplateError([
      `The letter date "${input.letterDate}" is not a date: write it as YYYY-MM-DD.`,
    ]);
  }
  const { cohort, solution } = input;
  const context = settleContext(input);
  const staffNames = new Map(cohort.staff.map((member) => [member.code, member.name]));
  const choicesByUpn = new Map(cohort.choices.map((list) => [list.upn, list]));
  const placementsByUpn = new Map<string, typeof solution.placements>();
  for (const placement of solution.placements) {
    placementsByUpn.set(placement.upn, [...(placementsByUpn.get(placement.upn) ?? []), placement]);
  }
  const replyBy = input.template.replyBy ?? addDays(input.letterDate, DEFAULT_REPLY_DAYS);

  const letters: PupilLetter[] = [];
  const withheld: WithheldPupil[] = [];
  for (const pupil of [...cohort.pupils].sort(byName)) {
    const settlement = settlePupil(
      pupil,
      choicesByUpn.get(pupil.upn),
      placementsByUpn.get(pupil.upn) ?? [],
      context,
    );
    const resolved = settlement.reasons.length === 0;
    if (!resolved && !input.includeUnresolved) {
      withheld.push({ upn: pupil.upn, name: pupilDisplayName(pupil), reasons: settlement.reasons });
      continue;
    }
    const courses = settlement.settled.map((settled): LetterCourse => ({
      code: settled.course,
      name: context.courseName(settled.course),
      group: settled.group.label,
      blocks: settled.group.blocks,
      when: whenTaught(settled.group),
      meets: describeWish(settled.meets),
      teacher:
        settled.group.teacher === null ? null : (staffNames.get(settled.group.teacher) ?? null),
    }));
    letters.push(
      writeLetter({
        pupil,
        template: input.template,
        values: placeholderValues(pupil, input.template, input.letterDate, replyBy),
        pathway: settlement.route ? letterPathway(settlement.route) : null,
        courses,
        pending: !resolved,
        blocks: cohort.blocks,
        pathwaysPlanned: input.pathways.length > 0,
      }),
    );
  }
  return { letters, withheld };
}

function settleContext(input: ComposeLettersInput): SettleContext {
  const courseNames = new Map(input.cohort.courses.map((course) => [codeKey(course.code), course]));
  return {
    routes: new Map(input.pathways.map((pathway) => [codeKey(pathway.code), pathway])),
    groups: new Map(input.solution.groups.map((group) => [group.label, group])),
    blockOrder: input.cohort.blocks,
    courseName: (code) => courseNames.get(codeKey(code))?.name ?? code,
    solverReasons: new Map(
      (input.unresolved ?? []).map((item) => [solverReasonKey(item.upn, item.course), item.reason]),
    ),
  };
}

function byName(a: Pupil, b: Pupil): number {
  return (
    a.surname.localeCompare(b.surname, 'en-GB') ||
    a.forename.localeCompare(b.forename, 'en-GB') ||
    a.upn.localeCompare(b.upn)
  );
}

function placeholderValues(
  pupil: Pupil,
  template: LetterTemplate,
  letterDate: string,
  replyBy: string,
): PlaceholderValues {
  return {
    schoolName: template.schoolName.trim(),
    pupilForename: pupil.forename,
    pupilSurname: pupil.surname,
    pupilName: pupilDisplayName(pupil),
    letterDate: longDate(letterDate),
    replyBy: longDate(replyBy),
    signatoryName: template.signatoryName.trim(),
    signatoryRole: template.signatoryRole.trim(),
  };
}

function whenTaught(group: SolutionGroup): string {
  return group.blocks.length === 1
    ? `Option block ${group.blocks[0]}`
    : `Option blocks ${listInWords(group.blocks)} (a double course)`;
}

export function describeWish(meets: MetWish): string {
  switch (meets.kind) {
    case 'choice':
      return `your ${ordinal(meets.rank)} choice`;
    case 'pathway':
      return 'part of your pathway';
    case 'reserve': {
      const which = meets.reserveCount > 1 ? `${ordinal(meets.rank)} reserve` : 'reserve';
      return meets.inPlaceOf === null
        ? `your ${which}`
        : `your ${which}, in place of ${meets.inPlaceOf}`;
    }
  }
}

function letterPathway(route: Pathway): LetterPathway {
  return { name: route.name, description: firstSentence(route.description) };
}

interface LetterParts {
  pupil: Pupil;
  template: LetterTemplate;
  values: PlaceholderValues;
  pathway: LetterPathway | null;
  courses: LetterCourse[];
  pending: boolean;
  blocks: readonly string[];
  /** False when the plan has no pathways at all: its letters simply name none. */
  pathwaysPlanned: boolean;
}

function writeLetter(parts: LetterParts): PupilLetter {
  const { pupil, template, values, pending } = parts;
  const name = pupilDisplayName(pupil);
  return {
    upn: pupil.upn,
    forename: pupil.forename,
    surname: pupil.surname,
    pupilName: name,
    form: pupil.form,
    schoolName: values.schoolName,
    date: values.letterDate,
    status: pending ? 'pending' : 'offer',
    title: pending
      ? `Key Stage 4 options for ${name}: still being discussed`
      : `Key Stage 4 options for ${name}`,
    greeting: 'Dear Parent or Carer,',
    intro: fillPlaceholders(template.intro, values),
    pendingNotice: pending ? pendingNotice(pupil, parts) : null,
    pathway: parts.pathway,
    courses: parts.courses,
    blockExplanation:
      `An option block is a slot in the timetable: the courses in one block are taught at the ` +
      `same time, so each of ${pupil.forename}'s courses is in a different block ` +
      `(the timetable has blocks ${listInWords([...parts.blocks])}).`,
    howToChange: fillPlaceholders(template.howToChange, values),
    signOff: { name: values.signatoryName, role: values.signatoryRole },
    replySlip: {
      pupilName: name,
      upn: pupil.upn,
      form: pupil.form,
      returnBy: `Please return this slip to ${values.schoolName} by ${values.replyBy}.`,
      tickBoxes: [
        pending ? 'I accept the courses settled so far.' : 'I accept the courses offered above.',
        'I would like to discuss these courses.',
      ],
      commentPrompt: 'What would you like to discuss? (optional)',
      signatureLines: ['Parent or carer signature', 'Pupil signature', 'Date'],
    },
  };
}

function pendingNotice(pupil: Pupil, parts: LetterParts): string {
  const sentences = [
    `${pupil.forename}'s options are still being discussed, so this is not yet a full offer.`,
    parts.courses.length > 0
      ? 'The courses below are settled; we will write again when the rest are agreed.'
      : 'None of the courses is settled yet; we will write again when they are agreed.',
  ];
  if (parts.pathway === null && parts.pathwaysPlanned) {
    sentences.push('The pathway has not been agreed yet.');
  }
  return sentences.join(' ');
}
