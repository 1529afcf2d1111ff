import { describe, expect, it } from 'vitest';
import { balanceParallelGroups, type BoardState } from '../../../src/core/board';
import type { Cohort, Pupil } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';
import { computeMetrics, type LockedPlacement, type Solution } from '../../../src/core/solver';
import { makeCohort } from '../solver/cohorts';
import { group, named, namedCohort, seated } from './cohorts';

type Traits = Pick<Pupil, 'gender' | 'disadvantaged' | 'send'> & { band: 'L' | 'M' | 'H' | null };

/** Pupils P1… taking course X, with the traits given, seated in the X groups given. */
function xCohort(traits: Traits[], maxGroupSize = 30): Cohort {
  const cohort = makeCohort({
    blocks: ['A', 'B'],
    courses: [{ code: 'X', name: 'Computing', max: maxGroupSize }],
    pupils: traits.map(() => [['X']]),
  });
  return {
    ...cohort,
    pupils: cohort.pupils.map((pupil, i) => {
      const t = traits[i];
      if (!t) return pupil;
      return {
        ...pupil,
        gender: t.gender,
        disadvantaged: t.disadvantaged,
        send: t.send,
        priorAttainment: { score: null, band: t.band },
      };
    }),
  };
}

function xState(
  labels: string[],
  seats: string[],
  lockedPlacements: LockedPlacement[] = [],
): BoardState {
  return {
    solution: {
      groups: labels.map((label) => group(label, 'X', ['A'], null)),
      placements: seats.map((g, i) => ({
        upn: `P${i + 1}`,
        course: 'X',
        group: g,
        reserve: false,
      })),
    },
    pins: {},
    lockedPlacements,
  };
}

/**
 * The balance objective written out plainly, to check the result against: squared group
 * sizes, then squared counts per gender, per band, of disadvantaged and of SEND pupils per
 * group, then the number of pupils moved. Lower is better at each step.
 */
function objective(cohort: Cohort, before: Solution, after: Solution): number[] {
  const pupils = new Map(cohort.pupils.map((p) => [p.upn, p]));
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const seat of after.placements) {
    const pupil = pupils.get(seat.upn);
    add(`size|${seat.group}`);
    add(`gender|${seat.group}|${pupil?.gender ?? '-'}`);
    add(`band|${seat.group}|${pupil?.priorAttainment.band ?? '-'}`);
    if (pupil?.disadvantaged) add(`flag|${seat.group}|disadvantaged`);
    if (pupil && pupil.send !== 'N') add(`flag|${seat.group}|send`);
  }
  const squares = (kind: string): number =>
    [...counts].filter(([key]) => key.startsWith(`${kind}|`)).reduce((s, [, n]) => s + n * n, 0);
  const moved = after.placements.filter(
    (seat, i) => seat.group !== before.placements[i]?.group,
  ).length;
  return [squares('size'), squares('gender'), squares('band'), squares('flag'), moved];
}

/** Every way of seating the unlocked pupils that keeps each group within its limit. */
function bestByBruteForce(cohort: Cohort, state: BoardState, maxGroupSize: number): number[] {
  const { groups, placements } = state.solution;
  const locked = new Set(state.lockedPlacements.map((lock) => lock.upn));
  const free = placements.flatMap((seat, i) => (locked.has(seat.upn) ? [] : [i]));
  const limit = (label: string): number =>
    Math.max(maxGroupSize, placements.filter((seat) => seat.group === label).length);
  let best: number[] | null = null;
  for (let code = 0; code < groups.length ** free.length; code += 1) {
    let rest = code;
    const trial = placements.map((seat) => ({ ...seat }));
    for (const i of free) {
      const seat = trial[i];
      if (seat) seat.group = groups[rest % groups.length]?.label ?? seat.group;
      rest = Math.floor(rest / groups.length);
    }
    const fits = groups.every(
      (g) => trial.filter((seat) => seat.group === g.label).length <= limit(g.label),
    );
    if (!fits) continue;
    const score = objective(cohort, state.solution, { groups, placements: trial });
    if (best === null || compareLists(score, best) < 0) best = score;
  }
  return best ?? [];
}

function compareLists(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const girl = (band: Traits['band'], extra: Partial<Traits> = {}): Traits => ({
  gender: 'F',
  band,
  disadvantaged: false,
  send: 'N',
  ...extra,
});
const boy = (band: Traits['band'], extra: Partial<Traits> = {}): Traits => ({
  ...girl(band, extra),
  gender: 'M',
  ...extra,
});

describe('balancing parallel groups', () => {
  it('evens sizes, then genders, moving as few pupils as that needs', () => {
    const cohort = xCohort([
      girl('H'),
      girl('M'),
      girl('L'),
      girl('M'),
      boy('M'),
      boy('L'),
      girl('H'),
      girl('L'),
    ]);
    const state = xState(['X1', 'X2'], ['X1', 'X1', 'X1', 'X1', 'X1', 'X1', 'X2', 'X2']);
    const result = balanceParallelGroups(cohort, state, 'X');
    expect(result.before.map((g) => [g.group, g.size, g.byGender])).toEqual([
      ['X1', 6, { F: 4, M: 2 }],
      ['X2', 2, { F: 2 }],
    ]);
    expect(result.after.map((g) => [g.group, g.size, g.byGender])).toEqual([
      ['X1', 4, { F: 3, M: 1 }],
      ['X2', 4, { F: 3, M: 1 }],
    ]);
    expect(result.moved).toHaveLength(2);
    expect(result.moved.every((m) => m.from === 'X1' && m.to === 'X2')).toBe(true);
    expect(result.moved.map((m) => m.name).every((name) => name.startsWith('Test Pupil'))).toBe(
      true,
    );
    expect(result.solution.groups).toBe(state.solution.groups);
  });

  it('then evens prior-attainment bands within each gender split', () => {
    const cohort = xCohort([girl('H'), girl('H'), girl('L'), girl('L')]);
    const state = xState(['X1', 'X2'], ['X1', 'X1', 'X2', 'X2']);
    const result = balanceParallelGroups(cohort, state, 'X');
    expect(result.after.map((g) => g.byPriorAttainment)).toEqual([
      { H: 1, L: 1 },
      { H: 1, L: 1 },
    ]);
    expect(result.moved).toHaveLength(2);
  });

  it('finds the best seating on small courses, checked against every possible one', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const random = createRandom(`balance-brute-force/${seed}`);
      const pupils = random.int(5, 8);
      const labels = ['X1', 'X2', 'X3'].slice(0, random.int(2, 3));
      const limit = random.int(2, 5);
      const traits = Array.from({ length: pupils }, (): Traits => ({
        gender: random.pick(['F', 'M', null]),
        band: random.pick(['L', 'M', 'H', null] as const),
        disadvantaged: random.chance(0.3),
        send: random.pick(['N', 'N', 'K', 'E'] as const),
      }));
      const seats = traits.map(() => (random.chance(0.6) ? 'X1' : random.pick(labels)));
      const locks = seats.flatMap((g, i) =>
        random.chance(0.2) ? [{ upn: `P${i + 1}`, course: 'X', group: g }] : [],
      );
      const cohort = xCohort(traits, limit);
      const state = xState(labels, seats, locks);
      const result = balanceParallelGroups(cohort, state, 'X');
      expect(objective(cohort, state.solution, result.solution), `seed ${seed}`).toEqual(
        bestByBruteForce(cohort, state, limit),
      );
      for (const lock of locks) {
        const seat = result.solution.placements.find((p) => p.upn === lock.upn);
        expect(seat?.group, `seed ${seed}`).toBe(lock.group);
      }
    }
  });

  it('never moves a locked pupil', () => {
    const cohort = xCohort([girl('M'), girl('M'), girl('M'), girl('M'), boy('M'), boy('M')]);
    const locks = ['P1', 'P2', 'P3'].map((upn) => ({ upn, course: 'X', group: 'X1' }));
    const state = xState(['X1', 'X2'], ['X1', 'X1', 'X1', 'X1', 'X1', 'X1'], locks);
    const result = balanceParallelGroups(cohort, state, 'X');
    expect(result.after.map((g) => g.size)).toEqual([3, 3]);
    expect(result.moved.map((m) => m.upn).sort()).toEqual(['P4', 'P5', 'P6']);
  });

  it('never fills a group past the course limit, and shrinks one already over it', () => {
    const cohort = xCohort(
      Array.from({ length: 7 }, () => girl('M')),
      3,
    );
    const state = xState(['X1', 'X2', 'X3'], ['X1', 'X1', 'X1', 'X1', 'X1', 'X2', 'X2']);
    const result = balanceParallelGroups(cohort, state, 'X');
    expect(result.after.map((g) => g.size)).toEqual([3, 2, 2]);

    // Everybody in the over-full group is locked there: nothing may move.
    const locks = ['P1', 'P2', 'P3', 'P4', 'P5'].map((upn) => ({ upn, course: 'X', group: 'X1' }));
    const heldResult = balanceParallelGroups(cohort, { ...state, lockedPlacements: locks }, 'X');
    expect(heldResult.after.map((g) => g.size)).toEqual([5, 1, 1]);
    expect(
      heldResult.after.every((g, i) => g.size <= Math.max(3, result.before[i]?.size ?? 0)),
    ).toBe(true);
  });

  it('moves nobody when the course’s groups all sit in different blocks', () => {
    const cohort = xCohort([girl('H'), girl('H'), girl('H'), boy('L')]);
    const state = xState(['X1', 'X2'], ['X1', 'X1', 'X1', 'X2']);
    const apart: BoardState = {
      ...state,
      solution: {
        ...state.solution,
        groups: [group('X1', 'X', ['A'], null), group('X2', 'X', ['B'], null)],
      },
    };
    const result = balanceParallelGroups(cohort, apart, 'X');
    expect(result.moved).toEqual([]);
    expect(result.solution).toEqual(apart.solution);
    expect(result.after).toEqual(result.before);
  });

  it('moves nobody the second time', () => {
    const cohort = xCohort([
      girl('H'),
      boy('L'),
      girl('M'),
      boy('H'),
      girl('L'),
      boy('M'),
      girl('H'),
    ]);
    const state = xState(['X1', 'X2', 'X3'], ['X1', 'X1', 'X1', 'X1', 'X1', 'X2', 'X3']);
    const once = balanceParallelGroups(cohort, state, 'X');
    expect(once.moved.length).toBeGreaterThan(0);
    const twice = balanceParallelGroups(cohort, { ...state, solution: once.solution }, 'X');
    expect(twice.moved).toEqual([]);
  });

  it('refuses a course that does not exist, naming it', () => {
    const cohort = xCohort([girl('H')]);
    expect(() => balanceParallelGroups(cohort, xState(['X1'], ['X1']), 'ZZ')).toThrow(
      'There is no course ZZ',
    );
  });
});

describe('balancing leaves the timetable as the engine measured it', () => {
  // Computing runs twice in block A and once in block B; History sits in B, so its pupils
  // can only be in the block A groups of Computing.
  const cohort = namedCohort({
    blocks: ['A', 'B'],
    courses: [
      { code: 'CO', name: 'Computing', max: 4 },
      { code: 'HI', name: 'History', max: 10 },
    ],
    staff: [
      named('TUR', 'Mr Turing', ['CO']),
      named('LOV', 'Ms Lovelace', ['CO']),
      named('PAT', 'Ms Patel', ['HI']),
    ],
    pupils: [
      { name: ['Amira', 'Khan'], choices: ['CO', 'HI'] },
      { name: ['Ben', 'Lewis'], choices: ['CO', 'HI'] },
      { name: ['Cara', 'Moss'], choices: ['CO', 'HI'] },
      { name: ['Dev', 'Shah'], choices: ['CO', 'HI'] },
      { name: ['Ella', 'Hart'], choices: ['CO', 'HI'] },
      { name: ['Finn', 'Ward'], choices: ['CO'] },
      { name: ['Gina', 'Cole'], choices: ['CO'] },
    ],
  });
  const gendered: Cohort = {
    ...cohort,
    pupils: cohort.pupils.map((pupil, i) => ({ ...pupil, gender: i % 2 === 0 ? 'F' : 'M' })),
  };
  const start = seated(gendered, [
    group('CO1', 'CO', ['A'], 'TUR'),
    group('CO2', 'CO', ['A'], null),
    group('CO3', 'CO', ['B'], null),
    group('HI1', 'HI', ['B'], 'PAT'),
  ]);
  // Crowd the block A pupils into CO1 as far as its limit allows, as a hand edit might.
  const crowded: Solution = {
    ...start,
    placements: start.placements.map((seat) =>
      seat.course === 'CO' && seat.upn === 'P4' ? { ...seat, group: 'CO1' } : seat,
    ),
  };
  const state: BoardState = { solution: crowded, pins: {}, lockedPlacements: [] };
  const result = balanceParallelGroups(gendered, state, 'CO');

  it('starts from the crowded seating it is meant to', () => {
    expect(result.before.map((g) => [g.group, g.size])).toEqual([
      ['CO1', 4],
      ['CO2', 1],
      ['CO3', 2],
    ]);
    expect(result.after.map((g) => [g.group, g.size])).toEqual([
      ['CO1', 3],
      ['CO2', 2],
      ['CO3', 2],
    ]);
  });

  it('keeps every figure the engine reports but the spread of Computing group sizes', () => {
    const { groupSizes: sizesBefore, ...before } = computeMetrics(gendered, crowded);
    const { groupSizes: sizesAfter, ...after } = computeMetrics(gendered, result.solution);
    expect(after).toEqual(before);
    expect(sizesAfter).toEqual({ ...sizesBefore, CO: { min: 2, max: 3 } });
  });

  it('moves pupils only between groups in the same blocks', () => {
    const groupOf = (solution: Solution, upn: string) =>
      solution.placements.find((p) => p.upn === upn && p.course === 'CO')?.group;
    for (const pupil of gendered.pupils) {
      const before = groupOf(crowded, pupil.upn);
      const after = groupOf(result.solution, pupil.upn);
      expect(before === 'CO3', pupil.upn).toBe(after === 'CO3');
    }
    expect(result.moved.length).toBeGreaterThan(0);
    expect(result.moved.every((m) => m.from !== 'CO3' && m.to !== 'CO3')).toBe(true);
  });

  it('names the pupils moved', () => {
    for (const move of result.moved) {
      const pupil = gendered.pupils.find((p) => p.upn === move.upn);
      expect(move.name).toBe(`${pupil?.forename} ${pupil?.surname}`);
    }
  });
});

describe('balancing a large course', () => {
  const random = createRandom('balance-large');
  const traits = Array.from({ length: 60 }, (): Traits => ({
    gender: random.pick(['F', 'M']),
    band: random.pick(['L', 'M', 'H', null] as const),
    disadvantaged: random.chance(0.3),
    send: random.pick(['N', 'N', 'N', 'K', 'E'] as const),
  }));
  const cohort = xCohort(traits, 25);
  const state = xState(
    ['X1', 'X2', 'X3'],
    [
      ...Array.from({ length: 25 }, () => 'X1'),
      ...Array.from({ length: 25 }, () => 'X2'),
      ...Array.from({ length: 10 }, () => 'X3'),
    ],
  );
  const result = balanceParallelGroups(cohort, state, 'X');

  it('evens the sizes moving only the pupils that needs', () => {
    expect(result.after.map((g) => g.size)).toEqual([20, 20, 20]);
    expect(result.moved.length).toBeGreaterThanOrEqual(10);
  });

  it('leaves each gender’s numbers within one of each other across the groups', () => {
    for (const gender of ['F', 'M']) {
      const counts = result.after.map((g) => g.byGender[gender] ?? 0);
      expect(Math.max(...counts) - Math.min(...counts), gender).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same answer every time, and nothing more to do after it', () => {
    expect(balanceParallelGroups(cohort, state, 'X')).toEqual(result);
    const again = balanceParallelGroups(cohort, { ...state, solution: result.solution }, 'X');
    expect(again.moved).toEqual([]);
  });
});
