import { blockIndexer, blockMask, type PlacedGroup, type PupilAllocation } from '../layout';
import type { Cohort } from '../model';
import type { LayoutEvaluation } from './evaluate';
import { bestFit } from './pupil-fit';

export interface Allocation {
  allocation: PupilAllocation[];
  metrics: LayoutEvaluation;
}

/**
 * Seats pupils in a fixed layout within group sizes, greedily: pupils with the fewest groups
 * to choose from go first, and each takes the fit that meets most of their choices, preferring
 * the emptiest groups. Not optimal (that is a small integer program), but every allocation it
 * returns is valid, so its counts are a lower bound for the layout.
 */
export function allocatePupils(
  cohort: Pick<Cohort, 'blocks' | 'courses' | 'choices'>,
  groups: readonly PlacedGroup[],
): Allocation {
  const indexOf = blockIndexer(cohort.blocks);
  const sizeOf = new Map(cohort.courses.map((course) => [course.code, course.maxGroupSize]));
  const seats = groups.map((group) => sizeOf.get(group.course) ?? 0);
  const masks = groups.map((group) => blockMask(group.blocks.map(indexOf)));
  const groupsOf = new Map<string, number[]>();
  groups.forEach((group, g) =>
    groupsOf.set(group.course, [...(groupsOf.get(group.course) ?? []), g]),
  );

  const reach = (p: number) =>
    (cohort.choices[p]?.choices ?? []).reduce(
      (sum, code) => sum + (groupsOf.get(code)?.length ?? 0),
      0,
    );
  const order = cohort.choices.map((_, p) => p).sort((a, b) => reach(a) - reach(b) || a - b);

  const allocation: PupilAllocation[] = [];
  const metrics: LayoutEvaluation = {
    pupils: cohort.choices.length,
    fullySatisfied: 0,
    choicesRequested: 0,
    choicesMet: 0,
    unmet: [],
  };
  for (const p of order) {
    const list = cohort.choices[p];
    if (!list) continue;
    const open = list.choices.map((code) =>
      (groupsOf.get(code) ?? [])
        .filter((g) => (seats[g] ?? 0) > 0)
        .sort((a, b) => (seats[b] ?? 0) - (seats[a] ?? 0)),
    );
    const fit = bestFit(open.map((options) => options.map((g) => masks[g] ?? 0)));
    const taken: number[] = [];
    const missing: string[] = [];
    fit.picks.forEach((pick, i) => {
      const g = pick === null ? undefined : open[i]?.[pick];
      if (g === undefined) missing.push(list.choices[i] ?? '');
      else taken.push(g);
    });
    for (const g of taken) seats[g] = (seats[g] ?? 0) - 1;
    allocation[p] = { upn: list.upn, groups: taken.map((g) => groups[g]?.label ?? '') };
    metrics.choicesRequested += list.choices.length;
    metrics.choicesMet += taken.length;
    if (missing.length === 0) metrics.fullySatisfied += 1;
    else metrics.unmet.push({ upn: list.upn, courses: missing });
  }
  metrics.unmet.sort((a, b) => a.upn.localeCompare(b.upn));
  return { allocation, metrics };
}
