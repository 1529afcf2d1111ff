import type { ChoiceList, Cohort } from '../../core/model';
import { applyWhatIfs, fitLayoutToCohort, type WhatIfEdit } from '../../core/scenarios';
import { findCourse } from '../../core/scenarios/lookup';
import { computeMetrics } from '../../core/solver/metrics';
import type { Solution, SolverMetrics } from '../../core/solver/types';
import { readSolverCohort } from '../pathways/solver-cohort';
import type { PlanDatabase } from '../plan/plan-file';
import { readScenario } from '../plan/scenario-repository';
import { readScenarioRecord, type ScenarioRecord } from './scenario-records';

/**
 * The choices pupils made, as a scenario must be judged against them: the plan's own, changed
 * only by the scenario's change-choices what-ifs. A course a what-if drops stays a choice.
 */
export function choicesMade(
  db: PlanDatabase,
  whatIfs: readonly WhatIfEdit[],
): { cohort: Cohort; choices: ChoiceList[] } {
  const base = readSolverCohort(db);
  const choiceEdits = whatIfs.filter((edit) => edit.kind === 'change-choices');
  const choices =
    choiceEdits.length === 0 ? base.choices : applyWhatIfs(base, choiceEdits).cohort.choices;
  return { cohort: base, choices };
}

/** What a scenario that drops courses costs against the choices pupils made. */
export interface DroppedChoicesFigures {
  /** Course names, in the order the what-ifs drop them. */
  courses: string[];
  /** Pupils who chose at least one of them. */
  pupils: number;
  /** The scenario's layout measured against the choices pupils made. */
  metrics: SolverMetrics;
}

/**
 * For a scenario whose what-ifs drop courses: the courses, the pupils who chose them, and the
 * layout's figures against the choices pupils made. Null when it drops none (its own figures
 * are then already those).
 */
export function droppedChoicesFigures(
  db: PlanDatabase,
  scenario: string,
  solution: Solution,
): DroppedChoicesFigures | null {
  const record = readScenarioRecord(db, scenario);
  const drops = (record?.whatIfs ?? []).flatMap((edit) =>
    edit.kind === 'drop-course' ? [edit.course] : [],
  );
  if (!record || drops.length === 0) return null;
  const { cohort, choices } = choicesMade(db, record.whatIfs);
  const dropped = drops.flatMap((code) => findCourse(cohort, code) ?? []);
  const codes = new Set(dropped.map((course) => course.code));
  // Courses, staff and blocks as the scenario has them; only the choices are those made.
  const scenarioCohort = applyWhatIfs(cohort, record.whatIfs).cohort;
  return {
    courses: dropped.map((course) => course.name),
    pupils: choices.filter((list) => list.choices.some((code) => codes.has(code))).length,
    metrics: computeMetrics({ ...scenarioCohort, choices }, fitted(scenarioCohort, solution)),
  };
}

/** No seat in a course the scenario drops can count, whatever the layout was made for. */
function fitted(cohort: Cohort, solution: Solution): Solution {
  return fitLayoutToCohort(cohort, { solution, pins: {}, lockedPlacements: [] }).solution;
}

/**
 * A scenario's saved figures as every view shows them: for one that drops courses, measured
 * against the choices pupils made; null before it has any.
 */
export function scenarioMetrics(db: PlanDatabase, record: ScenarioRecord): SolverMetrics | null {
  if (!record.figures) return null;
  const solution = readScenario(db, record.name)?.solution;
  const judged = solution && droppedChoicesFigures(db, record.name, solution);
  return judged ? judged.metrics : record.figures.metrics;
}
