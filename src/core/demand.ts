import type { ChoiceList, Course } from './model';

export interface CourseDemand {
  code: string;
  name: string;
  /** Pupils who put this course as their first choice. */
  firstChoice: number;
  /** Pupils who chose it (any rank, reserves excluded). */
  total: number;
  /** Pupils who named it as a reserve. */
  reserve: number;
  maxGroupSize: number;
  /** Groups needed to seat every pupil who chose it at the current size limit. */
  groupsNeeded: number;
}

/** Demand per course, in the order the courses are listed. */
export function courseDemand(cohort: {
  courses: readonly Course[];
  choices: readonly ChoiceList[];
}): CourseDemand[] {
  const byCode = new Map<string, CourseDemand>();
  for (const course of cohort.courses) {
    byCode.set(course.code, {
      code: course.code,
      name: course.name,
      firstChoice: 0,
      total: 0,
      reserve: 0,
      maxGroupSize: course.maxGroupSize,
      groupsNeeded: 0,
    });
  }
  for (const list of cohort.choices) {
    list.choices.forEach((code, rank) => {
      const demand = byCode.get(code);
      if (!demand) return;
      demand.total += 1;
      if (rank === 0) demand.firstChoice += 1;
    });
    for (const code of list.reserves) {
      const demand = byCode.get(code);
      if (demand) demand.reserve += 1;
    }
  }
  for (const demand of byCode.values()) {
    demand.groupsNeeded = demand.total === 0 ? 0 : Math.ceil(demand.total / demand.maxGroupSize);
  }
  return [...byCode.values()];
}
