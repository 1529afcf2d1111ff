import { describe, expect, it } from 'vitest';
import { allocatePupils } from '../../src/core/baselines/allocate';
import { evaluateLayout } from '../../src/core/baselines/evaluate';
import { bestFit } from '../../src/core/baselines/pupil-fit';
import type { PlacedGroup } from '../../src/core/layout';
import type { Cohort, Course } from '../../src/core/model';
import { plantedInstance } from '../../src/core/planted';
import { createRandom } from '../../src/core/random';
import { layoutProblems } from '../helpers/check-layout';

/** The most courses that can take one option each with no two options sharing a bit. */
function bruteForceFit(options: readonly (readonly number[])[]): number {
  const go = (i: number, used: number): number => {
    if (i === options.length) return 0;
    let best = go(i + 1, used);
    for (const mask of options[i] ?? []) {
      if ((mask & used) === 0) best = Math.max(best, 1 + go(i + 1, used | mask));
    }
    return best;
  };
  return go(0, 0);
}

const course = (code: string, extra: Partial<Course> = {}): Course => ({
  code,
  name: code,
  maxGroupSize: 30,
  minGroupSize: 1,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: null,
  category: null,
  ...extra,
});
const group = (label: string, blocks: string[]): PlacedGroup => ({
  course: label.split('-')[0] ?? '',
  label,
  blocks,
  teacher: null,
});

describe('bestFit', () => {
  it('agrees with brute force on random pupils, double groups included', () => {
    const random = createRandom('fit');
    for (let trial = 0; trial < 400; trial += 1) {
      const courses = random.int(0, 6);
      const options = Array.from({ length: courses }, () =>
        Array.from({ length: random.int(0, 3) }, () => {
          const first = random.int(0, 5);
          return random.chance(0.2) ? (1 << first) | (1 << random.int(0, 5)) : 1 << first;
        }),
      );
      const fit = bestFit(options);
      expect(fit.met).toBe(bruteForceFit(options));
      // The picks it reports are real and clash-free.
      let used = 0;
      fit.picks.forEach((pick, i) => {
        if (pick === null) return;
        const mask = options[i]?.[pick] ?? -1;
        expect(mask & used).toBe(0);
        used |= mask;
      });
      expect(fit.picks.filter((pick) => pick !== null)).toHaveLength(fit.met);
    }
  });

  it('leaves out a course with no group', () => {
    expect(bestFit([[1], []])).toEqual({ met: 1, picks: [0, null] });
  });
});

describe('evaluateLayout', () => {
  const cohort: Pick<Cohort, 'blocks' | 'choices'> = {
    blocks: ['A', 'B', 'C'],
    choices: [
      { upn: 'u1', choices: ['Fr', 'Hi'], reserves: [] },
      { upn: 'u2', choices: ['Fr', 'TSc'], reserves: [] },
      { upn: 'u3', choices: ['Hi', 'TSc', 'Ar'], reserves: [] },
      { upn: 'u4', choices: ['Zz'], reserves: [] },
    ],
  };
  const layout = [
    group('Fr-1', ['A']),
    group('Hi-1', ['A']),
    group('Hi-2', ['C']),
    group('TSc-1', ['A', 'B']),
    group('Ar-1', ['C']),
  ];

  it('counts who fits, using parallel groups and two-block groups', () => {
    const result = evaluateLayout(cohort, layout);
    expect(result).toMatchObject({
      pupils: 4,
      fullySatisfied: 1,
      choicesRequested: 8,
      choicesMet: 5,
    });
    // u2: French and Triple Science both need block A; u3: History and Art both need C.
    expect(result.unmet.map((entry) => entry.upn)).toEqual(['u2', 'u3', 'u4']);
    expect(result.unmet[2]?.courses).toEqual(['Zz']);
  });

  it('rejects a block the plan does not have', () => {
    expect(() => evaluateLayout(cohort, [group('Fr-1', ['Q'])])).toThrow(/Block "Q"/);
  });
});

describe('allocatePupils', () => {
  it('keeps to group sizes, which can leave out a pupil who fits in blocks', () => {
    const cohort: Cohort = {
      blocks: ['A', 'B'],
      courses: [course('Fr', { maxGroupSize: 2 }), course('Hi')],
      pupils: [],
      choices: ['a', 'b', 'c'].map((upn) => ({ upn, choices: ['Fr', 'Hi'], reserves: [] })),
      staff: [],
    };
    const layout = [group('Fr-1', ['A']), group('Hi-1', ['B'])];
    expect(evaluateLayout(cohort, layout).fullySatisfied).toBe(3);
    const { allocation, metrics } = allocatePupils(cohort, layout);
    expect(metrics).toMatchObject({ fullySatisfied: 2, choicesMet: 5 });
    expect(layoutProblems(cohort, layout, { allocation })).toEqual([]);
  });

  it('seats a planted cohort validly, never above the sizeless count', () => {
    const { cohort, layout } = plantedInstance({ pupils: 200, blocks: 5, courses: 16, seed: 8 });
    const { allocation, metrics } = allocatePupils(cohort, layout);
    expect(layoutProblems(cohort, layout, { allocation })).toEqual([]);
    expect(metrics.fullySatisfied).toBeLessThanOrEqual(
      evaluateLayout(cohort, layout).fullySatisfied,
    );
    expect(metrics.fullySatisfied).toBeGreaterThan(190);
    expect(allocation).toHaveLength(200);
  });
});
