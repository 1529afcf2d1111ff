import { describe, expect, it } from 'vitest';
import {
  composeLetters,
  DEFAULT_LETTER_TEMPLATE,
  LetterTemplateError,
  type ComposeLettersInput,
  type LetterTemplate,
} from '../../../src/core/letters';
import { lettersCohort, lettersPathways, lettersSolution } from './letters-cohort';

const template: LetterTemplate = {
  ...DEFAULT_LETTER_TEMPLATE,
  schoolName: 'Hillside School',
  signatoryName: 'Mrs A Patel',
};

function compose(overrides: Partial<ComposeLettersInput> = {}) {
  return composeLetters({
    cohort: lettersCohort,
    solution: lettersSolution,
    unresolved: [{ upn: 'U4', course: 'Gg', reason: 'Geography only runs in block A' }],
    pathways: lettersPathways,
    template,
    letterDate: '2026-11-24',
    ...overrides,
  });
}

const letterFor = (upn: string, result = compose()) => {
  const letter = result.letters.find((candidate) => candidate.upn === upn);
  if (!letter) throw new Error(`no letter for ${upn}`);
  return letter;
};

describe('composeLetters', () => {
  it('writes only to fully resolved pupils, in name order', () => {
    const { letters, withheld } = compose();
    expect(letters.map((letter) => letter.pupilName)).toEqual(['Amy Able', 'Ben Brown', 'Eve Ede']);
    expect(withheld.map((pupil) => pupil.name)).toEqual([
      'Cara Cole',
      'Dan Dee',
      'Finn Fox',
      'Gus Gray',
    ]);
  });

  it("names exactly the pupil's courses, in timetable order, with the choice each meets", () => {
    const amy = letterFor('U1');
    expect(amy.courses.map(({ name, group, when, meets }) => [name, group, when, meets])).toEqual([
      ['French', 'Fr1', 'Option block A', 'your 1st choice'],
      ['History', 'Hi1', 'Option block B', 'your 2nd choice'],
      ['Art', 'Ar1', 'Option block C', 'your 3rd choice'],
    ]);
    expect(amy.courses[0]?.teacher).toBe('Ms J Smith');
    expect(amy.pathway).toEqual({
      name: 'EBacc route',
      description: 'A language and a humanity alongside the core.',
    });
    expect(amy.status).toBe('offer');
    expect(amy.pendingNotice).toBeNull();
  });

  it('describes a reserve as a reserve standing in for the choice it replaces', () => {
    const ben = letterFor('U2');
    expect(ben.courses.find((course) => course.code === 'Hi')?.meets).toBe(
      'your reserve, in place of Geography',
    );
    expect(ben.courses.map((course) => course.name)).not.toContain('Geography');
  });

  it("says a course comes with the pupil's pathway", () => {
    const eve = letterFor('U5');
    expect(eve.courses.map((course) => [course.name, course.meets])).toEqual([
      ['Supported Studies', 'part of your pathway'],
      ['History', 'your 2nd choice'],
      ['Art', 'your 1st choice'],
    ]);
  });

  it('withholds unresolved pupils with the reasons in words', () => {
    const reasons = Object.fromEntries(
      compose().withheld.map((pupil) => [pupil.upn, pupil.reasons]),
    );
    expect(reasons.U3).toEqual(['no agreed pathway yet']);
    expect(reasons.U4).toEqual([
      'no place in Geography (their 1st choice): Geography only runs in block A',
    ]);
    expect(reasons.U6).toEqual(['French and Geography are both in option block A (a clash)']);
    expect(reasons.U7).toEqual(['placed in Art, which is not one of their choices or reserves']);
  });

  it('sends offers without a pathway when the plan has no pathways at all', () => {
    const result = compose({ pathways: [] });
    expect(result.withheld.map((pupil) => pupil.upn)).not.toContain('U3');
    const letter = letterFor('U3', result);
    expect(letter.status).toBe('offer');
    expect(letter.pathway).toBeNull();
  });

  it('withholds a pupil whose group has no block yet or who is in two groups of a course', () => {
    const solution = {
      groups: [
        ...lettersSolution.groups,
        { label: 'Hi2', course: 'Hi', blocks: [], teacher: null },
      ],
      placements: lettersSolution.placements.map((placement) =>
        placement.upn === 'U1' && placement.course === 'Hi'
          ? { ...placement, group: 'Hi2' }
          : placement,
      ),
    };
    const withheld = compose({ solution }).withheld;
    expect(withheld.find((pupil) => pupil.upn === 'U1')?.reasons).toEqual([
      'group Hi2 (History) is not in any option block yet',
    ]);

    const twice = compose({
      solution: {
        groups: [
          ...lettersSolution.groups,
          { label: 'Ar2', course: 'Ar', blocks: ['B'], teacher: null },
        ],
        placements: [
          ...lettersSolution.placements,
          { upn: 'U2', course: 'Ar', group: 'Ar2', reserve: false },
        ],
      },
    }).withheld;
    expect(twice.find((pupil) => pupil.upn === 'U2')?.reasons).toEqual([
      'placed in 2 Art groups (Ar1 and Ar2)',
      'History and Art are both in option block B (a clash)',
    ]);
  });

  it('writes a "still being discussed" letter listing only what is settled when asked', () => {
    const result = compose({ includeUnresolved: true });
    expect(result.withheld).toEqual([]);
    const finn = letterFor('U6', result);
    expect(finn.status).toBe('pending');
    expect(finn.title).toBe('Key Stage 4 options for Finn Fox: still being discussed');
    expect(finn.pendingNotice).toMatch(/^Finn's options are still being discussed/);
    expect(finn.courses.map((course) => course.name)).toEqual(['Art']);
    expect(finn.replySlip.tickBoxes[0]).toBe('I accept the courses settled so far.');

    const cara = letterFor('U3', result);
    expect(cara.pathway).toBeNull();
    expect(cara.pendingNotice).toMatch(/The pathway has not been agreed yet\.$/);
    expect(cara.courses.map((course) => course.name)).toEqual(['French', 'History', 'Art']);
  });

  it('fills placeholders, with a reply date two weeks on when none is set', () => {
    const amy = letterFor('U1');
    expect(amy.intro).toMatch(/^Thank you for helping Amy choose/);
    expect(amy.howToChange).toContain(
      'return the slip to Hillside School by Tuesday 8 December 2026',
    );
    expect(amy.date).toBe('Tuesday 24 November 2026');
    expect(amy.replySlip).toMatchObject({ pupilName: 'Amy Able', upn: 'U1', form: '9X' });
    expect(amy.signOff).toEqual({ name: 'Mrs A Patel', role: 'Deputy Headteacher' });

    const dated = compose({
      template: { ...template, replyBy: '2027-01-08', intro: 'Dear {pupilName} at {schoolName}.' },
    });
    expect(letterFor('U1', dated).intro).toBe('Dear Amy Able at Hillside School.');
    expect(letterFor('U1', dated).replySlip.returnBy).toBe(
      'Please return this slip to Hillside School by Friday 8 January 2027.',
    );
  });

  it('refuses unknown placeholders and a missing school name, naming each problem', () => {
    const attempt = () =>
      compose({
        template: {
          ...template,
          schoolName: ' ',
          howToChange: 'Ring {teacherName} about {pupilFirstName}.',
          replyBy: '2027-02-30',
        },
      });
    expect(attempt).toThrow(LetterTemplateError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('The "how to change" paragraph uses {teacherName}');
    expect(message).toContain('uses {pupilFirstName}, which the letters do not know');
    expect(message).toContain('{pupilForename}');
    expect(message).toContain("The school's name is missing");
    expect(message).toContain('The reply-by date "2027-02-30" is not a date');
  });

  it('explains option blocks in plain words', () => {
    expect(letterFor('U1').blockExplanation).toBe(
      'An option block is a slot in the timetable: the courses in one block are taught at the ' +
        "same time, so each of Amy's courses is in a different block (the timetable has blocks " +
        'A, B and C).',
    );
  });
});
