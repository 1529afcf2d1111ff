import type { ChoiceList, Cohort, Course } from '../model';
import { createEvaluator, type Solution } from '../solver';
import { satisfiedPupils, type Layout } from './layout';
import { bitNames } from './text';
import { findTimetable } from './timetable';
import type { CounselOptions, GroupMoveSummary } from './types';

/** Each measured move re-seats the cohort; this bounds the work for a large, crowded one. */
const DEFAULT_MOVES_MEASURED = 100;

/** Every mask of the course's span within its allowed blocks. */
function placementsOf(course: Course, blocks: readonly string[]): number[] {
  const allowed = blocks
    .map((block, i) =>
      course.allowedBlocks.length === 0 || course.allowedBlocks.includes(block) ? i : -1,
    )
    .filter((i) => i >= 0);
  if (course.blocksSpanned === 1) return allowed.map((i) => 1 << i);
  return allowed.flatMap((i, at) => allowed.slice(at + 1).map((j) => (1 << i) | (1 << j)));
}

interface Candidate {
  group: string;
  mask: number;
  /** Unresolved pupils who could sit in free seats after the move, and who could group sizes aside. */
  seated: number;
  fitting: number;
}

/**
 * Single-group moves worth measuring: those after which at least one unresolved pupil's choices
 * could sit in distinct blocks (group sizes aside), since no other move can help. The most
 * promising come first: measuring a move re-seats the whole cohort.
 */
function candidateMoves(
  layout: Layout,
  pupils: readonly ChoiceList[],
  options: CounselOptions,
): Candidate[] {
  const fixed = new Set([
    ...Object.keys(options.pins ?? {}),
    ...(options.rules ?? []).filter((rule) => rule.kind === 'together').flatMap((r) => r.groups),
  ]);
  const placements = new Map<string, number[]>();
  const candidates = new Map<string, Candidate>();
  for (const list of pupils) {
    const tried = new Set<string>();
    for (const code of list.choices) {
      const course = layout.courses.get(code);
      if (!course) continue;
      let masks = placements.get(code);
      if (!masks) {
        masks = placementsOf(course, layout.cohort.blocks);
        placements.set(code, masks);
      }
      for (const group of layout.byCourse.get(code) ?? []) {
        if (fixed.has(group.label)) continue;
        for (const mask of masks) {
          const key = `${group.label}/${mask}`;
          if (mask === group.mask || tried.has(key)) continue;
          tried.add(key);
          const moved = { group: group.label, mask };
          const rules = { upn: list.upn, moved };
          if (!findTimetable(layout, list.choices, { ...rules, seats: false })) continue;
          const seated = findTimetable(layout, list.choices, { ...rules, seats: true }) ? 1 : 0;
          const known = candidates.get(key);
          if (known) {
            known.seated += seated;
            known.fitting += 1;
          } else {
            candidates.set(key, { group: group.label, mask, seated, fitting: 1 });
          }
        }
      }
    }
  }
  return [...candidates.values()].sort((a, b) => b.seated - a.seated || b.fitting - a.fitting);
}

/**
 * Measures each candidate move through the evaluator, which re-seats the whole cohort around the
 * moved group: who gains a full timetable and who loses one. Moves that leave a group without a
 * teacher or put two groups kept apart into the same block are left out.
 */
export function measureGroupMoves(
  cohort: Cohort,
  solution: Solution,
  layout: Layout,
  pupils: readonly ChoiceList[],
  options: CounselOptions,
): { outcomes: GroupMoveSummary[]; measured: number; skipped: number } {
  const all = candidateMoves(layout, pupils, options);
  const candidates = all.slice(0, options.maxMovesMeasured ?? DEFAULT_MOVES_MEASURED);
  const skipped = all.length - candidates.length;
  if (candidates.length === 0) return { outcomes: [], measured: 0, skipped };
  const evaluator = createEvaluator(cohort, solution, {
    pins: options.pins,
    rules: options.rules,
    lockedPlacements: options.lockedPlacements,
  });
  const before = satisfiedPupils(cohort, evaluator.solution());
  const unstaffed = evaluator.metrics().unstaffedGroups;
  const apart = (options.rules ?? []).filter((rule) => rule.kind === 'apart');
  const outcomes: GroupMoveSummary[] = [];
  // Grouped by group, so that each group moves back only once.
  const byGroup = new Map<string, number[]>();
  for (const { group, mask } of candidates)
    byGroup.set(group, [...(byGroup.get(group) ?? []), mask]);
  for (const [label, masks] of byGroup) {
    const group = layout.groups.get(label);
    if (!group) continue;
    for (const mask of masks) {
      const to = bitNames(mask, cohort.blocks);
      if (evaluator.moveGroup(label, to).unstaffedGroups > unstaffed) continue;
      const clashes = apart.some((rule) => {
        const other = rule.groups[0] === label ? rule.groups[1] : rule.groups[0];
        return rule.groups.includes(label) && ((layout.groups.get(other)?.mask ?? 0) & mask) !== 0;
      });
      if (clashes) continue;
      const after = satisfiedPupils(cohort, evaluator.solution());
      const gains = [...after].filter((upn) => !before.has(upn));
      const losses = [...before].filter((upn) => !after.has(upn));
      if (gains.length === 0) continue;
      outcomes.push({
        group: label,
        from: group.blocks,
        to,
        gains,
        losses,
        net: gains.length - losses.length,
      });
    }
    evaluator.moveGroup(label, group.blocks);
  }
  return { outcomes, measured: candidates.length, skipped };
}
