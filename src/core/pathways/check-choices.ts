import { codeKey, findCourse, toCourseIndex, type CourseSource } from './course-lookup';
import { describeOptionCount, describeRule } from './describe';
import { selectorIncludes } from './selectors';
import type { CourseSelector, Pathway, RuleCourse, RuleViolation } from './types';
import { countOf, listInWords } from './words';

/**
 * A pupil's ranked original choices (not reserves) checked against a route.
 *
 * How counting works:
 * - Each distinct course is counted once, whatever its case or however often it is named.
 * - Option slots: the sum of `blocksSpanned` over the chosen courses (a double course fills two).
 *   A code the plan does not know fills one slot, as a course would, but no rule counts it.
 * - A must-include course has to be among the choices; it fills a slot like any other.
 * - Slots left empty are free, allowed up to `pathway.freeSlots`; more slots than
 *   `optionCount` is always a violation.
 * - The rules (choose-one-of, at-least, at-most, cannot-choose) count courses, not slots:
 *   Triple Science is one science although it fills two slots.
 */
export function checkChoices(
  pathway: Pathway,
  choices: readonly string[],
  courses: CourseSource,
): RuleViolation[] {
  const index = toCourseIndex(courses);
  const chosenKeys = distinctKeys(choices);
  const known: RuleCourse[] = [];
  let slots = 0;
  for (const key of chosenKeys) {
    const course = findCourse(index, key);
    if (course) known.push(course);
    slots += course?.blocksSpanned ?? 1;
  }

  const violations: RuleViolation[] = [];
  const slotProblem = optionCountProblem(pathway, slots, known);
  if (slotProblem) {
    violations.push({
      ruleIndex: null,
      kind: 'option-count',
      rule: describeOptionCount(pathway, index),
      problem: slotProblem,
    });
  }

  pathway.rules.forEach((rule, ruleIndex) => {
    const problem =
      rule.kind === 'must-include'
        ? chosenKeys.has(codeKey(rule.course))
          ? null
          : 'it is not among their choices'
        : ruleProblem(rule, matching(known, rule.from));
    if (problem) {
      violations.push({ ruleIndex, kind: rule.kind, rule: describeRule(rule, index), problem });
    }
  });
  return violations;
}

function distinctKeys(choices: readonly string[]): Set<string> {
  return new Set(choices.map(codeKey).filter((key) => key !== ''));
}

function matching(chosen: readonly RuleCourse[], selector: CourseSelector): RuleCourse[] {
  return chosen.filter((course) => selectorIncludes(selector, course));
}

function names(courses: readonly RuleCourse[]): string {
  return listInWords(
    courses.map((course) => course.name),
    'and',
  );
}

function ruleProblem(
  rule: Exclude<Pathway['rules'][number], { kind: 'must-include' }>,
  matched: readonly RuleCourse[],
): string | null {
  switch (rule.kind) {
    case 'choose-one-of':
      return matched.length === 0 ? 'chose none of them' : null;
    case 'at-least':
      if (matched.length >= rule.count) return null;
      return matched.length === 0
        ? 'chose none of them'
        : `chose only ${matched.length}: ${names(matched)}`;
    case 'at-most':
      return matched.length > rule.count ? `chose ${matched.length}: ${names(matched)}` : null;
    case 'cannot-choose':
      return matched.length > 0 ? `chose ${names(matched)}` : null;
  }
}

function optionCountProblem(
  pathway: Pathway,
  slots: number,
  known: readonly RuleCourse[],
): string | null {
  const doubles = known.filter((course) => course.blocksSpanned === 2).map((c) => c.name);
  const doubleNote =
    doubles.length === 0
      ? ''
      : ` (${listInWords(doubles, 'and')} ${doubles.length === 1 ? 'counts' : 'count'} as two)`;
  if (slots > pathway.optionCount) {
    return `their choices fill ${slots} slots${doubleNote}, ${slots - pathway.optionCount} more than the route's ${pathway.optionCount}`;
  }
  const empty = pathway.optionCount - slots;
  if (empty > pathway.freeSlots) {
    const allowed =
      pathway.freeSlots <= 0
        ? 'none may be left free'
        : `at most ${pathway.freeSlots} may be left free`;
    return `their choices fill ${slots} of the ${countOf(pathway.optionCount, 'slot')}${doubleNote}; ${allowed}`;
  }
  return null;
}
