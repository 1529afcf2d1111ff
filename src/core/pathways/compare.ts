import {
  courseLabel,
  findCourse,
  toCourseIndex,
  type CourseIndex,
  type CourseSource,
} from './course-lookup';
import type { FairnessSettings, Pathway, RouteComparison } from './types';
import { countOf, withArticle } from './words';

export type TariffSettings = Pick<FairnessSettings, 'lowerTariffQualifications'>;

/** The route's must-include courses whose qualification counts as lower tariff. */
function lowerTariffMustIncludes(
  pathway: Pathway,
  courses: CourseIndex,
  settings: TariffSettings,
): { code: string; qualification: string }[] {
  const lowerTariff = new Set(
    settings.lowerTariffQualifications.map((q) => q.trim().toLowerCase()),
  );
  const found: { code: string; qualification: string }[] = [];
  for (const rule of pathway.rules) {
    if (rule.kind !== 'must-include') continue;
    const qualification = findCourse(courses, rule.course)?.qualification;
    if (qualification && lowerTariff.has(qualification.trim().toLowerCase())) {
      found.push({ code: rule.course, qualification });
    }
  }
  return found;
}

/**
 * Whether route `a` offers less than route `b`: fewer option slots, or a lower-tariff course
 * (e.g. an `Other` qualification) fixed in place of an option where `b` fixes none. Used so that
 * a pupil is never moved to a lower route without a person deciding it.
 */
export function compareRoutes(
  a: Pathway,
  b: Pathway,
  courses: CourseSource,
  settings: TariffSettings,
): RouteComparison {
  const index = toCourseIndex(courses);
  const reasons: string[] = [];
  if (a.optionCount < b.optionCount) {
    reasons.push(`${countOf(a.optionCount, 'option')} instead of ${b.optionCount}`);
  }
  const aLower = lowerTariffMustIncludes(a, index, settings);
  if (aLower.length > 0 && lowerTariffMustIncludes(b, index, settings).length === 0) {
    for (const { code, qualification } of aLower) {
      reasons.push(
        `includes ${courseLabel(index, code)}, ${withArticle(qualification)} qualification, in place of an option`,
      );
    }
  }
  return { lower: reasons.length > 0, reasons };
}

/**
 * Every route that is lower than at least one other route of the plan, with the reasons, each
 * naming the higher route ("compared with the EBacc route: 3 options instead of 4"). Routes
 * missing from the map are not lower than any other.
 */
export function lowerRoutes(
  pathways: readonly Pathway[],
  courses: CourseSource,
  settings: TariffSettings,
): Map<string, string[]> {
  const lower = new Map<string, string[]>();
  for (const a of pathways) {
    const reasons: string[] = [];
    for (const b of pathways) {
      if (a === b || a.code === b.code) continue;
      const comparison = compareRoutes(a, b, courses, settings);
      for (const reason of comparison.reasons) {
        reasons.push(`compared with the ${b.name}: ${reason}`);
      }
    }
    if (reasons.length > 0) lower.set(a.code, reasons);
  }
  return lower;
}
