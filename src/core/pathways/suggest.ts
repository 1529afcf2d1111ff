import { distance } from 'fastest-levenshtein';
import { categoryKey } from './selectors';
import type { RuleCourse } from './types';

/** Typos this close to a real code or category are offered as "did you mean"; further off, a
 *  suggestion would mislead more than help. */
function closeEnough(typed: string, candidate: string): boolean {
  return distance(typed, candidate) <= Math.max(1, Math.floor(candidate.length / 3));
}

/** The plan's course the school probably meant by an unknown code: its name typed as the code,
 *  or a code a typo or two away. */
export function closestCourse(
  typed: string,
  courses: readonly RuleCourse[],
): RuleCourse | undefined {
  const key = typed.trim().toLowerCase();
  const byName = courses.find((course) => course.name.trim().toLowerCase() === key);
  if (byName) return byName;
  let best: { course: RuleCourse; score: number } | undefined;
  for (const course of courses) {
    const code = course.code.toLowerCase();
    if (!closeEnough(key, code)) continue;
    const score = distance(key, code);
    if (!best || score < best.score) best = { course, score };
  }
  return best?.course;
}

/** The plan's category the school probably meant ("languages" for `language`). */
export function closestCategory(typed: string, categories: readonly string[]): string | undefined {
  const key = categoryKey(typed);
  let best: { category: string; score: number } | undefined;
  for (const category of categories) {
    const candidate = categoryKey(category);
    if (!closeEnough(key, candidate)) continue;
    const score = distance(key, candidate);
    if (!best || score < best.score) best = { category, score };
  }
  return best?.category;
}
