export * from './types';
export { compareRoutes, lowerRoutes, type TariffSettings } from './compare';
export type { CourseSource } from './course-lookup';
export { resolveSelector, selectorIncludes } from './selectors';
export { categoryNoun, describeOptionCount, describePathway, describeRule } from './describe';
export { checkChoices } from './check-choices';
export { checkPathways, checkRuleSet } from './check-rule-set';
export { findSatisfyingChoices } from './satisfy';
export {
  recommendPathway,
  recommendPathways,
  type RecommendationInput,
  type RecommendationPupil,
} from './recommend';
export { STARTER_PATHWAYS } from './starter';
export { withPathwayCourses } from './solver-choices';
