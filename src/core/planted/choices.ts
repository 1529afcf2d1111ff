import type { PupilAllocation } from '../layout';
import type { ChoiceList, Pupil } from '../model';
import type { Random } from '../random';
import type { PlantedCourse } from './courses';
import type { PlantedGroup } from './layout';

/** Pupils who leave their last choice blank. */
const FEWER_CHOICES_RATE = 0.04;
const TWO_RESERVES_RATE = 0.6;

export interface PlantedChoices {
  choices: ChoiceList[];
  allocation: PupilAllocation[];
}

/**
 * Each pupil picks courses by their preferences, but only courses that still fit beside their
 * earlier picks in a free seat of the planted layout; the seats they take are then kept. So
 * the layout seats everyone, and popular courses fill up as they would in a real options round.
 * Reserves are free picks (they need not fit).
 */
export function plantChoices(
  random: Random,
  pupils: readonly Pupil[],
  preferences: readonly number[][],
  courses: readonly PlantedCourse[],
  groups: readonly PlantedGroup[],
  perPupil: number,
): PlantedChoices {
  const seats = groups.map((group) => courses[group.course]?.course.maxGroupSize ?? 0);
  const groupsOf = courses.map((_, c) =>
    groups.flatMap((group, g) => (group.course === c ? [g] : [])),
  );
  const fit = (picked: readonly number[]) => seatPupil(picked, groupsOf, groups, seats);

  const results: PlantedChoices['choices'] = [];
  const allocation: PupilAllocation[] = [];
  // Pupils hand in their forms in no particular order; the late ones find courses full.
  for (const p of random.shuffle(pupils.map((_, i) => i))) {
    const weights = [...(preferences[p] ?? [])];
    const wanted = perPupil > 1 && random.chance(FEWER_CHOICES_RATE) ? perPupil - 1 : perPupil;
    const picked: number[] = [];
    while (picked.length < wanted) {
      const fitting = weights.map((w, c) => (w > 0 && fit([...picked, c]) ? w : 0));
      if (!fitting.some((w) => w > 0)) break;
      const c = random.weightedIndex(fitting);
      weights[c] = 0;
      picked.push(c);
    }
    const seated = fit(picked) ?? [];
    for (const g of seated) seats[g] = (seats[g] ?? 0) - 1;

    const reserves: number[] = [];
    const reserveCount = random.chance(TWO_RESERVES_RATE) ? 2 : 1;
    while (reserves.length < reserveCount && weights.some((w) => w > 0)) {
      const c = random.weightedIndex(weights);
      weights[c] = 0;
      reserves.push(c);
    }
    const upn = pupils[p]?.upn ?? '';
    const code = (c: number) => courses[c]?.course.code ?? '';
    results[p] = { upn, choices: picked.map(code), reserves: reserves.map(code) };
    allocation[p] = { upn, groups: seated.map((g) => groups[g]?.label ?? '') };
  }
  return { choices: results, allocation };
}

/**
 * A group with a free seat for each course, in distinct blocks, or null when there is none.
 * The emptiest groups are tried first, which keeps parallel groups balanced.
 */
function seatPupil(
  picked: readonly number[],
  groupsOf: readonly (readonly number[])[],
  groups: readonly PlantedGroup[],
  seats: readonly number[],
): number[] | null {
  const chosen: number[] = [];
  const search = (i: number, used: number): boolean => {
    if (i === picked.length) return true;
    const options = (groupsOf[picked[i] ?? -1] ?? [])
      .filter((g) => (seats[g] ?? 0) > 0 && ((groups[g]?.mask ?? 0) & used) === 0)
      .sort((a, b) => (seats[b] ?? 0) - (seats[a] ?? 0));
    for (const g of options) {
      chosen.push(g);
      if (search(i + 1, used | (groups[g]?.mask ?? 0))) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0, 0) ? chosen : null;
}
