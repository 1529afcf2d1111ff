import type { CourseSelector, Pathway, RuleCourse } from '../pathways';

/** Category labels are free text a school types: compare them without case or spaces around. */
export function sameCategory(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
}

function selects(selector: CourseSelector, course: RuleCourse): boolean {
  return selector.kind === 'category'
    ? sameCategory(course.category, selector.category)
    : selector.codes.includes(course.code);
}

/**
 * Whether a route's rules shut out every course of a category: a rule forbids them all, or
 * the slots left once the route's fixed courses and its other requirements are met are too
 * few for any of them. Errs towards "no": a route is only blamed when it is certain.
 */
export function routeShutsOutCategory(
  route: Pathway,
  category: string,
  courses: readonly RuleCourse[],
): boolean {
  const inCategory = courses.filter((course) => sameCategory(course.category, category));
  if (inCategory.length === 0) return false;
  const coversAll = (selector: CourseSelector): boolean =>
    inCategory.every((course) => selects(selector, course));
  const touches = (selector: CourseSelector): boolean =>
    inCategory.some((course) => selects(selector, course));

  let fixedSlots = 0;
  // The largest requirement that only other courses can meet: a lower bound on the slots
  // they take, since requirements may overlap.
  let requiredElsewhere = 0;
  for (const rule of route.rules) {
    switch (rule.kind) {
      case 'cannot-choose':
        if (coversAll(rule.from)) return true;
        break;
      case 'at-most':
        if (rule.count <= 0 && coversAll(rule.from)) return true;
        break;
      case 'must-include': {
        if (inCategory.some((course) => course.code === rule.course)) return false;
        fixedSlots += 1;
        break;
      }
      case 'at-least':
        if (!touches(rule.from)) requiredElsewhere = Math.max(requiredElsewhere, rule.count);
        break;
      case 'choose-one-of':
        if (!touches(rule.from)) requiredElsewhere = Math.max(requiredElsewhere, 1);
        break;
    }
  }
  const smallest = Math.min(...inCategory.map((course) => course.blocksSpanned));
  return route.optionCount - fixedSlots - requiredElsewhere < smallest;
}
