import { courseDemand } from '../demand';
import type { ChoiceList, Course } from '../model';
import type { CatalogueCourse } from './catalogue';

/**
 * The plan's courses from the catalogue. A course whose group count the school fixes runs as
 * many groups as its demand roughly fills (at least one), so a popular one may be a little short
 * of places, as happens in real schools. An off-site course sits in the last block.
 */
/** A catalogue entry as a plan's course; a partner's off-site course sits in the last block. */
export function courseFromCatalogue(entry: CatalogueCourse, blocks: readonly string[]): Course {
  return {
    code: entry.code,
    name: entry.name,
    maxGroupSize: entry.maxGroupSize,
    minGroupSize: entry.minGroupSize,
    groups: null,
    blocksSpanned: entry.blocksSpanned,
    allowedBlocks: entry.partner ? blocks.slice(-1) : [],
    qualification: entry.qualification,
    category: entry.category,
  };
}

export function catalogueCourses(
  catalogue: readonly CatalogueCourse[],
  choices: readonly ChoiceList[],
  blocks: readonly string[],
): Course[] {
  const courses = catalogue.map((entry) => courseFromCatalogue(entry, blocks));
  const demand = courseDemand({ courses, choices });
  return courses.map((course, i) =>
    catalogue[i]?.fixedGroups
      ? {
          ...course,
          groups: Math.max(1, Math.round((demand[i]?.total ?? 0) / course.maxGroupSize)),
        }
      : course,
  );
}

/** Every name a course is known by: its full name and the short forms schools use. */
export function catalogueAliases(
  catalogue: readonly CatalogueCourse[],
): { alias: string; courseCode: string }[] {
  return catalogue.flatMap((entry) =>
    [entry.name, ...entry.aliases].map((alias) => ({ alias, courseCode: entry.code })),
  );
}
