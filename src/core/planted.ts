import { defaultBlockNames } from './blocks';
import type { PlacedGroup, PupilAllocation } from './layout';
import type { Cohort } from './model';
import { plantChoices } from './planted/choices';
import { plantedCourses } from './planted/courses';
import { plantedGroupCounts, plantLayout } from './planted/layout';
import { expectedDemand, pupilPreferences } from './planted/preferences';
import { plantStaff } from './planted/staffing';
import { createRandom } from './random';
import { generatePupils } from './synthetic/pupils';

export interface PlantedOptions {
  pupils: number;
  /** A number of blocks (named A, B, …) or the block names. */
  blocks: number | readonly string[];
  /**
   * Courses on offer. More courses for the same pupils means more courses with one group,
   * which makes the instance harder (120 pupils, 4 blocks and 36 courses is hard).
   */
  courses: number;
  seed: number | string;
  /** Choices per pupil; default 4, or fewer when there are fewer blocks. */
  choicesPerPupil?: number;
  /**
   * Seats beyond the expected demand, as a share of it (default 0.2). Less slack fills groups
   * closer to their size, which makes the instance harder to solve.
   */
  seatSlack?: number;
}

/** A cohort together with a layout, a staffing and an allocation that satisfy every pupil. */
export interface PlantedInstance {
  cohort: Cohort;
  /** Every group with its block(s) and teacher; the cohort's group counts match it. */
  layout: PlacedGroup[];
  /** Per pupil, the group taken for each choice, in the order of the choices. */
  allocation: PupilAllocation[];
}

export const MAX_PLANTED_PUPILS = 10_000;
const DEFAULT_SEAT_SLACK = 0.2;

/**
 * A benchmark instance whose optimum is known: the layout (groups, blocks, teachers without
 * clashes) is drawn first, and only then does each pupil choose, among courses that still fit
 * beside their other choices in a free seat. Every pupil is fully satisfied by the planted
 * layout within group sizes and staffing, so a solver should reach 100%.
 */
export function plantedInstance(options: PlantedOptions): PlantedInstance {
  const blocks =
    typeof options.blocks === 'number'
      ? defaultBlockNames(options.blocks)
      : checkedBlocks(options.blocks);
  checkWhole('pupils', options.pupils, 0, MAX_PLANTED_PUPILS);
  checkWhole('courses', options.courses, 1, 200);
  const perPupil = options.choicesPerPupil ?? Math.min(4, blocks.length);
  checkWhole('choicesPerPupil', perPupil, 1, blocks.length);
  const slack = options.seatSlack ?? DEFAULT_SEAT_SLACK;
  if (!(slack >= 0 && slack <= 2)) {
    throw new RangeError(`seatSlack must be from 0 to 2, not ${slack}.`);
  }
  const seed = String(options.seed);
  const stream = (part: string) => createRandom(`${seed}/planted/${part}`);

  const pupils = generatePupils(stream('pupils'), options.pupils);
  const planted = plantedCourses(stream('courses'), options.courses, blocks);
  const preferences = pupilPreferences(stream('preferences'), pupils, planted);
  const counts = plantedGroupCounts(planted, expectedDemand(preferences, perPupil), slack);
  const groups = plantLayout(stream('layout'), planted, counts, blocks);
  const { staff, teachers } = plantStaff(stream('staff'), planted, groups, blocks);
  const { choices, allocation } = plantChoices(
    stream('choices'),
    pupils,
    preferences,
    planted,
    groups,
    perPupil,
  );
  return {
    cohort: {
      blocks,
      courses: planted.map((p, i) => ({ ...p.course, groups: counts[i] ?? 1 })),
      pupils,
      choices,
      staff,
    },
    layout: groups.map((group, g) => ({
      course: planted[group.course]?.course.code ?? '',
      label: group.label,
      blocks: group.blocks.map((b) => blocks[b] ?? ''),
      teacher: teachers[g] ?? null,
    })),
    allocation,
  };
}

/** Block names as given, if they are usable: 1 to 26 distinct, non-blank names. */
function checkedBlocks(names: readonly string[]): string[] {
  const distinct = new Set(names.map((name) => name.trim().toUpperCase()));
  if (
    names.length === 0 ||
    names.length > 26 ||
    distinct.size !== names.length ||
    distinct.has('')
  ) {
    throw new RangeError(`Blocks must be 1 to 26 distinct names, not ${names.join(', ')}.`);
  }
  return [...names];
}

function checkWhole(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, not ${value}.`);
  }
}
