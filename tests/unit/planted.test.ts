import { describe, expect, it } from 'vitest';
import { courseDemand } from '../../src/core/demand';
import { plantedInstance } from '../../src/core/planted';
import { fullySatisfiedCount, layoutProblems } from '../helpers/check-layout';

const SIZES = [
  { pupils: 60, blocks: 3, courses: 8, seed: 'small' },
  { pupils: 180, blocks: 4, courses: 16, seed: 2 },
  { pupils: 300, blocks: 5, courses: 24, seed: 3 },
  { pupils: 240, blocks: 6, courses: 34, seed: 'extra courses', choicesPerPupil: 5 },
  { pupils: 200, blocks: 5, courses: 20, seed: 'tight', seatSlack: 0 },
];

describe('plantedInstance', () => {
  it.each(SIZES)(
    'plants a layout that seats every pupil within sizes and staffing ($pupils pupils, $blocks blocks)',
    (options) => {
      const { cohort, layout, allocation } = plantedInstance(options);
      expect(cohort.pupils).toHaveLength(options.pupils);
      expect(cohort.courses).toHaveLength(options.courses);
      expect(cohort.blocks).toHaveLength(options.blocks);
      expect(layoutProblems(cohort, layout, { staff: true, allocation })).toEqual([]);
      expect(layout.every((group) => group.teacher !== null)).toBe(true);
      expect(fullySatisfiedCount(cohort, layout, allocation)).toBe(options.pupils);
      // Nearly everyone makes the full number of choices or fills every block (a double course
      // takes two); nobody makes none.
      const perPupil = options.choicesPerPupil ?? Math.min(4, options.blocks);
      const span = new Map(cohort.courses.map((course) => [course.code, course.blocksSpanned]));
      const full = cohort.choices.filter(
        (list) =>
          list.choices.length === perPupil ||
          list.choices.reduce((sum, code) => sum + (span.get(code) ?? 1), 0) === options.blocks,
      ).length;
      expect(full).toBeGreaterThan(options.pupils * 0.9);
      expect(cohort.choices.every((list) => list.choices.length > 0)).toBe(true);
    },
  );

  it('includes a double course and a course restricted to one block, both chosen', () => {
    const { cohort } = plantedInstance({ pupils: 200, blocks: 5, courses: 12, seed: 9 });
    const demand = new Map(courseDemand(cohort).map((d) => [d.code, d.total]));
    const double = cohort.courses.find((course) => course.blocksSpanned === 2);
    const restricted = cohort.courses.find((course) => course.allowedBlocks.length === 1);
    expect(demand.get(double?.code ?? '')).toBeGreaterThan(0);
    expect(restricted?.allowedBlocks).toEqual(['E']);
    expect(demand.get(restricted?.code ?? '')).toBeGreaterThan(0);
  });

  it('gives skewed demand, correlated choices and one or two reserves that are not choices', () => {
    const { cohort } = plantedInstance({ pupils: 400, blocks: 5, courses: 20, seed: 4 });
    const totals = courseDemand(cohort)
      .map((d) => d.total)
      .sort((a, b) => b - a);
    expect(totals[0] ?? 0).toBeGreaterThan(3 * (totals[totals.length - 1] ?? 0));
    for (const list of cohort.choices) {
      expect(list.reserves.length).toBeGreaterThanOrEqual(1);
      expect(list.reserves.length).toBeLessThanOrEqual(2);
      expect(list.reserves.some((code) => list.choices.includes(code))).toBe(false);
      expect(new Set(list.choices).size).toBe(list.choices.length);
    }
    // Pupils who take Triple Science take a language far more often than the others.
    const rate = (lists: typeof cohort.choices) =>
      lists.filter((l) => l.choices.some((c) => ['Fr', 'Sp', 'Ge', 'La'].includes(c))).length /
      lists.length;
    const triple = cohort.choices.filter((list) => list.choices.includes('TSc'));
    const others = cohort.choices.filter((list) => !list.choices.includes('TSc'));
    expect(triple.length).toBeGreaterThan(20);
    expect(rate(triple)).toBeGreaterThan(1.3 * rate(others));
  });

  it('fixes each course to the planted number of groups and keeps teachers within their load', () => {
    const { cohort, layout } = plantedInstance({ pupils: 150, blocks: 4, courses: 14, seed: 5 });
    for (const course of cohort.courses) {
      expect(course.groups).toBe(layout.filter((group) => group.course === course.code).length);
    }
    // Loads hold even when max_groups is read as blocks taught (a double group counting twice).
    for (const member of cohort.staff) {
      const blocksTaught = layout
        .filter((group) => group.teacher === member.code)
        .reduce((sum, group) => sum + group.blocks.length, 0);
      expect(blocksTaught).toBeLessThanOrEqual(member.maxGroups ?? cohort.blocks.length);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { pupils: 90, blocks: ['X', 'Y', 'Z', 'W'], courses: 10, seed: 11 };
    expect(plantedInstance(options)).toEqual(plantedInstance(options));
    const other = plantedInstance({ ...options, seed: 12 });
    expect(other.cohort.choices).not.toEqual(plantedInstance(options).cohort.choices);
    expect(plantedInstance(options).cohort.blocks).toEqual(['X', 'Y', 'Z', 'W']);
  });

  it('rejects impossible sizes', () => {
    expect(() => plantedInstance({ pupils: -1, blocks: 4, courses: 5, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() => plantedInstance({ pupils: 10, blocks: 4, courses: 0, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      plantedInstance({ pupils: 10, blocks: 3, courses: 5, seed: 1, choicesPerPupil: 4 }),
    ).toThrow(RangeError);
    expect(() => plantedInstance({ pupils: 10, blocks: ['A', 'a'], courses: 5, seed: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      plantedInstance({ pupils: 10, blocks: 4, courses: 5, seed: 1, seatSlack: -0.1 }),
    ).toThrow(RangeError);
  });
});

describe('the independent layout check', () => {
  const planted = () => plantedInstance({ pupils: 80, blocks: 4, courses: 10, seed: 6 });

  it('catches a teacher with two groups in one block', () => {
    const { cohort, layout } = planted();
    const single = layout.filter((g) => g.blocks.length === 1 && g.teacher !== null);
    const busy = single.find((g) => single.some((h) => h !== g && h.teacher === g.teacher));
    const other = single.find((h) => h !== busy && h.teacher === busy?.teacher);
    expect(other).toBeDefined();
    expect(layoutProblems(cohort, layout, { staff: true })).toEqual([]);
    const moved = layout.map((g) => (g === other ? { ...g, blocks: busy?.blocks ?? [] } : g));
    expect(layoutProblems(cohort, moved, { staff: true })).toContainEqual(
      expect.stringContaining('two groups in block'),
    );
  });

  it('catches an overfull group and a pupil in two groups of one block', () => {
    const { cohort, layout, allocation } = planted();
    const first = allocation[0];
    const label = first?.groups[0] ?? '';
    const crowd = allocation.map((entry) => ({ ...entry, groups: [label] }));
    expect(layoutProblems(cohort, layout, { allocation: crowd }).join('\n')).toContain(
      'pupils, over',
    );
    const [a = '', b = ''] = first?.groups ?? [];
    const clash = layout.map((g) =>
      g.label === b ? { ...g, blocks: layout.find((h) => h.label === a)?.blocks ?? [] } : g,
    );
    expect(layoutProblems(cohort, clash, { allocation }).join('\n')).toContain(
      'two groups in block',
    );
  });
});
