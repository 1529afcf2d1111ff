import { codeKey, findCourse, type CourseIndex } from './course-lookup';
import { describeRule } from './describe';
import { resolveSelector, selectorIncludes } from './selectors';
import type { CourseSelector, Pathway, PathwayRule, RuleCourse, RuleSetProblem } from './types';
import { countOf, listInWords } from './words';

/** The smallest number of courses a rule asks for: 1 for choose-one-of, 0 for non-minimums. */
function minimumOf(rule: PathwayRule): number {
  if (rule.kind === 'choose-one-of') return 1;
  if (rule.kind === 'at-least') return rule.count;
  return 0;
}

/**
 * The contradictions a school makes most often, each with its own message. They are quick to
 * spot and easy to explain; the complete search in checkRuleSet catches everything else.
 */
export function plainContradictions(pathway: Pathway, courses: CourseIndex): RuleSetProblem[] {
  const messages: string[] = [];
  const quote = (rule: PathwayRule) => `"${describeRule(rule, courses)}"`;
  // A course required twice is still one course in one place.
  const mustIncludes = [
    ...new Map(
      pathway.rules.flatMap((rule) =>
        rule.kind === 'must-include' ? [[codeKey(rule.course), rule] as const] : [],
      ),
    ).values(),
  ];
  const required = mustIncludes.flatMap((rule) => {
    const course = findCourse(courses, rule.course);
    return course ? [course] : [];
  });
  const requiredSlots = mustIncludes.reduce(
    (sum, rule) => sum + (findCourse(courses, rule.course)?.blocksSpanned ?? 1),
    0,
  );
  const forbidders = pathway.rules.filter((rule) => rule.kind === 'cannot-choose');
  const forbidden = (course: RuleCourse) =>
    forbidders.some((rule) => selectorIncludes(rule.from, course));

  for (const include of mustIncludes) {
    for (const forbid of forbidders) {
      if (forbidsCode(forbid.from, include.course, courses)) {
        messages.push(`${quote(include)} and ${quote(forbid)} contradict each other.`);
      }
    }
  }

  for (const limit of pathway.rules) {
    if (limit.kind !== 'at-most') continue;
    const inside = required.filter((course) => selectorIncludes(limit.from, course));
    if (inside.length > limit.count) {
      messages.push(
        `${listInWords(
          mustIncludes
            .filter((rule) => inside.some((c) => codeKey(c.code) === codeKey(rule.course)))
            .map(quote),
          'and',
        )} already ${inside.length === 1 ? 'goes' : 'go'} beyond ${quote(limit)}.`,
      );
    }
  }

  if (requiredSlots > pathway.optionCount) {
    messages.push(
      `its must-include courses need ${countOf(requiredSlots, 'option slot')}, but the route has ${pathway.optionCount}.`,
    );
  }

  for (const rule of pathway.rules) {
    const minimum = minimumOf(rule);
    if (minimum < 1 || rule.kind === 'must-include') continue;
    const message = minimumProblem(rule, minimum, pathway, courses, {
      required,
      requiredSlots,
      forbidden,
      quote,
    });
    if (message) messages.push(message);
  }

  return [...new Set(messages)].map((message) => ({
    pathway: pathway.code,
    kind: 'contradiction',
    message: `${pathway.name}: ${message}`,
  }));
}

interface RouteFacts {
  required: RuleCourse[];
  requiredSlots: number;
  forbidden: (course: RuleCourse) => boolean;
  quote: (rule: PathwayRule) => string;
}

/** The first reason a minimum cannot be met: too many for the slots, too few courses, a maximum
 *  over the same courses, or not enough room beside the must-include courses. */
function minimumProblem(
  rule: Exclude<PathwayRule, { kind: 'must-include' }>,
  minimum: number,
  pathway: Pathway,
  courses: CourseIndex,
  facts: RouteFacts,
): string | null {
  const { quote } = facts;
  if (minimum > pathway.optionCount) {
    return `${quote(rule)} asks for more courses than the route's ${countOf(pathway.optionCount, 'option slot')}.`;
  }
  const members = resolveSelector(rule.from, courses);
  if (members.length < minimum) {
    return members.length === 0
      ? `${quote(rule)} cannot be met: the plan has none of those courses.`
      : `${quote(rule)} cannot be met: the plan has only ${members.length} of those courses.`;
  }
  const allowed = members.filter((course) => !facts.forbidden(course));
  if (allowed.length < minimum) {
    const blockers = pathway.rules.filter(
      (other) =>
        other.kind === 'cannot-choose' && members.some((c) => selectorIncludes(other.from, c)),
    );
    const left =
      allowed.length === 0 ? 'none of its courses' : `only ${allowed.length} of its courses`;
    return `${quote(rule)} cannot be met alongside ${listInWords(blockers.map(quote), 'and')}: ${left} may be chosen.`;
  }
  for (const limit of pathway.rules) {
    if (limit.kind !== 'at-most' || limit.count >= minimum) continue;
    if (members.every((course) => selectorIncludes(limit.from, course))) {
      return `${quote(rule)} and ${quote(limit)} contradict each other.`;
    }
  }
  const requiredKeys = new Set(facts.required.map((course) => codeKey(course.code)));
  const stillNeeded = minimum - members.filter((c) => requiredKeys.has(codeKey(c.code))).length;
  const cheapest = allowed
    .filter((course) => !requiredKeys.has(codeKey(course.code)))
    .map((course) => course.blocksSpanned as number)
    .sort((a, b) => a - b)
    .slice(0, Math.max(0, stillNeeded))
    .reduce((sum, span) => sum + span, 0);
  if (facts.requiredSlots > 0 && facts.requiredSlots + cheapest > pathway.optionCount) {
    return `${quote(rule)} needs ${countOf(cheapest, 'option slot')} beside the must-include courses' ${facts.requiredSlots}, but the route has ${pathway.optionCount}.`;
  }
  if (cheapest > pathway.optionCount) {
    return `${quote(rule)} needs ${countOf(cheapest, 'option slot')}, but the route has ${pathway.optionCount}.`;
  }
  return null;
}

/** Whether a cannot-choose selector forbids this code, known to the plan or not. */
function forbidsCode(selector: CourseSelector, code: string, courses: CourseIndex): boolean {
  const course = findCourse(courses, code);
  if (course) return selectorIncludes(selector, course);
  return selector.kind === 'courses' && selector.codes.some((c) => codeKey(c) === codeKey(code));
}
