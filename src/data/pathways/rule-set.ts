import { checkPathways } from '../../core/pathways';
import type { Pathway, RuleCourse, RuleSetProblem } from '../../core/pathways/types';
import { readCourses } from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { readPathways } from '../plan/pathway-repository';

/** The plan's courses as the facts pathway rules need. */
export function readRuleCourses(db: PlanDatabase): RuleCourse[] {
  return readCourses(db).map(({ code, name, category, qualification, blocksSpanned }) => ({
    code,
    name,
    category,
    qualification,
    blocksSpanned,
  }));
}

/** Problems with the routes' rules against the plan's courses (by default, the plan's routes). */
export function ruleSetProblems(db: PlanDatabase, pathways?: readonly Pathway[]): RuleSetProblem[] {
  return checkPathways(pathways ?? readPathways(db), readRuleCourses(db));
}
