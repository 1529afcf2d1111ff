import type { Cohort, Course } from '../model';
import type { Solution } from '../solver/types';
import type { Period } from './frame';
import { problem, type CourseTime, type TimetableProblem } from './problems';
import { blocksText, courseText, periodsText } from './words';

interface CourseTimeResult {
  summaries: CourseTime[];
  problems: TimetableProblem[];
}

/**
 * Periods per cycle each course gets against what it needs. With groups placed (a scenario),
 * every group must get the time: a double course's time is the sum over its two blocks. Without,
 * every block a course may sit in must give it (for a double course, its two shortest blocks).
 */
export function courseTimes(
  cohort: Cohort,
  coursePeriods: Readonly<Record<string, number>>,
  placed: ReadonlyMap<string, Period[]>,
  solution: Solution | null,
): CourseTimeResult {
  const periodsOf = (blocks: readonly string[]) =>
    blocks.reduce((sum, block) => sum + (placed.get(block)?.length ?? 0), 0);
  const summaries: CourseTime[] = [];
  const problems: TimetableProblem[] = [];
  for (const course of cohort.courses) {
    const needed = Object.hasOwn(coursePeriods, course.code)
      ? (coursePeriods[course.code] ?? null)
      : null;
    const sittings = solution
      ? groupSittings(course, solution)
      : candidateSittings(course, cohort.blocks, placed);
    const shortest = sittings
      .map((sitting) => ({ ...sitting, periods: periodsOf(sitting.blocks) }))
      .sort((a, b) => a.periods - b.periods);
    const least = shortest[0];
    summaries.push({
      code: course.code,
      name: course.name,
      blocksSpanned: course.blocksSpanned,
      needed,
      given: least?.periods ?? null,
      givenBy: least ? least.words : null,
    });
    if (needed === null) continue;
    for (const sitting of shortest.filter((entry) => entry.periods < needed)) {
      problems.push(shortOfTime(course, needed, sitting, Boolean(solution)));
    }
  }
  return { summaries, problems };
}

interface Sitting {
  blocks: string[];
  /** "group Fr2 in block C" or "block C". */
  words: string;
  group: string | null;
}

function groupSittings(course: Course, solution: Solution): Sitting[] {
  return solution.groups
    .filter((group) => group.course === course.code && group.blocks.length > 0)
    .map((group) => ({
      blocks: [...group.blocks],
      words: `group ${group.label} in ${blocksText(group.blocks)}`,
      group: group.label,
    }));
}

/** Blocks the course may sit in that have periods; a double course's two shortest together. */
function candidateSittings(
  course: Course,
  blocks: readonly string[],
  placed: ReadonlyMap<string, Period[]>,
): Sitting[] {
  const allowed = course.allowedBlocks.length > 0 ? course.allowedBlocks : blocks;
  const candidates = allowed
    .filter((block) => (placed.get(block)?.length ?? 0) > 0)
    .sort((a, b) => (placed.get(a)?.length ?? 0) - (placed.get(b)?.length ?? 0));
  if (course.blocksSpanned === 1) {
    return candidates.map((block) => ({ blocks: [block], words: `block ${block}`, group: null }));
  }
  if (candidates.length < 2) return [];
  const pair = candidates.slice(0, 2).sort();
  return [{ blocks: pair, words: blocksText(pair), group: null }];
}

function shortOfTime(
  course: Course,
  needed: number,
  sitting: Sitting & { periods: number },
  groupsPlaced: boolean,
): TimetableProblem {
  const name = courseText(course);
  const need = `${name} needs ${periodsText(needed)} per cycle`;
  const gives =
    sitting.blocks.length > 1 ? `together give ${sitting.periods}` : `gives ${sitting.periods}`;
  const message = groupsPlaced
    ? `${need}, but ${sitting.words} gets ${periodsText(sitting.periods)}.`
    : `${need}, but ${sitting.words}, where it may run, ${gives}.`;
  const action = groupsPlaced
    ? `Give ${blocksText(sitting.blocks)} ${periodsText(needed - sitting.periods)} more, or lower the time ${course.name} needs.`
    : `Give ${blocksText(sitting.blocks)} ${periodsText(needed - sitting.periods)} more, keep ${course.name} out of ${sitting.blocks.length > 1 ? 'them' : 'it'}, or lower the time it needs.`;
  return problem('not-enough-time', message, action, {
    blocks: sitting.blocks,
    courses: [course.code],
  });
}
