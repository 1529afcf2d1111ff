import type { AttainmentBand, Course } from '../model';
import type { Random } from '../random';
import { CATALOGUE, type CatalogueCourse } from '../synthetic/catalogue';
import { courseFromCatalogue } from '../synthetic/courses';

/** A course of a planted instance with what drives its demand. */
export interface PlantedCourse {
  course: Course;
  category: CatalogueCourse['category'];
  /** Relative chance of being chosen; skewed, as real option demand is. */
  popularity: number;
  byBand: Partial<Record<AttainmentBand, number>>;
}

/** How far one school's taste for a course strays from the national pattern (log scale). */
const POPULARITY_SPREAD = 0.35;
const EXTRA_COURSE = { maxGroupSize: 25, minGroupSize: 8, popularity: 1.5 } as const;

/**
 * Courses from the synthetic catalogue. The double course and the off-site one always come
 * first so that every instance has them; the rest are a seeded draw. Past the catalogue,
 * plain extra courses fill the number asked for.
 */
export function plantedCourses(
  random: Random,
  count: number,
  blocks: readonly string[],
): PlantedCourse[] {
  const eligible = CATALOGUE.filter((entry) => !entry.supported);
  const special = eligible.filter((entry) => entry.blocksSpanned === 2 || entry.partner);
  // A double course needs two blocks.
  const usable = special.filter((entry) => entry.blocksSpanned <= blocks.length);
  const rest = random.shuffle(eligible.filter((entry) => !special.includes(entry)));
  const chosen = [...usable, ...rest].slice(0, count).map((entry) => fromCatalogue(entry, blocks));
  for (let n = chosen.length + 1; n <= count; n += 1) chosen.push(extraCourse(n));
  return chosen.map((planted) => ({
    ...planted,
    popularity: planted.popularity * Math.exp(random.normal(0, POPULARITY_SPREAD)),
  }));
}

function fromCatalogue(entry: CatalogueCourse, blocks: readonly string[]): PlantedCourse {
  return {
    course: courseFromCatalogue(entry, blocks),
    category: entry.category,
    popularity: entry.popularity,
    byBand: entry.byBand ?? {},
  };
}

function extraCourse(n: number): PlantedCourse {
  return {
    course: {
      code: `Opt${n}`,
      name: `Option course ${n}`,
      maxGroupSize: EXTRA_COURSE.maxGroupSize,
      minGroupSize: EXTRA_COURSE.minGroupSize,
      groups: null,
      blocksSpanned: 1,
      allowedBlocks: [],
      qualification: 'Other',
      category: 'other',
    },
    category: 'other',
    popularity: EXTRA_COURSE.popularity,
    byBand: {},
  };
}
