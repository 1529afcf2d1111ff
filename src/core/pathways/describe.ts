import { courseLabel, toCourseIndex, type CourseIndex, type CourseSource } from './course-lookup';
import { resolveSelector } from './selectors';
import type { CourseSelector, Pathway, PathwayRule, RuleCourse } from './types';
import { countOf, listInWords, numberWord } from './words';

/** How a category reads in a sentence, singular and plural ("a language", "2 vocational courses"). */
const CATEGORY_NOUNS: Record<string, [string, string]> = {
  language: ['language', 'languages'],
  humanity: ['humanity', 'humanities'],
  science: ['science', 'sciences'],
  arts: ['arts subject', 'arts subjects'],
  technology: ['technology course', 'technology courses'],
  vocational: ['vocational course', 'vocational courses'],
};

export function categoryNoun(category: string, count: number): string {
  const key = category.trim().toLowerCase();
  const [singular, plural] = CATEGORY_NOUNS[key] ?? [`${key} course`, `${key} courses`];
  return count === 1 ? singular : plural;
}

/** Course names sorted as a parent would look for them. */
function sortedNames(courses: readonly RuleCourse[]): string[] {
  return courses.map((course) => course.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The names a `courses` selector lists, unknown codes as written, in the rule's order. */
function listedNames(codes: readonly string[], index: CourseIndex): string[] {
  return codes.map((code) => courseLabel(index, code));
}

/** "(French, German, Latin or Spanish)" after a category, or a note that the plan has none. */
function categoryMembers(
  selector: CourseSelector & { kind: 'category' },
  index: CourseIndex,
  conjunction: 'and' | 'or',
): string {
  const names = sortedNames(resolveSelector(selector, index));
  return names.length === 0 ? '(the plan has none)' : `(${listInWords(names, conjunction)})`;
}

function describeAtLeast(count: number, from: CourseSelector, index: CourseIndex): string {
  const amount = count === 1 ? 'at least one' : `at least ${count}`;
  if (from.kind === 'category') {
    return `must choose ${amount} ${categoryNoun(from.category, count)} ${categoryMembers(from, index, 'or')}`;
  }
  const names = listedNames(from.codes, index);
  if (names.length === 1 && count <= 1) return `must choose ${names[0] ?? ''}`;
  if (names.length === count) return `must choose ${listInWords(names, 'and')}`;
  return `must choose ${amount} of ${listInWords(names, count === 1 ? 'or' : 'and')}`;
}

function describeAtMost(count: number, from: CourseSelector, index: CourseIndex): string {
  if (count <= 0) return describeCannotChoose(from, index);
  if (from.kind === 'category') {
    return `may choose at most ${count} ${categoryNoun(from.category, count)} ${categoryMembers(from, index, 'and')}`;
  }
  return `may choose at most ${count} of ${listInWords(listedNames(from.codes, index), 'and')}`;
}

function describeCannotChoose(from: CourseSelector, index: CourseIndex): string {
  if (from.kind === 'category') {
    return `cannot choose any ${categoryNoun(from.category, 1)} ${categoryMembers(from, index, 'or')}`;
  }
  return `cannot choose ${listInWords(listedNames(from.codes, index), 'or')}`;
}

/** One rule in words a parent can read, naming the courses concerned. */
export function describeRule(rule: PathwayRule, courses: CourseSource): string {
  const index = toCourseIndex(courses);
  switch (rule.kind) {
    case 'choose-one-of':
      return describeAtLeast(1, rule.from, index);
    case 'at-least':
      return describeAtLeast(rule.count, rule.from, index);
    case 'at-most':
      return describeAtMost(rule.count, rule.from, index);
    case 'cannot-choose':
      return describeCannotChoose(rule.from, index);
    case 'must-include':
      return `must include ${courseLabel(index, rule.course)}`;
  }
}

/**
 * The route's option count: "fills 4 option slots; Triple Science counts as two", with the
 * fixed courses and free slots when it has them. Double courses the route forbids are not
 * mentioned.
 */
export function describeOptionCount(pathway: Pathway, courses: CourseSource): string {
  const index = toCourseIndex(courses);
  const parts = [`fills ${countOf(pathway.optionCount, 'option slot')}`];
  const fixed = pathway.rules.flatMap((rule) =>
    rule.kind === 'must-include' ? [courseLabel(index, rule.course)] : [],
  );
  if (fixed.length > 0) parts[0] += `, including ${listInWords(fixed, 'and')}`;
  if (pathway.freeSlots > 0) {
    parts.push(
      pathway.freeSlots === 1
        ? 'one may be left free'
        : `up to ${numberWord(pathway.freeSlots)} may be left free`,
    );
  }
  const forbidden = pathway.rules.flatMap((rule) =>
    rule.kind === 'cannot-choose' ? resolveSelector(rule.from, index) : [],
  );
  const doubles = [...index.values()].filter(
    (course) => course.blocksSpanned === 2 && !forbidden.includes(course),
  );
  if (doubles.length > 0) {
    const names = listInWords(sortedNames(doubles), 'and');
    parts.push(doubles.length === 1 ? `${names} counts as two` : `${names} count as two each`);
  }
  return parts.join('; ');
}

/** The whole route in words: the option count, then each rule in the school's order. */
export function describePathway(pathway: Pathway, courses: CourseSource): string[] {
  return [
    describeOptionCount(pathway, courses),
    ...pathway.rules.map((rule) => describeRule(rule, courses)),
  ];
}
