import type { Cohort } from '../model';
import {
  distinctPeriods,
  isInCycle,
  listInWords,
  periodKey,
  periodLabel,
  type Period,
  type TimetableFrame,
} from './frame';
import { problem, type TimetableProblem } from './problems';
import { blocksText } from './words';

/** The in-cycle periods of each of the plan's blocks (blocks the plan lacks are left out). */
export function placedPeriods(cohort: Cohort, frame: TimetableFrame): Map<string, Period[]> {
  return new Map(
    cohort.blocks.map((block) => [
      block,
      distinctPeriods(frame.blockPeriods[block] ?? []).filter((p) => isInCycle(frame, p)),
    ]),
  );
}

/** Periods holding two or more blocks, one problem per period. */
export function clashProblems(
  frame: TimetableFrame,
  placed: ReadonlyMap<string, Period[]>,
): TimetableProblem[] {
  const byPeriod = new Map<string, { period: Period; blocks: string[] }>();
  for (const [block, periods] of placed) {
    for (const period of periods) {
      const entry = byPeriod.get(periodKey(period)) ?? { period, blocks: [] };
      entry.blocks.push(block);
      byPeriod.set(periodKey(period), entry);
    }
  }
  return [...byPeriod.values()]
    .filter((entry) => entry.blocks.length > 1)
    .sort((a, b) => comparePeriods(a.period, b.period))
    .map(({ period, blocks }) =>
      problem(
        'period-clash',
        `${capitalised(blocksText(blocks))} are ${blocks.length === 2 ? 'both' : 'all'} placed in ${periodLabel(frame, period)}.`,
        `Keep one block in ${periodLabel(frame, period)} and move the others to free periods.`,
        { blocks, periods: [period] },
      ),
    );
}

/** Placed, away and partner periods the cycle does not have (after it was made shorter). */
export function outsideCycleProblems(cohort: Cohort, frame: TimetableFrame): TimetableProblem[] {
  const problems: TimetableProblem[] = [];
  const shape = `${frame.weeks === 2 ? 'two weeks' : 'one week'} of ${frame.days.length} days with ${frame.periodsPerDay} periods each`;
  for (const block of cohort.blocks) {
    const outside = distinctPeriods(frame.blockPeriods[block] ?? []).filter(
      (period) => !isInCycle(frame, period),
    );
    if (outside.length === 0) continue;
    problems.push(
      problem(
        'outside-cycle',
        `Block ${block} is placed in ${listInWords(outside.map((p) => periodLabel(frame, p)))}, outside the cycle (${shape}).`,
        `Clear block ${block} from those periods, or make the cycle long enough to hold them.`,
        { blocks: [block], periods: outside },
      ),
    );
  }
  return problems;
}

export function unplacedBlockProblems(placed: ReadonlyMap<string, Period[]>): TimetableProblem[] {
  return [...placed]
    .filter(([, periods]) => periods.length === 0)
    .map(([block]) =>
      problem(
        'block-unplaced',
        `Block ${block} has no periods in the cycle.`,
        `Drag block ${block} onto the periods it meets in.`,
        { blocks: [block] },
      ),
    );
}

/** Codes the frame names that the plan lacks: reported, then left out of every other check. */
export function unknownCodeProblems(cohort: Cohort, frame: TimetableFrame): TimetableProblem[] {
  const blocks = new Set(cohort.blocks);
  const courses = new Set(cohort.courses.map((course) => course.code));
  const staff = new Set(cohort.staff.map((member) => member.code));
  const problems: TimetableProblem[] = [];
  for (const block of Object.keys(frame.blockPeriods)) {
    if (blocks.has(block) || frame.blockPeriods[block]?.length === 0) continue;
    problems.push(
      problem(
        'unknown-code',
        `The frame places block ${block}, which this plan does not have.`,
        `Block ${block} is not shown on the grid; saving the frame removes it.`,
        { blocks: [block], periods: frame.blockPeriods[block] },
      ),
    );
  }
  const unknownCourses = [
    ...new Set([...Object.keys(frame.coursePeriods), ...Object.keys(frame.partnerDays)]),
  ].filter((code) => !courses.has(code));
  for (const code of unknownCourses) {
    problems.push(
      problem(
        'unknown-code',
        `The frame sets time or partner days for course ${code}, which this plan does not have.`,
        `Nothing is checked for ${code}; saving the frame removes it.`,
        { courses: [code] },
      ),
    );
  }
  for (const code of Object.keys(frame.staffAway).filter((code) => !staff.has(code))) {
    problems.push(
      problem(
        'unknown-code',
        `The frame marks teacher ${code} as part-time, but this plan has no such teacher.`,
        `Nothing is checked for ${code}; saving the frame removes it.`,
        { staff: [code] },
      ),
    );
  }
  return problems;
}

export function comparePeriods(a: Period, b: Period): number {
  return a.week - b.week || a.day - b.day || a.period - b.period;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
