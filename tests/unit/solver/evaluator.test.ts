import { describe, expect, it } from 'vitest';
import { computeMetrics, createEvaluator, solve, SolverInputError } from '../../../src/core/solver';
import { expectValidSolution } from './check';
import { plantedCohort } from './planted';

describe('the interactive evaluator', () => {
  const { cohort, layout } = plantedCohort(4, 100);
  const solved = solve(cohort, { seed: 1, startFrom: layout, maxIterations: 500 });

  it('starts from a solution with the same figures as the solver gave', () => {
    const evaluator = createEvaluator(cohort, solved.solution);
    expect(evaluator.metrics()).toEqual(solved.metrics);
    expect(evaluator.metrics().fullySatisfied).toBe(100);
  });

  it('updates the figures when a group moves, and restores them when it moves back', () => {
    const evaluator = createEvaluator(cohort, solved.solution);
    // Try moves until one costs pupils their choices; each move is measured on its own.
    for (const group of solved.solution.groups) {
      for (const elsewhere of cohort.blocks.filter((block) => !group.blocks.includes(block))) {
        const moved = evaluator.moveGroup(group.label, [elsewhere]);
        expect(moved).toEqual(computeMetrics(cohort, evaluator.solution()));
        const placed = evaluator.solution().groups.find((g) => g.label === group.label);
        expect(placed?.blocks).toEqual([elsewhere]);
        if (moved.fullySatisfied < 100) {
          const [first] = evaluator.unresolved();
          expect(first).toBeDefined();
          // Moving the group back is one of the fixes offered, and it wins every pupil back.
          const fixes = evaluator.suggestGroupMoves(first?.upn ?? '');
          expect(fixes).toContainEqual({
            group: group.label,
            blocks: group.blocks,
            fullySatisfiedChange: 100 - moved.fullySatisfied,
          });
          expect(computeMetrics(cohort, evaluator.solution())).toEqual(moved);
          expectValidSolution(cohort, evaluator.solution());
          expect(evaluator.moveGroup(group.label, group.blocks).fullySatisfied).toBe(100);
          return;
        }
        evaluator.moveGroup(group.label, group.blocks);
      }
    }
    throw new Error('no move of one group cost any pupil a choice');
  });

  it('keeps a pupil where they are dragged', () => {
    const evaluator = createEvaluator(cohort, solved.solution);
    const placement = solved.solution.placements.find((p) => {
      const blocks = solved.solution.groups.find((g) => g.label === p.group)?.blocks;
      return solved.solution.groups.some(
        (g) => g.course === p.course && g.label !== p.group && g.blocks.join() !== blocks?.join(),
      );
    });
    if (!placement) throw new Error('no course with groups in two blocks');
    const target = solved.solution.groups.find(
      (g) => g.course === placement.course && g.label !== placement.group,
    );
    if (!target) throw new Error('no other group');
    const metrics = evaluator.movePupil(placement.upn, placement.course, target.label);
    const lock = { upn: placement.upn, course: placement.course, group: target.label };
    const now = evaluator
      .solution()
      .placements.find((p) => p.upn === lock.upn && p.course === lock.course);
    expect(now?.group).toBe(target.label);
    expect(metrics).toEqual(computeMetrics(cohort, evaluator.solution()));
    // The pupil's other courses are re-seated around the lock when that is possible.
    const blocks = evaluator
      .solution()
      .placements.filter((p) => p.upn === lock.upn)
      .flatMap((p) => evaluator.solution().groups.find((g) => g.label === p.group)?.blocks ?? []);
    expect(new Set(blocks).size).toBe(blocks.length);
  });

  it('refuses a move that breaks the course rules', () => {
    const evaluator = createEvaluator(cohort, solved.solution);
    expect(() => evaluator.moveGroup('K01', ['A', 'B'])).toThrow(SolverInputError);
    expect(() => evaluator.moveGroup('Nope1', ['A'])).toThrow(/no group Nope1/);
  });
});
