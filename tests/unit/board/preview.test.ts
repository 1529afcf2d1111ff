import { describe, expect, it } from 'vitest';
import { checkGroupDrop, previewGroupDrop, previewPupilMove } from '../../../src/core/board';
import { createEvaluator, solve } from '../../../src/core/solver';
import { generateSyntheticCohort } from '../../../src/core/synthetic';
import { group, named, namedCohort, seated } from './cohorts';

/**
 * History, Geography and Art have one group each. Amira wants History and Geography, Ben
 * History and Art, Cara Geography and Art. With History and Art both in block A, Ben cannot
 * have both; moving Art to block B gives them to him but puts Cara's two in block B.
 */
const cohort = namedCohort({
  blocks: ['A', 'B'],
  courses: [
    { code: 'HI', name: 'History' },
    { code: 'GE', name: 'Geography' },
    { code: 'AR', name: 'Art' },
  ],
  staff: [
    named('PAT', 'Ms Patel', ['HI']),
    named('JON', 'Mr Jones', ['GE']),
    named('OKA', 'Mrs Okafor', ['AR']),
  ],
  pupils: [
    { name: ['Amira', 'Khan'], choices: ['HI', 'GE'] },
    { name: ['Ben', 'Lewis'], choices: ['HI', 'AR'] },
    { name: ['Cara', 'Moss'], choices: ['GE', 'AR'] },
  ],
});
const solution = seated(cohort, [
  group('HI1', 'HI', ['A'], 'PAT'),
  group('GE1', 'GE', ['B'], 'JON'),
  group('AR1', 'AR', ['A'], 'OKA'),
]);

describe('previewing a group drop', () => {
  it('names who gains and who loses a full timetable', () => {
    const preview = previewGroupDrop(cohort, solution, 'AR1', ['B']);
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    expect(preview.gains).toEqual([{ upn: 'P2', name: 'Ben Lewis' }]);
    expect(preview.losses).toEqual([{ upn: 'P3', name: 'Cara Moss' }]);
    expect(preview.before.fullySatisfied).toBe(2);
    expect(preview.after.fullySatisfied).toBe(2);
  });

  it('lists every pupil who loses, by surname, with the figures that follow', () => {
    const preview = previewGroupDrop(cohort, solution, 'GE1', ['A']);
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    expect(preview.gains).toEqual([]);
    expect(preview.losses.map((p) => p.name)).toEqual(['Amira Khan', 'Cara Moss']);
    expect(preview.before).toMatchObject({ fullySatisfied: 2, unresolved: 1 });
    expect(preview.after).toMatchObject({ fullySatisfied: 0, unresolved: 3 });
  });

  it('gives the same figures after as really making the move', () => {
    const preview = previewGroupDrop(cohort, solution, 'AR1', ['B']);
    const evaluator = createEvaluator(cohort, solution);
    expect(preview).toMatchObject({ before: evaluator.metrics() });
    expect(preview).toMatchObject({ after: evaluator.moveGroup('AR1', ['B']) });
  });

  it('changes neither the cohort, the solution nor the rules', () => {
    const constraints = {
      pins: { HI1: ['A'] },
      lockedPlacements: [{ upn: 'P1', course: 'GE', group: 'GE1' }],
    };
    const copies = structuredClone({ cohort, solution, constraints });
    previewGroupDrop(cohort, solution, 'AR1', ['B'], constraints);
    previewPupilMove(cohort, solution, 'P2', 'GE', 'GE1', constraints);
    expect({ cohort, solution, constraints }).toEqual(copies);
  });

  it('refuses a drop that breaks a hard rule, with the same reasons as the check', () => {
    const pins = { AR1: ['A'] };
    const check = checkGroupDrop(cohort, solution, 'AR1', ['B'], { pins });
    expect(previewGroupDrop(cohort, solution, 'AR1', ['B'], { pins })).toEqual({
      allowed: false,
      reasons: check.reasons,
    });
    expect(check.reasons).toEqual(['AR1 (Art) is pinned to block A; unpin it before moving it.']);
  });

  it('says why when the plan itself cannot be measured, instead of failing', () => {
    const broken = {
      ...cohort,
      courses: cohort.courses.map((c) => (c.code === 'GE' ? { ...c, allowedBlocks: ['Z'] } : c)),
    };
    const preview = previewGroupDrop(broken, solution, 'HI1', ['B']);
    expect(preview.allowed).toBe(false);
    expect(preview).toMatchObject({
      reasons: expect.arrayContaining(['Geography is allowed in Z, which is not a block.']),
    });
  });
});

describe('previewing a double course moved across blocks', () => {
  // Triple Science takes two of three blocks; Dan also wants History, which sits in block C.
  const doubles = namedCohort({
    blocks: ['A', 'B', 'C'],
    courses: [
      { code: 'SC', name: 'Triple Science', span: 2 },
      { code: 'HI', name: 'History' },
    ],
    staff: [named('CUR', 'Dr Curie', ['SC']), named('PAT', 'Ms Patel', ['HI'])],
    pupils: [
      { name: ['Dan', 'Price'], choices: ['SC', 'HI'] },
      { name: ['Eve', 'Quinn'], choices: ['SC'] },
    ],
  });
  const layout = seated(doubles, [
    group('SC1', 'SC', ['A', 'B'], 'CUR'),
    group('HI1', 'HI', ['C'], 'PAT'),
  ]);

  it('costs Dan his timetable when Science takes block C from History', () => {
    const preview = previewGroupDrop(doubles, layout, 'SC1', ['B', 'C']);
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    expect(preview.losses).toEqual([{ upn: 'P1', name: 'Dan Price' }]);
    expect(preview.gains).toEqual([]);
    expect(preview.after.fullySatisfied).toBe(1);
  });

  it('refuses to squeeze it into one block', () => {
    expect(previewGroupDrop(doubles, layout, 'SC1', ['C'])).toEqual({
      allowed: false,
      reasons: ['Triple Science is a double course: SC1 needs two different blocks, not block C.'],
    });
  });
});

describe('previewing a pupil dragged to another group', () => {
  // History has one seat per group, in blocks A and B; Geography and Art both sit in block B,
  // so Amira and Ben both need the seat in HI1 and only one of them can have it.
  const crowded = namedCohort({
    blocks: ['A', 'B'],
    courses: [
      { code: 'HI', name: 'History', max: 1 },
      { code: 'GE', name: 'Geography' },
      { code: 'AR', name: 'Art' },
    ],
    staff: [
      named('PAT', 'Ms Patel', ['HI']),
      named('HAL', 'Mr Hale', ['HI']),
      named('JON', 'Mr Jones', ['GE']),
      named('OKA', 'Mrs Okafor', ['AR']),
    ],
    pupils: [
      { name: ['Amira', 'Khan'], choices: ['HI', 'GE'] },
      { name: ['Ben', 'Lewis'], choices: ['HI', 'AR'] },
    ],
  });
  const layout = seated(crowded, [
    group('HI1', 'HI', ['A'], 'PAT'),
    group('HI2', 'HI', ['B'], 'HAL'),
    group('GE1', 'GE', ['B'], 'JON'),
    group('AR1', 'AR', ['B'], 'OKA'),
  ]);

  it('frees the seat for the other pupil when the one holding it is moved out', () => {
    const holder = layout.placements.find((p) => p.group === 'HI1')?.upn ?? '';
    const other = holder === 'P1' ? 'P2' : 'P1';
    const preview = previewPupilMove(crowded, layout, holder, 'HI', 'HI2');
    if (!preview.allowed) throw new Error(preview.reasons.join(' '));
    expect(preview.losses.map((p) => p.upn)).toEqual([holder]);
    expect(preview.gains.map((p) => p.upn)).toEqual([other]);
    const evaluator = createEvaluator(crowded, layout);
    expect(preview.after).toEqual(evaluator.movePupil(holder, 'HI', 'HI2'));
  });

  it('refuses a group of another course, or a pupil or course that does not exist', () => {
    expect(previewPupilMove(crowded, layout, 'P1', 'HI', 'GE1')).toEqual({
      allowed: false,
      reasons: ['GE1 (Geography) is not a History group.'],
    });
    expect(previewPupilMove(crowded, layout, 'P9', 'HI', 'HI2')).toEqual({
      allowed: false,
      reasons: ['There is no pupil with UPN P9 in this plan.'],
    });
    expect(previewPupilMove(crowded, layout, 'P1', 'MU', 'HI2')).toEqual({
      allowed: false,
      reasons: ['There is no course MU in this plan.'],
    });
  });
});

describe('previewing on a realistic cohort', () => {
  const { cohort: large } = generateSyntheticCohort({ pupils: 400, seed: 1 });
  const solved = solve(large, { seed: 1, maxIterations: 500 });

  it('matches the evaluator after the move, pupil for pupil', () => {
    const moves = solved.solution.groups.flatMap((g) =>
      large.blocks
        .filter((b) => !g.blocks.includes(b))
        .map((b) => ({ label: g.label, to: g.blocks.length === 2 ? [g.blocks[0] ?? '', b] : [b] }))
        .filter(({ label, to }) => checkGroupDrop(large, solved.solution, label, to).allowed),
    );
    expect(moves.length).toBeGreaterThan(0);
    for (const { label, to } of moves.slice(0, 5)) {
      const preview = previewGroupDrop(large, solved.solution, label, to);
      if (!preview.allowed) throw new Error(preview.reasons.join(' '));
      const evaluator = createEvaluator(large, solved.solution);
      const after = evaluator.moveGroup(label, to);
      expect(preview.after).toEqual(after);
      expect(preview.after.fullySatisfied - preview.before.fullySatisfied).toBe(
        preview.gains.length - preview.losses.length,
      );
    }
  });
});
