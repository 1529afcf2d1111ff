import type { Cohort } from '../model';
import type { Solution } from '../solver/types';
import { courseTimes } from './course-time';
import {
  clashProblems,
  outsideCycleProblems,
  placedPeriods,
  unknownCodeProblems,
  unplacedBlockProblems,
} from './cycle-checks';
import type { TimetableFrame } from './frame';
import type { TimetableCheck } from './problems';
import { partnerDayProblems, teacherAwayProblems } from './staff-and-partners';

/**
 * Checks the frame against the plan: blocks sharing a period, periods outside the cycle,
 * courses short of time, part-time teachers away when their groups meet, partner courses off
 * the partner's days and blocks not placed. Teachers are only known from a scenario's groups
 * (`solution`); without one, courses are checked against the blocks they may sit in.
 */
export function checkTimetable(
  cohort: Cohort,
  frame: TimetableFrame,
  solution: Solution | null,
): TimetableCheck {
  const placed = placedPeriods(cohort, frame);
  const time = courseTimes(cohort, frame.coursePeriods, placed, solution);
  return {
    problems: [
      ...clashProblems(frame, placed),
      ...outsideCycleProblems(cohort, frame),
      ...time.problems,
      ...(solution ? teacherAwayProblems(cohort, frame, placed, solution) : []),
      ...partnerDayProblems(cohort, frame, placed, solution),
      ...unplacedBlockProblems(placed),
      ...unknownCodeProblems(cohort, frame),
    ],
    blocks: [...placed].map(([block, periods]) => ({ block, periods: periods.length })),
    courses: time.summaries,
  };
}
