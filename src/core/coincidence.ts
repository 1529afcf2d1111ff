import type { ChoiceList, Course } from './model';

/**
 * The coincidence (clash) matrix of a cohort's choices: how many pupils chose each pair of
 * courses. Two courses chosen together by many pupils should not share a block. Only original
 * choices count; reserves are left out because a reserve is taken instead of a choice, never
 * beside it.
 */
export interface CoincidenceMatrix {
  /** Course codes, in the order of the rows and columns. */
  courses: string[];
  /**
   * counts[i][j]: pupils who chose both courses[i] and courses[j]; counts[i][i]: pupils who
   * chose courses[i]. Symmetric.
   */
  counts: number[][];
}

/** Builds the matrix over the given courses; choices of other codes are ignored. */
export function coincidenceMatrix(
  courses: readonly string[],
  choices: readonly ChoiceList[],
): CoincidenceMatrix {
  const index = new Map(courses.map((code, i) => [code, i]));
  const counts = courses.map(() => courses.map(() => 0));
  for (const list of choices) {
    // A code listed twice by mistake still counts once for that pupil.
    const chosen = [...new Set(list.choices)]
      .map((code) => index.get(code))
      .filter((i): i is number => i !== undefined);
    for (const i of chosen) {
      const row = counts[i] as number[];
      for (const j of chosen) row[j] = (row[j] ?? 0) + 1;
    }
  }
  return { courses: [...courses], counts };
}

/** UPNs of the pupils who chose both courses (the same code twice: who chose that course). */
export function pupilsChoosingBoth(
  choices: readonly ChoiceList[],
  first: string,
  second: string,
): string[] {
  return choices
    .filter((list) => list.choices.includes(first) && list.choices.includes(second))
    .map((list) => list.upn);
}

export const MATRIX_ORDERS = ['category', 'demand', 'plan'] as const;
export type MatrixOrder = (typeof MATRIX_ORDERS)[number];

/**
 * Course codes in the order the matrix should show them: "category" keeps related courses
 * together (languages beside languages), busiest first within each; "demand" puts the busiest
 * courses first; "plan" keeps the plan's own order.
 */
export function orderCourses(
  courses: readonly Pick<Course, 'code' | 'category'>[],
  demand: ReadonlyMap<string, number>,
  order: MatrixOrder,
): string[] {
  const listed = courses.map((course, position) => ({ ...course, position }));
  const demandOf = (code: string) => demand.get(code) ?? 0;
  if (order === 'plan') return listed.map((course) => course.code);
  // Categories follow their busiest course, so the most chosen families come first.
  const categoryDemand = new Map<string, number>();
  for (const course of listed) {
    const key = categoryKey(course.category);
    categoryDemand.set(key, Math.max(categoryDemand.get(key) ?? 0, demandOf(course.code)));
  }
  return listed
    .sort((a, b) => {
      if (order === 'category') {
        const keyA = categoryKey(a.category);
        const keyB = categoryKey(b.category);
        const byFamily =
          (categoryDemand.get(keyB) ?? 0) - (categoryDemand.get(keyA) ?? 0) ||
          keyA.localeCompare(keyB);
        if (byFamily !== 0) return byFamily;
      }
      return demandOf(b.code) - demandOf(a.code) || a.position - b.position;
    })
    .map((course) => course.code);
}

function categoryKey(category: string | null): string {
  return (category ?? '').trim().toLowerCase();
}
