import type { Cohort, StaffMember } from '../../../src/core/model';
import { createEvaluator, type Solution, type SolutionGroup } from '../../../src/core/solver';
import { makeCohort, teacher, type CourseSpec } from '../solver/cohorts';

/** A staff member with a real name, free everywhere unless told otherwise. */
export function named(
  code: string,
  name: string,
  courses: string[],
  away: string[] = [],
): StaffMember {
  return teacher(code, courses, { name, unavailableBlocks: away });
}

/** A cohort whose pupils have the given names (in order) and courses the given categories. */
export function namedCohort(parts: {
  blocks: string[];
  courses: (CourseSpec & { category?: string })[];
  staff: StaffMember[];
  pupils: { name: [string, string]; choices: string[]; reserves?: string[] }[];
}): Cohort {
  const cohort = makeCohort({
    blocks: parts.blocks,
    courses: parts.courses,
    staff: parts.staff,
    pupils: parts.pupils.map((p) => [p.choices, p.reserves ?? []]),
  });
  return {
    ...cohort,
    courses: cohort.courses.map((course, i) => ({
      ...course,
      category: parts.courses[i]?.category ?? null,
    })),
    pupils: cohort.pupils.map((pupil, i) => {
      const [forename, surname] = parts.pupils[i]?.name ?? ['', ''];
      return { ...pupil, forename, surname };
    }),
  };
}

/** The groups as given, with the pupils seated by the evaluator as the board would find them. */
export function seated(cohort: Cohort, groups: SolutionGroup[]): Solution {
  return createEvaluator(cohort, { groups, placements: [] }).solution();
}

export function group(
  label: string,
  course: string,
  blocks: string[],
  teacherCode: string | null,
): SolutionGroup {
  return { label, course, blocks, teacher: teacherCode };
}
