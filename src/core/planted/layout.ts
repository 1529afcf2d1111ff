import { allowedIndices, blockMask, blockSets, groupLabel } from '../layout';
import type { Random } from '../random';
import type { PlantedCourse } from './courses';

/** A group of the planted layout; blocks are indices into the plan's blocks. */
export interface PlantedGroup {
  course: number;
  label: string;
  blocks: number[];
  mask: number;
}

/**
 * Enough groups for each course's expected demand plus a share of slack (so that pupils choose
 * freely before courses fill); at least one.
 */
export function plantedGroupCounts(
  courses: readonly PlantedCourse[],
  demand: readonly number[],
  slack: number,
): number[] {
  return courses.map((planted, i) =>
    Math.max(1, Math.ceil(((demand[i] ?? 0) * (1 + slack)) / planted.course.maxGroupSize)),
  );
}

/**
 * Places the groups: the hardest courses first (double, then restricted, then the biggest),
 * each group where its course has fewest groups yet and then where fewest seats are, so that
 * parallel groups spread across blocks and every block has room.
 */
export function plantLayout(
  random: Random,
  courses: readonly PlantedCourse[],
  counts: readonly number[],
  blocks: readonly string[],
): PlantedGroup[] {
  const seats = new Array<number>(blocks.length).fill(0);
  const order = courses
    .map((_, i) => i)
    .sort((a, b) => hardness(courses, counts, b) - hardness(courses, counts, a));
  const groups: PlantedGroup[] = [];
  for (const c of order) {
    const { course } = courses[c] as PlantedCourse;
    const here = new Array<number>(blocks.length).fill(0);
    const candidates = blockSets(
      allowedIndices(course.allowedBlocks, blocks),
      course.blocksSpanned,
    );
    for (let g = 0; g < (counts[c] ?? 0); g += 1) {
      const cost = (set: readonly number[]) =>
        set.reduce((sum, b) => sum + (here[b] ?? 0) * 1e6 + (seats[b] ?? 0), 0) + random.next();
      const costs = candidates.map(cost);
      const best = candidates[costs.indexOf(Math.min(...costs))] as number[];
      for (const b of best) {
        here[b] = (here[b] ?? 0) + 1;
        seats[b] = (seats[b] ?? 0) + course.maxGroupSize;
      }
      groups.push({
        course: c,
        label: groupLabel(course.code, g),
        blocks: best,
        mask: blockMask(best),
      });
    }
  }
  return groups;
}

function hardness(courses: readonly PlantedCourse[], counts: readonly number[], i: number): number {
  const course = courses[i]?.course;
  if (!course) return 0;
  return (
    course.blocksSpanned * 1e6 + (course.allowedBlocks.length > 0 ? 1e3 : 0) + (counts[i] ?? 0)
  );
}
