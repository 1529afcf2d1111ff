import { describe, expect, it } from 'vitest';
import { checkChoices, type Pathway, type PathwayRule } from '../../../src/core/pathways';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

const courses = CATALOGUE;

function route(rules: PathwayRule[], optionCount = 4, freeSlots = 0): Pathway {
  return {
    code: 'R',
    name: 'Test route',
    description: '',
    optionCount,
    freeSlots,
    rules,
    eligibility: { bands: [], note: '' },
  };
}

const language: PathwayRule = {
  kind: 'choose-one-of',
  from: { kind: 'category', category: 'language' },
};

describe('checkChoices: option slots', () => {
  it('accepts four single courses on a four-slot route', () => {
    expect(checkChoices(route([]), ['Fr', 'Hi', 'Ar', 'Mu'], courses)).toEqual([]);
  });

  it('counts a double course as two slots: Triple Science and two others fill four', () => {
    expect(checkChoices(route([]), ['TSc', 'Hi', 'Ar'], courses)).toEqual([]);
  });

  it('reports Triple Science and three others as one slot too many', () => {
    expect(checkChoices(route([]), ['TSc', 'Fr', 'Hi', 'Ar'], courses)).toEqual([
      {
        ruleIndex: null,
        kind: 'option-count',
        rule: 'fills 4 option slots; Triple Science counts as two',
        problem:
          "their choices fill 5 slots (Triple Science counts as two), 1 more than the route's 4",
      },
    ]);
  });

  it('allows empty slots up to the free slots, and no further', () => {
    expect(checkChoices(route([], 4, 1), ['Fr', 'Hi', 'Ar'], courses)).toEqual([]);
    const [violation] = checkChoices(route([], 4, 1), ['Fr', 'Hi'], courses);
    expect(violation?.problem).toBe(
      'their choices fill 2 of the 4 slots; at most 1 may be left free',
    );
    expect(checkChoices(route([]), ['Fr', 'Hi', 'Ar'], courses)[0]?.problem).toBe(
      'their choices fill 3 of the 4 slots; none may be left free',
    );
  });

  it('counts a course named twice, in any case, once', () => {
    expect(checkChoices(route([]), ['Fr', 'fr', 'Hi', 'Ar', 'Mu'], courses)).toEqual([]);
  });

  it('counts an unknown code as one slot but never towards a rule', () => {
    expect(checkChoices(route([]), ['Fr', 'Hi', 'Ar', 'Klingon'], courses)).toEqual([]);
    const violations = checkChoices(route([language]), ['Klingon', 'Hi', 'Ar', 'Mu'], courses);
    expect(violations.map((v) => v.problem)).toEqual(['chose none of them']);
  });
});

describe('checkChoices: rules count courses, not slots', () => {
  it('choose-one-of: says which rule and that none was chosen', () => {
    expect(checkChoices(route([language]), ['Hi', 'Ar', 'Mu', 'Dr'], courses)).toEqual([
      {
        ruleIndex: 0,
        kind: 'choose-one-of',
        rule: 'must choose at least one language (French, German, Latin or Spanish)',
        problem: 'chose none of them',
      },
    ]);
    expect(checkChoices(route([language]), ['Hi', 'sp', 'Mu', 'Dr'], courses)).toEqual([]);
  });

  it('at-least: a double science is one science', () => {
    const twoSciences: PathwayRule = {
      kind: 'at-least',
      count: 2,
      from: { kind: 'category', category: 'science' },
    };
    const violations = checkChoices(route([twoSciences]), ['TSc', 'Hi', 'Ar'], courses);
    expect(violations).toEqual([
      expect.objectContaining({
        ruleIndex: 0,
        kind: 'at-least',
        problem: 'chose only 1: Triple Science',
      }),
    ]);
    expect(checkChoices(route([twoSciences]), ['TSc', 'CS', 'Hi'], courses)).toEqual([]);
  });

  it('at-most: names the courses over the limit', () => {
    const oneArt: PathwayRule = {
      kind: 'at-most',
      count: 2,
      from: { kind: 'category', category: 'arts' },
    };
    expect(checkChoices(route([oneArt]), ['Ar', 'Da', 'Dr', 'Hi'], courses)).toEqual([
      {
        ruleIndex: 0,
        kind: 'at-most',
        rule: 'may choose at most 2 arts subjects (Art & Design, Dance, Drama, Media Studies, Music and Photography)',
        problem: 'chose 3: Art & Design, Dance and Drama',
      },
    ]);
    expect(checkChoices(route([oneArt]), ['Ar', 'Da', 'Fr', 'Hi'], courses)).toEqual([]);
  });

  it('cannot-choose: names the forbidden course chosen', () => {
    const noTriple: PathwayRule = {
      kind: 'cannot-choose',
      from: { kind: 'courses', codes: ['TSc'] },
    };
    expect(checkChoices(route([noTriple]), ['tsc', 'Hi', 'Ar'], courses)).toEqual([
      {
        ruleIndex: 0,
        kind: 'cannot-choose',
        rule: 'cannot choose Triple Science',
        problem: 'chose Triple Science',
      },
    ]);
  });

  it('must-include: the course must be a choice, and it fills a slot', () => {
    const supported = route([{ kind: 'must-include', course: 'SUP' }], 3);
    expect(checkChoices(supported, ['SUP', 'Hi', 'Ar'], courses)).toEqual([]);
    const missing = checkChoices(supported, ['Hi', 'Ar', 'Mu'], courses);
    expect(missing).toEqual([
      {
        ruleIndex: 0,
        kind: 'must-include',
        rule: 'must include Supported Studies (literacy & numeracy)',
        problem: 'it is not among their choices',
      },
    ]);
    expect(checkChoices(supported, ['SUP', 'Hi', 'Ar', 'Mu'], courses).map((v) => v.kind)).toEqual([
      'option-count',
    ]);
  });

  it('reports every broken rule, in the order of the route', () => {
    const rules: PathwayRule[] = [
      language,
      { kind: 'choose-one-of', from: { kind: 'category', category: 'humanity' } },
    ];
    const violations = checkChoices(route(rules), ['Ar', 'Mu', 'Dr'], courses);
    expect(violations.map((v) => v.ruleIndex)).toEqual([null, 0, 1]);
  });
});
