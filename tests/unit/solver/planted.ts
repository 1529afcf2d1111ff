import type { Cohort } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';
import type { Solution } from '../../../src/core/solver';
import { makeCohort, type CourseSpec } from './cohorts';

/**
 * A cohort built backwards from a layout: groups are placed first, then each pupil picks groups
 * in distinct blocks with a free seat, so that one layout gives every pupil every choice.
 */
export function plantedCohort(
  seed: number,
  pupilCount: number,
): { cohort: Cohort; layout: Solution } {
  const random = createRandom(`planted/${seed}`);
  const blocks = ['A', 'B', 'C', 'D', 'E'];
  const max = 25;
  const specs: CourseSpec[] = Array.from({ length: 12 }, (_, i) => ({
    code: `K${i}`,
    name: `Course ${i}`,
    max,
    groups: 2,
  }));
  const groups = specs.flatMap((spec) =>
    random
      .shuffle(blocks)
      .slice(0, 2)
      .map((block, i) => ({ label: `${spec.code}${i + 1}`, course: spec.code, block, size: 0 })),
  );
  const pupils: [string[]][] = [];
  while (pupils.length < pupilCount) {
    const chosen: typeof groups = [];
    for (const block of random.shuffle(blocks).slice(0, 4)) {
      const open = groups.filter(
        (g) => g.block === block && g.size < max && !chosen.some((c) => c.course === g.course),
      );
      if (open.length > 0) chosen.push(random.pick(open));
    }
    if (chosen.length < 3) continue;
    for (const g of chosen) g.size += 1;
    pupils.push([chosen.map((g) => g.course)]);
  }
  const cohort = makeCohort({ blocks, courses: specs, pupils });
  const layout: Solution = {
    groups: groups.map((g) => ({
      label: g.label,
      course: g.course,
      blocks: [g.block],
      teacher: null,
    })),
    placements: [],
  };
  return { cohort, layout };
}
