import { codeKey, type CourseIndex } from './course-lookup';
import { describeRule } from './describe';
import { categoryKey, resolveSelector, unknownSelectorCodes } from './selectors';
import { closestCategory, closestCourse } from './suggest';
import type { Pathway, PathwayRule, RuleSetProblem } from './types';

/** Rules that name a course or a category the plan does not have, with the likely intended one. */
export function unknownReferences(pathway: Pathway, courses: CourseIndex): RuleSetProblem[] {
  const list = [...courses.values()];
  const categories = [
    ...new Set(list.flatMap((course) => (course.category ? [course.category] : []))),
  ];
  const problems: RuleSetProblem[] = [];
  for (const rule of pathway.rules) {
    const quoted = `"${describeRule(rule, courses)}"`;
    for (const code of unknownCodes(rule, courses)) {
      const likely = closestCourse(code, list);
      const hint = likely ? ` Did you mean ${likely.code} (${likely.name})?` : '';
      problems.push({
        pathway: pathway.code,
        kind: 'unknown-course',
        message: `${pathway.name}: ${quoted} names the course ${code}, which the plan does not have.${hint}`,
      });
    }
    if (rule.kind !== 'must-include' && rule.from.kind === 'category') {
      const category = rule.from.category;
      if (resolveSelector(rule.from, courses).length === 0) {
        const likely = closestCategory(category, categories);
        const hint = likely
          ? ` Did you mean ${likely}?`
          : ` The plan's categories are ${categories.join(', ') || 'none yet'}.`;
        problems.push({
          pathway: pathway.code,
          kind: 'unknown-category',
          message: `${pathway.name}: ${quoted} refers to the category ${categoryKey(category)}, which no course in the plan has.${hint}`,
        });
      }
    }
  }
  return problems;
}

function unknownCodes(rule: PathwayRule, courses: CourseIndex): string[] {
  if (rule.kind === 'must-include') return courses.has(codeKey(rule.course)) ? [] : [rule.course];
  return unknownSelectorCodes(rule.from, courses);
}
