import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateLayout } from '../../src/core/baselines/evaluate';
import { greedyBlocking } from '../../src/core/baselines/greedy';
import { loadSvwsInstance } from '../../src/data/benchmarks/svws';
import { fullySatisfiedCount, layoutProblems } from '../helpers/check-layout';

const folder = (name: string) => join(import.meta.dirname, '../../benchmarks/svws', name);

describe('loadSvwsInstance', () => {
  it.each([
    ['blockung001', 137, 44, 69, 14],
    ['blockung002', 150, 23, 86, 12],
  ])('reads %s with the counts of its notes', (name, pupils, courses, groups, blocks) => {
    const { cohort } = loadSvwsInstance(folder(name));
    expect(cohort.pupils).toHaveLength(pupils);
    expect(cohort.choices).toHaveLength(pupils);
    expect(cohort.courses).toHaveLength(courses);
    expect(cohort.courses.reduce((sum, c) => sum + (c.groups ?? 0), 0)).toBe(groups);
    expect(cohort.blocks).toHaveLength(blocks);
    expect(cohort.staff).toEqual([]);
  });

  it('keeps LK and GK of one subject apart and takes choices in file order', () => {
    const { cohort } = loadSvwsInstance(folder('blockung001'));
    const codes = cohort.courses.map((course) => course.code);
    expect(codes).toEqual(expect.arrayContaining(['D-LK', 'D-GK', 'PXSP-PJK']));
    // The first pupil's first rows are SWF GKS, SP GKM, S8 LK2, PL GKM.
    expect(cohort.choices[0]?.choices.slice(0, 4)).toEqual(['SWF-GK', 'SP-GK', 'S8-LK', 'PL-GK']);
    expect(cohort.choices.every((list) => list.reserves.length === 0)).toBe(true);
    expect(cohort.pupils[0]).toMatchObject({ surname: 'Schueler000', gender: 'F' });
  });

  it('makes the nine double groups of blockung001 span two blocks, with its block rules', () => {
    const { cohort } = loadSvwsInstance(folder('blockung001'));
    const doubles = cohort.courses.filter((course) => course.blocksSpanned === 2);
    expect(doubles.map((c) => c.code).sort()).toEqual(
      ['I0-GK', 'S0-GK', 'TRBB-GK', 'TRFU-GK', 'TRLA-GK', 'TRRU-GK', 'TRVB-GK'].sort(),
    );
    expect(doubles.reduce((sum, c) => sum + (c.groups ?? 0), 0)).toBe(9);
    const byCode = new Map(cohort.courses.map((course) => [course.code, course]));
    expect(byCode.get('SP-GK')?.allowedBlocks).toEqual(['12']);
    expect(byCode.get('PXSP-PJK')?.allowedBlocks).toEqual(['13']);
    expect(byCode.get('D-LK')?.allowedBlocks).toContain('1');
    expect(byCode.get('D-GK')?.allowedBlocks).not.toContain('1');
    expect(byCode.get('I0-GK')?.allowedBlocks).toContain('14');
  });

  it('gives blockung002 single-block courses, any block, and the size cap', () => {
    const { cohort } = loadSvwsInstance(folder('blockung002'), { maxGroupSize: 27 });
    expect(cohort.courses.every((c) => c.blocksSpanned === 1)).toBe(true);
    expect(cohort.courses.every((c) => c.allowedBlocks.length === 0)).toBe(true);
    expect(cohort.courses.every((c) => c.maxGroupSize === 27)).toBe(true);
    expect(cohort.courses.find((c) => c.code === 'M-GK')?.groups).toBe(8);
  });

  it.each(['blockung001', 'blockung002'])(
    'reads the reference layout of %s, which satisfies every pupil within its rules',
    (name) => {
      const { cohort, referenceLayout } = loadSvwsInstance(folder(name));
      const groups = cohort.courses.reduce((sum, c) => sum + (c.groups ?? 0), 0);
      expect(referenceLayout).toHaveLength(groups);
      const byCode = new Map(cohort.courses.map((course) => [course.code, course]));
      for (const group of referenceLayout) {
        const course = byCode.get(group.course);
        expect(group.blocks).toHaveLength(course?.blocksSpanned ?? 0);
        const allowed = course?.allowedBlocks ?? [];
        if (allowed.length > 0) expect(allowed).toEqual(expect.arrayContaining(group.blocks));
      }
      const metrics = evaluateLayout(cohort, referenceLayout);
      expect(metrics.fullySatisfied).toBe(cohort.pupils.length);
      expect(metrics.choicesMet).toBe(metrics.choicesRequested);
    },
  );

  it('takes staff from the Kurse when asked', () => {
    const { cohort, referenceLayout } = loadSvwsInstance(folder('blockung001'), {
      withStaff: true,
    });
    const biology = cohort.staff.find((member) => member.code === 'L073');
    expect(biology?.courses).toContain('BI-GK');
    // max_groups counts the blocks a teacher's Kurse take: a double group counts twice.
    const taught = referenceLayout.filter((group) => group.teacher !== null);
    expect(cohort.staff.reduce((sum, member) => sum + (member.maxGroups ?? 0), 0)).toBe(
      taught.reduce((sum, group) => sum + group.blocks.length, 0),
    );
    expect(cohort.staff.find((member) => member.code === 'L034')).toMatchObject({
      courses: ['TRBB-GK'],
      maxGroups: 4,
    });
    expect(referenceLayout.find((group) => group.label === 'BI-GK1')?.teacher).toBe('L073');
    expect(loadSvwsInstance(folder('blockung002'), { withStaff: true }).cohort.staff).toEqual([]);
  });

  it.each(['blockung001', 'blockung002'])(
    'gives the greedy baseline a valid layout and allocation on %s',
    (name) => {
      const { cohort } = loadSvwsInstance(folder(name));
      const result = greedyBlocking(cohort);
      expect(layoutProblems(cohort, result.groups, { allocation: result.allocation })).toEqual([]);
      expect(fullySatisfiedCount(cohort, result.groups, result.allocation)).toBe(
        result.metrics.fullySatisfied,
      );
      expect(result.metrics.fullySatisfied).toBeLessThanOrEqual(cohort.pupils.length);
    },
  );
});
