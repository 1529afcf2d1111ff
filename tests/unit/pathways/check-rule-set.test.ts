import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  checkPathways,
  checkRuleSet,
  findSatisfyingChoices,
  type CourseSelector,
  type Pathway,
  type PathwayRule,
  type RuleCourse,
} from '../../../src/core/pathways';
import { createRandom, type Random } from '../../../src/core/random';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

const courses: readonly RuleCourse[] = CATALOGUE;

function route(rules: PathwayRule[], overrides: Partial<Pathway> = {}): Pathway {
  return {
    code: 'R',
    name: 'Test route',
    description: '',
    optionCount: 4,
    freeSlots: 0,
    rules,
    eligibility: { bands: [], note: '' },
    ...overrides,
  };
}

const category = (name: string): CourseSelector => ({ kind: 'category', category: name });
const codes = (...list: string[]): CourseSelector => ({ kind: 'courses', codes: list });

function messagesOf(pathway: Pathway, kind: string): string[] {
  return checkRuleSet(pathway, courses)
    .filter((problem) => problem.kind === kind)
    .map((problem) => problem.message);
}

describe('checkRuleSet: names the plan does not have', () => {
  it('reports an unknown course code with the closest code', () => {
    expect(
      messagesOf(
        route([{ kind: 'choose-one-of', from: codes('Fr', 'BTEC-Sp') }]),
        'unknown-course',
      ),
    ).toEqual([
      'Test route: "must choose at least one of French or BTEC-Sp" names the course BTEC-Sp, which the plan does not have. Did you mean BTEC-Spt (Sport (BTEC Tech Award))?',
    ]);
  });

  it('suggests the code of a course typed by its name, and nothing when nothing is close', () => {
    expect(
      messagesOf(route([{ kind: 'must-include', course: 'french' }]), 'unknown-course')[0],
    ).toMatch(
      /names the course french, which the plan does not have\. Did you mean Fr \(French\)\?$/,
    );
    expect(
      messagesOf(route([{ kind: 'must-include', course: 'Astronomy' }]), 'unknown-course')[0],
    ).toMatch(/which the plan does not have\.$/);
  });

  it('reports an unknown category with the closest category', () => {
    const problems = checkRuleSet(
      route([{ kind: 'choose-one-of', from: category('languages') }]),
      courses,
    );
    expect(problems[0]).toEqual({
      pathway: 'R',
      kind: 'unknown-category',
      message:
        'Test route: "must choose at least one languages course (the plan has none)" refers to the category languages, which no course in the plan has. Did you mean language?',
    });
    // And, being impossible to meet, it is a contradiction too.
    expect(problems.map((problem) => problem.kind)).toContain('contradiction');
  });

  it('matches categories and codes whatever their case', () => {
    const rules: PathwayRule[] = [
      { kind: 'choose-one-of', from: category('LANGUAGE') },
      { kind: 'cannot-choose', from: codes('tsc') },
    ];
    expect(checkRuleSet(route(rules), courses)).toEqual([]);
  });
});

describe('checkRuleSet: plain contradictions', () => {
  it('must include a course the route also forbids', () => {
    const rules: PathwayRule[] = [
      { kind: 'must-include', course: 'TSc' },
      { kind: 'cannot-choose', from: category('science') },
    ];
    expect(messagesOf(route(rules), 'contradiction')).toEqual([
      'Test route: "must include Triple Science" and "cannot choose any science (Computer Science or Triple Science)" contradict each other.',
    ]);
  });

  it('at least more courses than the plan has', () => {
    const rules: PathwayRule[] = [{ kind: 'at-least', count: 3, from: category('science') }];
    expect(messagesOf(route(rules), 'contradiction')).toEqual([
      'Test route: "must choose at least 3 sciences (Computer Science or Triple Science)" cannot be met: the plan has only 2 of those courses.',
    ]);
  });

  it('a minimum that a maximum over the same or wider courses rules out', () => {
    const rules: PathwayRule[] = [
      { kind: 'at-least', count: 2, from: codes('Fr', 'Sp') },
      { kind: 'at-most', count: 1, from: category('language') },
    ];
    expect(messagesOf(route(rules), 'contradiction')).toEqual([
      'Test route: "must choose French and Spanish" and "may choose at most 1 language (French, German, Latin and Spanish)" contradict each other.',
    ]);
  });

  it('a minimum the forbidden courses leave too few courses for', () => {
    const rules: PathwayRule[] = [
      { kind: 'at-least', count: 2, from: category('science') },
      { kind: 'cannot-choose', from: codes('TSc') },
    ];
    expect(messagesOf(route(rules), 'contradiction')).toEqual([
      'Test route: "must choose at least 2 sciences (Computer Science or Triple Science)" cannot be met alongside "cannot choose Triple Science": only 1 of its courses may be chosen.',
    ]);
  });

  it('must-include courses and minimums that need more slots than the route has', () => {
    const tooManyFixed = route(
      [
        { kind: 'must-include', course: 'TSc' },
        { kind: 'must-include', course: 'SUP' },
      ],
      { optionCount: 2 },
    );
    expect(messagesOf(tooManyFixed, 'contradiction')).toEqual([
      'Test route: its must-include courses need 3 option slots, but the route has 2.',
    ]);
    const noRoom = route(
      [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'at-least', count: 2, from: category('humanity') },
      ],
      { optionCount: 2 },
    );
    expect(messagesOf(noRoom, 'contradiction')).toEqual([
      `Test route: "must choose at least 2 humanities (Geography, History or Religious Studies)" needs 2 option slots beside the must-include courses' 1, but the route has 2.`,
    ]);
  });

  it('an at-least count beyond the route’s option slots', () => {
    const rules: PathwayRule[] = [{ kind: 'at-least', count: 5, from: category('arts') }];
    expect(messagesOf(route(rules), 'contradiction')).toEqual([
      'Test route: "must choose at least 5 arts subjects (Art & Design, Dance, Drama, Media Studies, Music or Photography)" asks for more courses than the route\'s 4 option slots.',
    ]);
  });

  it('must-include courses that already break a maximum', () => {
    const rules: PathwayRule[] = [
      { kind: 'must-include', course: 'Eng' },
      { kind: 'must-include', course: 'CD' },
      { kind: 'at-most', count: 1, from: category('vocational') },
    ];
    expect(messagesOf(route(rules), 'contradiction')).toHaveLength(1);
    expect(messagesOf(route(rules), 'contradiction')[0]).toMatch(
      /^Test route: "must include Engineering" and "must include Child Development" already go beyond "may choose at most 1 vocational course/,
    );
  });
});

describe('checkRuleSet: the complete search', () => {
  it('finds a contradiction no single pair shows, and names a smallest set of rules behind it', () => {
    // Two of three arts, a language and a humanity, and no more than 3 GCSE-style picks: only
    // the slot budget makes it impossible, and the vocational limit plays no part.
    const rules: PathwayRule[] = [
      { kind: 'at-least', count: 2, from: category('arts') },
      { kind: 'at-most', count: 2, from: category('vocational') },
      { kind: 'choose-one-of', from: category('language') },
      { kind: 'choose-one-of', from: category('humanity') },
    ];
    expect(messagesOf(route(rules, { optionCount: 3 }), 'contradiction')).toEqual([
      'Test route: no set of choices can meet these rules together within 3 option slots: "must choose at least 2 arts subjects (Art & Design, Dance, Drama, Media Studies, Music or Photography)", "must choose at least one language (French, German, Latin or Spanish)" and "must choose at least one humanity (Geography, History or Religious Studies)".',
    ]);
  });

  it('sees that only a double course is left to fill an odd slot count', () => {
    const onlyTriple = route([{ kind: 'at-least', count: 1, from: codes('TSc') }], {
      optionCount: 2,
    });
    expect(messagesOf(onlyTriple, 'contradiction')).toEqual([]);
    const restricted = route(
      [
        { kind: 'must-include', course: 'TSc' },
        { kind: 'cannot-choose', from: category('arts') },
      ],
      { optionCount: 3 },
    );
    expect(messagesOf(restricted, 'contradiction')).toEqual([]);
    const tiny = [
      {
        code: 'D1',
        name: 'Double One',
        category: 'x',
        qualification: null,
        blocksSpanned: 2 as const,
      },
      {
        code: 'D2',
        name: 'Double Two',
        category: 'x',
        qualification: null,
        blocksSpanned: 2 as const,
      },
    ];
    expect(checkRuleSet(route([], { optionCount: 3 }), tiny)).toEqual([
      {
        pathway: 'R',
        kind: 'contradiction',
        message: "Test route: the plan's courses cannot fill 3 option slots.",
      },
    ]);
  });

  it('decides 60 courses, 8 slots and many overlapping rules, and names only the rules at fault', () => {
    const many: RuleCourse[] = Array.from({ length: 60 }, (_, i) => ({
      code: `C${i}`,
      name: `Course ${i}`,
      category: `cat${i % 6}`,
      qualification: 'GCSE',
      blocksSpanned: i % 7 === 0 ? 2 : 1,
    }));
    const rules: PathwayRule[] = [
      ...[0, 1, 2, 3, 4, 5].map((c): PathwayRule => ({
        kind: 'at-most',
        count: 1,
        from: category(`cat${c}`),
      })),
      { kind: 'at-least', count: 3, from: codes(...many.slice(0, 30).map((c) => c.code)) },
      { kind: 'at-least', count: 3, from: codes(...many.slice(20, 50).map((c) => c.code)) },
      {
        kind: 'at-most',
        count: 2,
        from: codes(...many.filter((_, i) => i % 2 === 0).map((c) => c.code)),
      },
    ];
    // One course per category at most, so 8 slots need two double courses among the six.
    const eight = route(rules, { optionCount: 8 });
    expect(checkRuleSet(eight, many).filter((p) => p.kind === 'contradiction')).toEqual([]);
    const witness = findSatisfyingChoices(eight, rules, many);
    expect(witness).not.toBeNull();
    expect(checkChoices(eight, witness ?? [], many)).toEqual([]);

    const noDoubles: PathwayRule = {
      kind: 'cannot-choose',
      from: codes(...many.filter((c) => c.blocksSpanned === 2).map((c) => c.code)),
    };
    const withoutDoubles = route([...rules, noDoubles], { optionCount: 8 });
    const [contradiction, ...rest] = checkRuleSet(withoutDoubles, many).filter(
      (p) => p.kind === 'contradiction',
    );
    expect(rest).toEqual([]);
    expect(contradiction?.message).toMatch(
      /^Test route: no set of choices can meet these rules together within 8 option slots: /,
    );
    // The two at-least rules and the even-numbered limit play no part, so they are not named.
    expect(contradiction?.message).not.toContain('at least 3');
    expect(contradiction?.message).toContain('cannot choose Course 0');
  });
});

describe('checkRuleSet: warnings', () => {
  it('flags a maximum that never limits anything, and a rule listed twice', () => {
    const rules: PathwayRule[] = [
      { kind: 'at-most', count: 4, from: category('arts') },
      { kind: 'choose-one-of', from: category('language') },
      { kind: 'choose-one-of', from: category('Language') },
    ];
    expect(messagesOf(route(rules), 'warning')).toEqual([
      'Test route: "may choose at most 4 arts subjects (Art & Design, Dance, Drama, Media Studies, Music and Photography)" never limits anything: a pupil cannot choose more than 4 of them anyway.',
      'Test route: "must choose at least one language (French, German, Latin or Spanish)" is listed twice.',
    ]);
    expect(messagesOf(route(rules), 'contradiction')).toEqual([]);
  });
});

describe('checkPathways', () => {
  it('adds duplicate codes, missing names and routes without option slots', () => {
    const problems = checkPathways(
      [
        route([], { code: 'EBACC', name: 'EBacc route' }),
        route([], { code: 'ebacc', name: 'Second EBacc' }),
        route([], { code: 'BLANK', name: ' ' }),
        route([], { code: 'NONE', name: 'Empty route', optionCount: 0 }),
      ],
      courses,
    );
    expect(problems.map((problem) => [problem.pathway, problem.kind, problem.message])).toEqual([
      [
        'ebacc',
        'contradiction',
        'Second EBacc: the code ebacc is also used by the EBacc route; each route needs its own code.',
      ],
      ['BLANK', 'warning', 'The route BLANK has no name; pupils and parents see the name.'],
      ['NONE', 'contradiction', 'Empty route: the route has 0 option slots; it needs at least 1.'],
    ]);
  });
});

/** A tiny catalogue for comparing the check with brute force over every set of courses. */
const TINY: RuleCourse[] = [
  { code: 'A1', name: 'Alpha One', category: 'alpha', qualification: 'GCSE', blocksSpanned: 1 },
  { code: 'A2', name: 'Alpha Two', category: 'alpha', qualification: 'GCSE', blocksSpanned: 2 },
  { code: 'B1', name: 'Beta One', category: 'beta', qualification: 'GCSE', blocksSpanned: 1 },
  { code: 'B2', name: 'Beta Two', category: 'beta', qualification: 'Other', blocksSpanned: 1 },
  { code: 'C1', name: 'Gamma One', category: 'gamma', qualification: 'GCSE', blocksSpanned: 1 },
  { code: 'C2', name: 'Gamma Two', category: 'gamma', qualification: 'BTEC', blocksSpanned: 2 },
];

function randomSelector(random: Random): CourseSelector {
  if (random.chance(0.4)) return category(random.pick(['alpha', 'beta', 'gamma']));
  const picked = TINY.filter(() => random.chance(0.4)).map((course) => course.code);
  return codes(...(picked.length > 0 ? picked : [random.pick(TINY).code]));
}

function randomRule(random: Random): PathwayRule {
  const from = randomSelector(random);
  switch (random.int(0, 4)) {
    case 0:
      return { kind: 'choose-one-of', from };
    case 1:
      return { kind: 'at-least', count: random.int(1, 3), from };
    case 2:
      return { kind: 'at-most', count: random.int(0, 2), from };
    case 3:
      return { kind: 'cannot-choose', from };
    default:
      return { kind: 'must-include', course: random.pick(TINY).code };
  }
}

function bruteForceSatisfiable(pathway: Pathway): boolean {
  for (let mask = 0; mask < 1 << TINY.length; mask++) {
    const chosen = TINY.filter((_, i) => mask & (1 << i)).map((course) => course.code);
    if (checkChoices(pathway, chosen, TINY).length === 0) return true;
  }
  return false;
}

describe('checkRuleSet against brute force', () => {
  it('calls a rule set contradictory exactly when no set of courses meets it', () => {
    const random = createRandom('pathway rule sets');
    let contradictory = 0;
    for (let trial = 0; trial < 3000; trial++) {
      const rules = Array.from({ length: random.int(1, 4) }, () => randomRule(random));
      const pathway = route(rules, { optionCount: random.int(1, 4), freeSlots: random.int(0, 1) });
      const satisfiable = bruteForceSatisfiable(pathway);
      const said = checkRuleSet(pathway, TINY).some((problem) => problem.kind === 'contradiction');
      expect({
        rules,
        optionCount: pathway.optionCount,
        freeSlots: pathway.freeSlots,
        said,
      }).toEqual({
        rules,
        optionCount: pathway.optionCount,
        freeSlots: pathway.freeSlots,
        said: !satisfiable,
      });
      const witness = findSatisfyingChoices(pathway, rules, TINY);
      if (witness) expect(checkChoices(pathway, witness, TINY)).toEqual([]);
      if (!satisfiable) contradictory++;
    }
    // Both outcomes are well represented, so the comparison means something.
    expect(contradictory).toBeGreaterThan(300);
    expect(contradictory).toBeLessThan(2700);
  });
});
