import {
  checkRuleSet,
  DEFAULT_FAIRNESS_SETTINGS,
  describeOptionCount,
  describeRule,
  MAX_OPTION_SLOTS,
  type Pathway,
  type RuleCourse,
} from '../core/pathways';
import { analysePathways } from '../data/pathways/analysis';
import { readFairnessSettings } from '../data/pathways/fairness-settings';
import { PathwayDataError } from '../data/pathways/pathway-errors';
import { readRuleCourses } from '../data/pathways/rule-set';
import { readPupils } from '../data/plan/cohort-repository';
import { readPathwayDecisions } from '../data/plan/pathway-decision-repository';
import { validatePathways } from '../data/plan/pathway-repository';
import type { PlanDatabase } from '../data/plan/plan-file';
import type {
  PathwayCheckView,
  PathwayInput,
  PathwaysView,
  PathwayView,
} from '../shared/contract/pathways';

/**
 * More slots than any timetable has: a larger number is a typing slip, and checking whether the
 * rules can be met grows with the number of slots.
 */

/** Everything the Pathways screen shows, read in one go so that its tabs agree. */
export function pathwaysView(db: PlanDatabase, scenarioName?: string): PathwaysView {
  const analysis = analysePathways(db, { scenarioName });
  const courses = readRuleCourses(db);
  const pupils = readPupils(db);
  const bands = new Map(pupils.map((pupil) => [pupil.upn, pupil.priorAttainment.band]));
  const agreed = new Map<string, number>();
  for (const pupil of pupils) {
    if (pupil.pathway === null) continue;
    const key = pupil.pathway.toUpperCase();
    agreed.set(key, (agreed.get(key) ?? 0) + 1);
  }
  const categories = new Set(courses.flatMap((course) => course.category ?? []));
  return {
    pathways: analysis.pathways.map((pathway) =>
      pathwayView(pathway, courses, agreed.get(pathway.code.toUpperCase()) ?? 0),
    ),
    ruleSetProblems: analysis.ruleSetProblems,
    unknownRoutes: analysis.unknownRoutes,
    violations: analysis.violations,
    decisions: readPathwayDecisions(db).map((decision) => ({
      upn: decision.upn,
      name: decision.name,
      band: bands.get(decision.upn) ?? null,
      agreedPathway: decision.agreedPathway,
      recommendation: decision.recommendation,
      decision: decision.decision,
    })),
    fairness: analysis.fairness,
    scenario: analysis.scenario,
    courses: courses.map(({ code, name, category }) => ({ code, name, category })),
    categories: [...categories].sort((a, b) => a.localeCompare(b, 'en-GB')),
    settings: readFairnessSettings(db),
    defaultSettings: structuredClone(DEFAULT_FAIRNESS_SETTINGS),
  };
}

function pathwayView(pathway: Pathway, courses: RuleCourse[], agreedPupils: number): PathwayView {
  return {
    code: pathway.code,
    name: pathway.name,
    description: pathway.description,
    optionCount: pathway.optionCount,
    freeSlots: pathway.freeSlots,
    rules: pathway.rules,
    eligibility: pathway.eligibility,
    optionWords: describeOptionCount(pathway, courses),
    ruleWords: pathway.rules.map((rule) => describeRule(rule, courses)),
    agreedPupils,
  };
}

/**
 * A pathway being edited, checked as saving it would be: its fields first, then (when they are
 * sound) whether any pupil could meet its rules with the plan's courses.
 */
export function checkPathwayDraft(db: PlanDatabase, draft: PathwayInput): PathwayCheckView {
  const courses = readRuleCourses(db);
  const fieldProblems = fieldProblemsOf(draft);
  const countIsSound = draft.optionCount >= 1 && draft.optionCount <= MAX_OPTION_SLOTS;
  return {
    fieldProblems,
    ruleSetProblems: fieldProblems.length === 0 ? checkRuleSet(draft, courses) : [],
    optionWords: countIsSound ? describeOptionCount(draft, courses) : '',
    ruleWords: draft.rules.map((rule) => describeRule(rule, courses)),
  };
}

/** The data layer's field problems, worded with the editor's labels ("Rule 2: count …"). */
function fieldProblemsOf(draft: PathwayInput): string[] {
  const problems: string[] = [];
  try {
    validatePathways([draft], '');
  } catch (error) {
    if (!(error instanceof PathwayDataError)) throw error;
    for (const line of error.message.split('\n').slice(1)) {
      problems.push(withEditorLabels(line.trim().replace(/^pathway 1( \([^)]*\))?: /, '')));
    }
  }
  return problems;
}

const FIELD_LABELS: [RegExp, (match: string[]) => string][] = [
  [/^code /, () => 'Code: '],
  [/^name /, () => 'Name: '],
  [/^description /, () => 'Description: '],
  [/^optionCount /, () => 'Option slots: '],
  [/^freeSlots /, () => 'Free slots: '],
  [/^eligibility\.bands(\[\d+\])? /, () => 'Bands: '],
  [/^eligibility\.note /, () => 'Eligibility note: '],
  [
    /^rules\[(\d+)\]\.?(\S*) /,
    ([, index, field]) => `Rule ${Number(index) + 1}: ${ruleField(field)}`,
  ],
];

/** What part of a rule a problem is about, in words ("the number must be …"). */
function ruleField(field: string | undefined): string {
  if (field === 'count') return 'the number ';
  if (field === 'course') return 'the course ';
  if (field?.startsWith('from.category')) return 'the category ';
  return '';
}

function withEditorLabels(problem: string): string {
  for (const [pattern, label] of FIELD_LABELS) {
    const match = pattern.exec(problem);
    if (match) return `${label([...match])}${problem.slice(match[0].length)}.`;
  }
  return problem;
}
