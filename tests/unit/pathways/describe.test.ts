import { describe, expect, it } from 'vitest';
import {
  describeOptionCount,
  describePathway,
  describeRule,
  type Pathway,
  type PathwayRule,
  type RuleCourse,
} from '../../../src/core/pathways';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

const courses: readonly RuleCourse[] = CATALOGUE;

function route(overrides: Partial<Pathway>): Pathway {
  return {
    code: 'R',
    name: 'Test route',
    description: '',
    optionCount: 4,
    freeSlots: 0,
    rules: [],
    eligibility: { bands: [], note: '' },
    ...overrides,
  };
}

function say(rule: PathwayRule): string {
  return describeRule(rule, courses);
}

describe('describeRule', () => {
  it('names every course of a category, alphabetically, in choose-one-of', () => {
    expect(say({ kind: 'choose-one-of', from: { kind: 'category', category: 'Language' } })).toBe(
      'must choose at least one language (French, German, Latin or Spanish)',
    );
  });

  it('counts courses in at-least and at-most', () => {
    expect(
      say({ kind: 'at-least', count: 2, from: { kind: 'category', category: 'humanity' } }),
    ).toBe('must choose at least 2 humanities (Geography, History or Religious Studies)');
    expect(
      say({ kind: 'at-most', count: 2, from: { kind: 'category', category: 'vocational' } }),
    ).toBe(
      'may choose at most 2 vocational courses (Child Development, Construction (City College, off site), Engineering, Health & Social Care (BTEC) and Sport (BTEC Tech Award))',
    );
  });

  it('names listed courses by their names, whatever the case of the codes', () => {
    expect(say({ kind: 'choose-one-of', from: { kind: 'courses', codes: ['hi', 'GG'] } })).toBe(
      'must choose at least one of History or Geography',
    );
    expect(say({ kind: 'cannot-choose', from: { kind: 'courses', codes: ['TSc'] } })).toBe(
      'cannot choose Triple Science',
    );
    expect(
      say({ kind: 'at-least', count: 2, from: { kind: 'courses', codes: ['Hi', 'Gg'] } }),
    ).toBe('must choose History and Geography');
  });

  it('describes must-include and at-most 0, and keeps unknown codes as written', () => {
    expect(say({ kind: 'must-include', course: 'SUP' })).toBe(
      'must include Supported Studies (literacy & numeracy)',
    );
    expect(
      say({ kind: 'at-most', count: 0, from: { kind: 'category', category: 'science' } }),
    ).toBe('cannot choose any science (Computer Science or Triple Science)');
    expect(say({ kind: 'cannot-choose', from: { kind: 'courses', codes: ['Frnch'] } })).toBe(
      'cannot choose Frnch',
    );
  });

  it('says when a category has no courses', () => {
    expect(say({ kind: 'choose-one-of', from: { kind: 'category', category: 'classics' } })).toBe(
      'must choose at least one classics course (the plan has none)',
    );
  });
});

describe('describeOptionCount', () => {
  it('says that a double course counts as two', () => {
    expect(describeOptionCount(route({}), courses)).toBe(
      'fills 4 option slots; Triple Science counts as two',
    );
  });

  it('names the fixed course and the free slots, and leaves out a forbidden double course', () => {
    const supported = route({
      optionCount: 3,
      freeSlots: 1,
      rules: [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'cannot-choose', from: { kind: 'courses', codes: ['TSc'] } },
      ],
    });
    expect(describeOptionCount(supported, courses)).toBe(
      'fills 3 option slots, including Supported Studies (literacy & numeracy); one may be left free',
    );
    expect(describePathway(supported, courses)).toEqual([
      'fills 3 option slots, including Supported Studies (literacy & numeracy); one may be left free',
      'must include Supported Studies (literacy & numeracy)',
      'cannot choose Triple Science',
    ]);
  });
});
