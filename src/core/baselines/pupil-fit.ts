/**
 * The most choices one pupil can take in distinct blocks, found exactly by backtracking.
 * options[i] lists the block masks of the groups that course i of the pupil runs (a double
 * group has two bits); an empty list means the course has no group yet.
 */
export interface PupilFit {
  met: number;
  /** For each course, the index into its options taken, or null when it is not met. */
  picks: (number | null)[];
}

export function bestFit(options: readonly (readonly number[])[]): PupilFit {
  // Courses with the fewest groups first: they constrain the rest most.
  const order = options.map((_, i) => i).sort((a, b) => optionCount(a) - optionCount(b));
  function optionCount(i: number): number {
    return options[i]?.length ?? 0;
  }
  const current: (number | null)[] = options.map(() => null);
  let best: PupilFit = { met: 0, picks: [...current] };

  const search = (position: number, used: number, met: number): boolean => {
    if (met > best.met) best = { met, picks: [...current] };
    if (best.met === options.length) return true;
    if (position === order.length || met + order.length - position <= best.met) return false;
    const course = order[position] as number;
    const masks = options[course] ?? [];
    for (let pick = 0; pick < masks.length; pick += 1) {
      const mask = masks[pick] as number;
      if ((mask & used) !== 0) continue;
      current[course] = pick;
      if (search(position + 1, used | mask, met + 1)) return true;
      current[course] = null;
    }
    // Leaving this course out can still let more of the others fit.
    return search(position + 1, used, met);
  };
  search(0, 0, 0);
  return best;
}
