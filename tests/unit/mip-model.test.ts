import solver from 'javascript-lp-solver';
import { describe, expect, it } from 'vitest';
import { buildBlockingModel, OBJECTIVE } from '../../src/core/baselines/mip-model';
import { solveBlockingMip, type LpResult } from '../../src/core/baselines/mip-solve';
import type { Cohort, Course, StaffMember } from '../../src/core/model';
import { createRandom } from '../../src/core/random';
import { fullySatisfiedCount, layoutProblems } from '../helpers/check-layout';

const solve = (model: Parameters<typeof solver.Solve>[0]) => solver.Solve(model) as LpResult;

const course = (code: string, extra: Partial<Course> = {}): Course => ({
  code,
  name: code,
  maxGroupSize: 2,
  minGroupSize: 1,
  groups: 1,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: null,
  category: null,
  ...extra,
});
const teacher = (code: string, courses: string[], extra: Partial<StaffMember> = {}) => ({
  code,
  name: code,
  courses,
  maxGroups: null,
  unavailableBlocks: [],
  ...extra,
});

/** Three blocks, a double course, a course fixed to block C, and too few Art places. */
const TINY: Cohort = {
  blocks: ['A', 'B', 'C'],
  courses: [
    course('Dbl', { blocksSpanned: 2, maxGroupSize: 4 }),
    course('Ar'),
    course('Hi', { groups: 2, maxGroupSize: 1 }),
    course('Cs', { allowedBlocks: ['C'], maxGroupSize: 3 }),
  ],
  pupils: [],
  choices: [
    { upn: 'p1', choices: ['Dbl', 'Ar'], reserves: [] },
    { upn: 'p2', choices: ['Dbl', 'Cs'], reserves: [] },
    { upn: 'p3', choices: ['Ar', 'Hi', 'Cs'], reserves: [] },
    { upn: 'p4', choices: ['Hi', 'Ar'], reserves: [] },
    { upn: 'p5', choices: ['Hi', 'Cs'], reserves: [] },
  ],
  staff: [],
};

/**
 * The only Art teacher also teaches History, takes two groups at most and is away in block C;
 * the double course and Cs share a teacher, so Art cannot sit beside the double course.
 */
const TINY_STAFFED: Cohort = {
  ...TINY,
  staff: [
    teacher('T1', ['Ar', 'Hi'], { maxGroups: 2, unavailableBlocks: ['C'] }),
    teacher('T2', ['Hi', 'Dbl', 'Cs']),
    teacher('T3', ['Hi'], { unavailableBlocks: ['A', 'B'] }),
  ],
};

/**
 * The best objective over every layout, staffing and allocation, by enumeration: fully
 * satisfied pupils weigh (requested choices + 1), met choices 1.
 */
function bruteForceOptimum(cohort: Cohort): number | null {
  const { blocks, courses, choices, staff } = cohort;
  const groups = courses.flatMap((c, ci) => Array.from({ length: c.groups ?? 1 }, () => ci));
  const setsOf = (ci: number): number[] => {
    const c = courses[ci] as Course;
    const ok = blocks.flatMap((name, b) =>
      c.allowedBlocks.length === 0 || c.allowedBlocks.includes(name) ? [b] : [],
    );
    if (c.blocksSpanned === 1) return ok.map((b) => 1 << b);
    return ok.flatMap((x, i) => ok.slice(i + 1).map((y) => (1 << x) | (1 << y)));
  };
  const weight = choices.reduce((sum, l) => sum + l.choices.length, 0) + 1;
  let best: number | null = null;

  const staffable = (masks: number[]): boolean => {
    if (staff.length === 0) return true;
    const busy = staff.map((m) =>
      blocks.reduce(
        (acc, name, b) => (m.unavailableBlocks.includes(name) ? acc | (1 << b) : acc),
        0,
      ),
    );
    const load = staff.map(() => 0);
    const go = (g: number): boolean => {
      if (g === groups.length) return true;
      const code = courses[groups[g] as number]?.code ?? '';
      const qualified = staff.filter((m) => m.courses.includes(code));
      if (qualified.length === 0) return go(g + 1);
      return staff.some((m, k) => {
        const mask = masks[g] as number;
        if (!m.courses.includes(code) || ((busy[k] as number) & mask) !== 0) return false;
        if ((load[k] as number) >= (m.maxGroups ?? blocks.length)) return false;
        busy[k] = (busy[k] as number) | mask;
        load[k] = (load[k] as number) + 1;
        const ok = go(g + 1);
        busy[k] = (busy[k] as number) & ~mask;
        load[k] = (load[k] as number) - 1;
        return ok;
      });
    };
    return go(0);
  };

  const allocate = (masks: number[]): number => {
    // Each pupil's possible picks: a group (or none) per choice, in distinct blocks.
    const options = choices.map((list) => {
      const out: { taken: number[]; value: number }[] = [];
      const go = (i: number, used: number, taken: number[]) => {
        if (i === list.choices.length) {
          out.push({
            taken,
            value: taken.length + (taken.length === list.choices.length ? weight : 0),
          });
          return;
        }
        go(i + 1, used, taken);
        const ci = courses.findIndex((c) => c.code === list.choices[i]);
        groups.forEach((gc, g) => {
          const mask = masks[g] as number;
          if (gc === ci && (mask & used) === 0) go(i + 1, used | mask, [...taken, g]);
        });
      };
      go(0, 0, []);
      return out;
    });
    const seats = groups.map((ci) => courses[ci]?.maxGroupSize ?? 0);
    let top = 0;
    const go = (p: number, value: number) => {
      if (p === options.length) {
        top = Math.max(top, value);
        return;
      }
      for (const option of options[p] ?? []) {
        if (option.taken.some((g) => (seats[g] as number) <= 0)) continue;
        for (const g of option.taken) seats[g] = (seats[g] as number) - 1;
        go(p + 1, value + option.value);
        for (const g of option.taken) seats[g] = (seats[g] as number) + 1;
      }
    };
    go(0, 0);
    return top;
  };

  const place = (g: number, masks: number[]) => {
    if (g === groups.length) {
      if (staffable(masks)) best = Math.max(best ?? 0, allocate(masks));
      return;
    }
    for (const mask of setsOf(groups[g] as number)) place(g + 1, [...masks, mask]);
  };
  place(0, []);
  return best;
}

/** A random tiny cohort: 3 blocks, 3 courses, 4 pupils with two choices each. */
function randomTiny(seed: number): Cohort {
  const random = createRandom(`mip/${seed}`);
  const codes = ['X', 'Y', 'Z'];
  return {
    blocks: ['A', 'B', 'C'],
    courses: codes.map((code, i) =>
      course(code, {
        groups: random.int(1, 2),
        maxGroupSize: random.int(1, 3),
        blocksSpanned: i === 0 && random.chance(0.5) ? 2 : 1,
      }),
    ),
    pupils: [],
    choices: Array.from({ length: 4 }, (_, p) => ({
      upn: `p${p}`,
      choices: random.shuffle(codes).slice(0, 2),
      reserves: [],
    })),
    staff: random.chance(0.5)
      ? [
          teacher('T1', ['X', 'Y'], { maxGroups: 2 }),
          teacher('T2', ['Y', 'Z'], { unavailableBlocks: ['A'] }),
          teacher('T3', ['X', 'Z']),
        ]
      : [],
  };
}

describe('buildBlockingModel', () => {
  it('has one variable per placement, seat and teaching option, and the expected constraints', () => {
    const { model, placements, seats, teaching, groups, fullWeight } =
      buildBlockingModel(TINY_STAFFED);
    expect(groups.map((g) => g.label)).toEqual(['Dbl-1', 'Ar-1', 'Hi-1', 'Hi-2', 'Cs-1']);
    // 3 blocks each for four groups, one for the group fixed to block C.
    expect(placements).toHaveLength(13);
    // p1: Dbl 1 + Ar 1; p2: 1 + 1; p3: Ar 1 + Hi 2 + Cs 1; p4: Hi 2 + Ar 1; p5: Hi 2 + Cs 1.
    expect(seats).toHaveLength(14);
    // Dbl: T2; Ar: T1; each Hi group: T1, T2, T3; Cs: T2.
    expect(teaching).toHaveLength(9);
    expect(fullWeight).toBe(12);
    expect(model).toMatchObject({ optimize: OBJECTIVE, opType: 'max' });
    expect(model.constraints['span_0']).toEqual({ equal: 2 });
    expect(model.constraints['span_4']).toEqual({ equal: 1 });
    expect(model.constraints['cap_2']).toEqual({ max: 1 });
    expect(model.constraints['load_0']).toEqual({ max: 2 });
    expect(model.constraints['teach_1']).toEqual({ equal: 1 });
    // T1 is away in block C (index 2): any group of theirs there breaks busy_0_2.
    expect(model.constraints['busy_0_2']).toEqual({ max: 0 });
    expect(model.variables['s_0']).toEqual({ [OBJECTIVE]: 12, full_0_0: 1, full_0_1: 1 });
    expect(model.variables['a_0_0']?.[OBJECTIVE]).toBe(1);
    const binaries = [...placements, ...seats, ...teaching].map((v) => v.name);
    expect(Object.keys(model.binaries).sort()).toEqual(
      [...binaries, 's_0', 's_1', 's_2', 's_3', 's_4'].sort(),
    );
    // Every coefficient refers to a declared constraint or the objective.
    for (const coefficients of Object.values(model.variables)) {
      for (const name of Object.keys(coefficients)) {
        expect(name === OBJECTIVE || name in model.constraints).toBe(true);
      }
    }
  });

  it('never lets a course it does not offer count as met', () => {
    const cohort: Cohort = {
      ...TINY,
      choices: [{ upn: 'q', choices: ['Ar', 'Gone'], reserves: [] }],
    };
    const solution = solveBlockingMip(cohort, solve);
    expect(solution?.metrics).toMatchObject({ fullySatisfied: 0, choicesMet: 1 });
  });
});

describe('solveBlockingMip with javascript-lp-solver', () => {
  const cases: [string, Cohort][] = [
    ['the tiny cohort', TINY],
    ['the tiny cohort with staff', TINY_STAFFED],
    [
      'the tiny cohort with too few staff',
      { ...TINY, staff: [teacher('T9', ['Dbl', 'Ar', 'Hi', 'Cs'], { maxGroups: 4 })] },
    ],
    ...[1, 2, 3, 4, 5, 6, 7, 8].map((seed): [string, Cohort] => [
      `random cohort ${seed}`,
      randomTiny(seed),
    ]),
  ];

  it.each(cases)('matches brute force on %s, with a valid answer', (_, cohort) => {
    const solution = solveBlockingMip(cohort, solve);
    const optimum = bruteForceOptimum(cohort);
    if (optimum === null || solution === null) {
      // Only when staffing rules out every layout, and then both must say so.
      expect([optimum, solution]).toEqual([null, null]);
      return;
    }
    expect(solution.objective).toBeCloseTo(optimum, 6);
    expect(
      layoutProblems(cohort, solution.groups, {
        staff: cohort.staff.length > 0,
        allocation: solution.allocation,
      }),
    ).toEqual([]);
    const satisfied = fullySatisfiedCount(cohort, solution.groups, solution.allocation);
    expect(solution.metrics.fullySatisfied).toBe(satisfied);
    const weight = buildBlockingModel(cohort).fullWeight;
    expect(satisfied * weight + solution.metrics.choicesMet).toBeCloseTo(solution.objective, 6);
  });

  it('finds that staffing costs the tiny cohort a pupil', () => {
    expect(solveBlockingMip(TINY, solve)?.metrics.fullySatisfied).toBe(4);
    const staffed = solveBlockingMip(TINY_STAFFED, solve);
    expect(staffed?.metrics.fullySatisfied).toBeLessThan(4);
    expect(staffed?.groups.every((group) => group.teacher !== null)).toBe(true);
  });
});
