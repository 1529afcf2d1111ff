import { describe, expect, it } from 'vitest';
import { counsel, type PupilCounsel, type PupilFix } from '../../src/core/counselling';
import type { Cohort, Course } from '../../src/core/model';
import { createRandom } from '../../src/core/random';
import { counsellingCsv } from '../../src/data/export/counselling-csv';
import { computeMetrics, createEvaluator, type Solution } from '../../src/core/solver';
import { makeCohort } from './solver/cohorts';

/** A solution written out by hand: groups as [label, blocks], pupils as [upn, group labels]. */
function layoutOf(
  cohort: Cohort,
  groups: [string, string[]][],
  seats: [string, string[]][],
): Solution {
  const courseOf = (label: string) => label.replace(/\d+$/, '');
  return {
    groups: groups.map(([label, blocks]) => ({
      label,
      course: courseOf(label),
      blocks,
      teacher: null,
    })),
    placements: seats.flatMap(([upn, labels]) =>
      labels.map((group) => ({
        upn,
        course: courseOf(group),
        group,
        reserve: !(cohort.choices.find((list) => list.upn === upn)?.choices ?? []).includes(
          courseOf(group),
        ),
      })),
    ),
  };
}

function withCategories(cohort: Cohort, categories: Record<string, string>): Cohort {
  const courses = cohort.courses.map((c): Course => ({
    ...c,
    category: categories[c.code] ?? null,
  }));
  return { ...cohort, courses, staff: [] };
}

const pupil = (report: { pupils: PupilCounsel[] }, upn: string) => {
  const found = report.pupils.find((p) => p.upn === upn);
  if (!found) throw new Error(`${upn} is not counselled`);
  return found;
};

/** Pupils with all their original choices and no clash, one solution placement at a time. */
function satisfied(cohort: Cohort, solution: Solution, upn: string): boolean {
  const list = cohort.choices.find((l) => l.upn === upn);
  const blocks = new Map(solution.groups.map((g) => [g.label, g.blocks]));
  const mine = solution.placements.filter((p) => p.upn === upn);
  const used = mine.flatMap((p) => blocks.get(p.group) ?? []);
  return (
    new Set(used).size === used.length &&
    (list?.choices ?? []).every((c) => mine.some((p) => p.course === c && !p.reserve))
  );
}

/** The cohort with one pupil's choices edited as a reserve or swap fix says. */
function editChoices(cohort: Cohort, upn: string, fix: PupilFix): Cohort {
  const choices = cohort.choices.map((list) =>
    list.upn !== upn
      ? list
      : {
          upn,
          choices: [...list.choices.filter((c) => !fix.drop.includes(c)), ...fix.take],
          reserves: list.reserves.filter((c) => !fix.take.includes(c)),
        },
  );
  return { ...cohort, choices };
}

describe('counselling on hand-built layouts', () => {
  it('offers a reserve that fits first, before swaps and group moves', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B', 'C'],
      courses: [{ code: 'Hi' }, { code: 'Gg' }, { code: 'Fr' }, { code: 'Ar' }, { code: 'Mu' }],
      pupils: [[['Fr', 'Hi', 'Gg'], ['Ar']], [['Mu']]],
    });
    const solution = layoutOf(
      cohort,
      [
        ['Hi1', ['A']],
        ['Gg1', ['A']],
        ['Fr1', ['B']],
        ['Ar1', ['C']],
        ['Mu1', ['C']],
      ],
      [
        ['P1', ['Fr1', 'Hi1']],
        ['P2', ['Mu1']],
      ],
    );
    const report = counsel(cohort, solution);
    expect(report.totals).toMatchObject({ pupils: 2, fullySatisfied: 1, unresolved: 1 });
    const p1 = pupil(report, 'P1');
    expect(p1.unmet).toEqual(['Gg']);
    expect(p1.reason).toMatch(/Hi and Gg only run in block A/);
    const [first] = p1.fixes;
    expect(first).toMatchObject({ kind: 'reserve', drop: ['Gg'], take: ['Ar'], gains: ['P1'] });
    expect(first?.description).toMatch(/^Take Ar \(reserve 1\) instead of Gg: Ar1 \(block C/);
    expect([...new Set(p1.fixes.map((f) => f.kind))]).toEqual(['reserve', 'swap', 'move-group']);
    const costs = p1.fixes.map((f) => f.cost);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    expect(report.totals.byBestFix.reserve).toBe(1);
  });

  it('lists as swaps exactly the courses that fit beside choices that share one block', () => {
    const cohort = withCategories(
      makeCohort({
        blocks: ['A', 'B', 'C'],
        courses: [
          { code: 'Hi' },
          { code: 'Gg' },
          { code: 'Fr' },
          { code: 'So' },
          { code: 'Ar' },
          { code: 'Mu', max: 1 },
          { code: 'Dr' },
          { code: 'Cs' },
        ],
        pupils: [[['Hi', 'Gg', 'Fr']], [['Mu']]],
      }),
      { Hi: 'humanities', Gg: 'humanities', So: 'humanities', Ar: 'arts', Mu: 'arts', Dr: 'arts' },
    );
    const solution = layoutOf(
      cohort,
      [
        ['Hi1', ['A']],
        ['Gg1', ['A']],
        ['Fr1', ['B']],
        ['So1', ['C']],
        ['Ar1', ['C']],
        ['Mu1', ['C']],
        ['Dr1', ['B']],
        ['Cs1', ['A']],
        ['Cs2', ['C']],
      ],
      [
        ['P1', ['Hi1', 'Fr1']],
        ['P2', ['Mu1']],
      ],
    );
    const p1 = pupil(counsel(cohort, solution, { groupMoves: false }), 'P1');
    expect(p1.reason).toMatch(/Hi and Gg only run in block A/);
    const swaps = p1.fixes.filter((f): f is PupilFix => f.kind === 'swap');
    // Mu is full, Dr sits where French is; So shares Geography's category, so it comes first.
    expect(swaps.map((f) => f.take)).toEqual([['So'], ['Ar'], ['Cs']]);
    expect(swaps.map((f) => f.cost)).toEqual([2, 3, 3]);
    expect(swaps[2]?.timetable).toContainEqual({ course: 'Cs', group: 'Cs2' });
    expect(p1.swapsLeftOff).toBe(0);
    const capped = pupil(counsel(cohort, solution, { groupMoves: false, maxSwaps: 1 }), 'P1');
    expect(capped.fixes.filter((f) => f.kind === 'swap')).toHaveLength(1);
    expect(capped.swapsLeftOff).toBe(2);
  });

  it('names who a group move helps and who it costs, with the net change', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B'],
      courses: [{ code: 'X' }, { code: 'Y' }, { code: 'Z' }, { code: 'W' }],
      staff: [],
      pupils: [[['X', 'Y']], [['X', 'Y']], [['Y', 'Z']], [['X', 'W']]],
    });
    const solution = layoutOf(
      cohort,
      [
        ['X1', ['A']],
        ['Y1', ['A']],
        ['Z1', ['B']],
        ['W1', ['B']],
      ],
      [
        ['P1', ['X1']],
        ['P2', ['X1']],
        ['P3', ['Y1', 'Z1']],
        ['P4', ['X1', 'W1']],
      ],
    );
    const report = counsel(cohort, solution);
    const move = pupil(report, 'P1').fixes.find((f) => f.kind === 'move-group' && f.group === 'Y1');
    expect(move).toMatchObject({ gains: ['P1', 'P2'], losses: ['P3'], net: 1, to: ['B'] });
    expect(move?.cost).toBe(5);
    expect(move?.description).toMatch(
      /^Move Y1 \(Y\) from block A to block B: Test Pupil1 and Test Pupil2 get all their choices; Test Pupil3 loses a full timetable \(net change in pupils with all their choices: \+1\)\.$/,
    );
    expect(report.groupMoves).toContainEqual({
      group: 'Y1',
      from: ['A'],
      to: ['B'],
      gains: ['P1', 'P2'],
      losses: ['P3'],
      net: 1,
    });
    // A pinned group stays where it is.
    const pinned = counsel(cohort, solution, { pins: { Y1: ['A'] } });
    const moved = pupil(pinned, 'P1').fixes.flatMap((f) =>
      f.kind === 'move-group' ? [f.group] : [],
    );
    expect(moved).toEqual(['X1']);
  });

  it('measures no group move when told not to, and writes formula-safe CSV', () => {
    const base = makeCohort({
      blocks: ['A', 'B'],
      courses: [{ code: 'X' }, { code: 'Y' }, { code: 'Z' }],
      staff: [],
      pupils: [[['X', 'Y']]],
    });
    const cohort = {
      ...base,
      pupils: base.pupils.map((p) => ({ ...p, forename: '=HYPERLINK("x")' })),
    };
    const solution = layoutOf(
      cohort,
      [
        ['X1', ['A']],
        ['Y1', ['A']],
        ['Z1', ['B']],
      ],
      [['P1', ['X1']]],
    );
    const kinds = (options: Parameters<typeof counsel>[2]) =>
      pupil(counsel(cohort, solution, options), 'P1').fixes.map((f) => f.kind);
    expect(kinds({})).toContain('move-group');
    expect(kinds({ maxMovesMeasured: 0 })).toEqual(['swap']);
    const capped = counsel(cohort, solution, { maxMovesMeasured: 1 }).totals;
    expect(capped.movesMeasured).toBe(1);
    expect(capped.movesNotMeasured).toBeGreaterThan(0);
    expect(kinds({ groupMoves: false })).toEqual(['swap']);
    const csv = counsellingCsv(counsel(cohort, solution)).split('\r\n');
    expect(csv[0]).toBe('upn,name,unmet,reason,rank,fix,cost,description,gains,losses');
    expect(csv[1]).toMatch(/^P1,"'=HYPERLINK\(""x""\) Pupil1",Y,/);
  });

  it('explains each unmet choice: one by a clash, another by a full group', () => {
    const cohort = makeCohort({
      blocks: ['X', 'Y', 'Z'],
      courses: [{ code: 'A' }, { code: 'B' }, { code: 'C', max: 1 }],
      staff: [],
      pupils: [[['A', 'B', 'C']], [['C']]],
    });
    const solution = layoutOf(
      cohort,
      [
        ['A1', ['X']],
        ['B1', ['X']],
        ['C1', ['Y']],
      ],
      [
        ['P1', ['A1']],
        ['P2', ['C1']],
      ],
    );
    const p1 = pupil(counsel(cohort, solution), 'P1');
    expect(p1.unmet).toEqual(['B', 'C']);
    expect(p1.reason).toBe(
      'A and B only run in block X; their choices fit together only through full groups: C is full in block Y',
    );
  });

  it('says plainly when no single step works', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B'],
      courses: [{ code: 'X' }, { code: 'Y' }],
      staff: [],
      pupils: [[['X', 'Y']]],
    });
    const solution = layoutOf(
      cohort,
      [
        ['X1', ['A']],
        ['Y1', ['A']],
      ],
      [['P1', ['X1']]],
    );
    const report = counsel(cohort, solution, { pins: { X1: ['A'], Y1: ['A'] } });
    const p1 = pupil(report, 'P1');
    expect(p1.fixes).toHaveLength(1);
    expect(p1.fixes[0]).toMatchObject({ kind: 'none', gains: [], losses: [] });
    expect(p1.fixes[0]?.description).toMatch(/^No single step gives them Y/);
    expect(report.totals.byBestFix.none).toBe(1);
  });

  it('offers a reseat when a full timetable has free seats', () => {
    const cohort = makeCohort({
      blocks: ['A', 'B'],
      courses: [{ code: 'X' }, { code: 'Y' }],
      staff: [],
      pupils: [[['X', 'Y']]],
    });
    const solution = layoutOf(
      cohort,
      [
        ['X1', ['A']],
        ['X2', ['B']],
        ['Y1', ['A']],
      ],
      [['P1', ['X1']]],
    );
    const p1 = pupil(counsel(cohort, solution), 'P1');
    expect(p1.reason).toMatch(/free seats/);
    expect(p1.fixes[0]).toMatchObject({
      kind: 'reseat',
      cost: 0,
      timetable: [
        { course: 'X', group: 'X2' },
        { course: 'Y', group: 'Y1' },
      ],
    });
  });
});

/** A small random cohort with categories, reserves and more demand than fits. */
function randomCohort(seed: number): Cohort {
  const random = createRandom(`counselling/${seed}`);
  const blocks = ['A', 'B', 'C', 'D'].slice(0, random.int(3, 4));
  const codes = Array.from({ length: random.int(5, 8) }, (_, i) => `C${i}`);
  const courses = codes.map((code, i) => ({
    code,
    max: random.int(3, 7),
    span: (i === 0 && random.chance(0.4) ? 2 : 1) as 1 | 2,
  }));
  const pupils: [string[], string[]][] = Array.from({ length: random.int(10, 24) }, () => {
    const order = random.shuffle(codes);
    const size = random.int(2, blocks.length - 1);
    return [order.slice(0, size), order.slice(size, size + random.int(0, 2))];
  });
  const cohort = makeCohort({ blocks, courses, pupils });
  const categories = Object.fromEntries(codes.map((code) => [code, random.pick(['a', 'b', 'c'])]));
  return withCategories(cohort, categories);
}

/** A random layout, seated by the evaluator: plenty of pupils without all their choices. */
function roughSolution(cohort: Cohort, seed: number): Solution {
  const random = createRandom(`counselling-layout/${seed}`);
  const groups = cohort.courses.flatMap((course) =>
    Array.from({ length: random.int(1, 2) }, (_, i) => ({
      label: `${course.code}${i + 1}`,
      course: course.code,
      blocks: random.shuffle(cohort.blocks).slice(0, course.blocksSpanned),
      teacher: null,
    })),
  );
  return createEvaluator({ ...cohort, staff: [] }, { groups, placements: [] }).solution();
}

describe('every fix does what it says (random small cohorts)', () => {
  const checked = { pupil: 0, move: 0 };
  for (let seed = 1; seed <= 25; seed += 1) {
    it(`seed ${seed}`, () => {
      const cohort = randomCohort(seed);
      const solution = roughSolution(cohort, seed);
      const report = counsel(cohort, solution);
      const before = computeMetrics(cohort, solution).fullySatisfied;
      expect(report.totals.fullySatisfied).toBe(before);
      for (const counselled of report.pupils) {
        const { upn } = counselled;
        expect(satisfied(cohort, solution, upn)).toBe(false);
        expect(counselled.fixes.length).toBeGreaterThan(0);
        const costs = counselled.fixes.map((f) => f.cost);
        expect(costs).toEqual([...costs].sort((a, b) => a - b));
        for (const fix of counselled.fixes) {
          if (fix.kind === 'none') {
            expect(counselled.fixes).toHaveLength(1);
          } else if (fix.kind === 'move-group') {
            const evaluator = createEvaluator(cohort, solution);
            const start = evaluator.metrics().fullySatisfied;
            const after = evaluator.moveGroup(fix.group, fix.to);
            expect(satisfied(cohort, evaluator.solution(), upn)).toBe(true);
            expect(after.fullySatisfied - start).toBe(fix.net);
            expect(fix.gains).toContain(upn);
            checked.move += 1;
          } else {
            const edited = editChoices(cohort, upn, fix);
            // Nobody else moves: the pupil alone changes groups, into free seats.
            const placements = [
              ...solution.placements.filter((p) => p.upn !== upn),
              ...fix.timetable.map((seat) => ({ upn, ...seat, reserve: false })),
            ];
            const alone = { groups: solution.groups, placements };
            expect(satisfied(edited, alone, upn)).toBe(true);
            const sizes = new Map<string, number>();
            for (const p of placements) sizes.set(p.group, (sizes.get(p.group) ?? 0) + 1);
            for (const group of solution.groups) {
              const max = cohort.courses.find((c) => c.code === group.course)?.maxGroupSize ?? 0;
              expect(sizes.get(group.label) ?? 0).toBeLessThanOrEqual(max);
            }
            expect(computeMetrics(edited, alone).fullySatisfied).toBe(before + 1);
            // The same through the evaluator: the pupil is held in the fix's groups.
            const evaluator = createEvaluator(edited, solution);
            for (const seat of fix.timetable) evaluator.movePupil(upn, seat.course, seat.group);
            expect(satisfied(edited, evaluator.solution(), upn)).toBe(true);
            checked.pupil += 1;
          }
        }
      }
    });
  }
  it('checked both kinds of fix', () => {
    expect(checked.pupil).toBeGreaterThan(50);
    expect(checked.move).toBeGreaterThan(50);
  });
});
