import type { Cohort, Pupil } from '../model';
import { pupilDisplayName } from '../model';
import { satisfiedPupils } from '../counselling/layout';
import { createEvaluator, SolverInputError, type Evaluator, type Solution } from '../solver';
import { compareText } from './order';
import { checkGroupDrop } from './group-drop-check';
import { checkPupilMove } from './pupil-move-check';
import type { BoardConstraints, DropPreview, PupilRef } from './types';

/**
 * What moving a group to `targetBlocks` would do: the figures before and after, and who gains
 * or loses a full timetable. Measured on a fresh evaluator, so neither input changes; a move
 * that breaks a hard rule is refused with the reasons `checkGroupDrop` gives.
 */
export function previewGroupDrop(
  cohort: Cohort,
  solution: Solution,
  groupLabel: string,
  targetBlocks: readonly string[],
  constraints: BoardConstraints = {},
): DropPreview {
  const check = checkGroupDrop(cohort, solution, groupLabel, targetBlocks, constraints);
  if (!check.allowed) return { allowed: false, reasons: check.reasons };
  return measure(cohort, solution, constraints, (evaluator) =>
    evaluator.moveGroup(groupLabel, [...new Set(targetBlocks)]),
  );
}

/** The same for one pupil dragged into another group of a course (or a course added). */
export function previewPupilMove(
  cohort: Cohort,
  solution: Solution,
  upn: string,
  courseCode: string,
  toGroup: string,
  constraints: BoardConstraints = {},
): DropPreview {
  const check = checkPupilMove(cohort, solution, upn, courseCode, toGroup);
  if (!check.allowed) return { allowed: false, reasons: check.reasons };
  return measure(cohort, solution, constraints, (evaluator) =>
    evaluator.movePupil(upn, courseCode, toGroup),
  );
}

/**
 * "Before" is the evaluator's own seating of the layout, not the stored placements, so that the
 * pupils who gain or lose do so because of the move and not because the seating was redone.
 */
function measure(
  cohort: Cohort,
  solution: Solution,
  constraints: BoardConstraints,
  move: (evaluator: Evaluator) => void,
): DropPreview {
  try {
    const evaluator = createEvaluator(cohort, solution, constraints);
    const before = evaluator.metrics();
    const satisfiedBefore = satisfiedPupils(cohort, evaluator.solution());
    move(evaluator);
    const after = evaluator.metrics();
    const satisfiedAfter = satisfiedPupils(cohort, evaluator.solution());
    const pupils = new Map(cohort.pupils.map((pupil) => [pupil.upn, pupil]));
    const refs = (upns: readonly string[]): PupilRef[] => pupilRefs(upns, pupils);
    return {
      allowed: true,
      before,
      after,
      gains: refs([...satisfiedAfter].filter((upn) => !satisfiedBefore.has(upn))),
      losses: refs([...satisfiedBefore].filter((upn) => !satisfiedAfter.has(upn))),
    };
  } catch (error) {
    // The plan itself cannot be evaluated (say, a course was deleted): say why, change nothing.
    if (error instanceof SolverInputError) return { allowed: false, reasons: [...error.problems] };
    throw error;
  }
}

/** Sorted by surname then forename; a pupil missing from the list is named by UPN. */
export function pupilRefs(upns: readonly string[], pupils: ReadonlyMap<string, Pupil>): PupilRef[] {
  return upns
    .map((upn) => {
      const pupil = pupils.get(upn);
      const name = pupil ? pupilDisplayName(pupil) : upn;
      const key = pupil ? `${pupil.surname} ${pupil.forename}` : upn;
      return { ref: { upn, name }, key };
    })
    .sort((a, b) => compareText(a.key, b.key) || compareText(a.ref.upn, b.ref.upn))
    .map(({ ref }) => ref);
}
