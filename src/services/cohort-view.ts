import type { ChoiceList, Pupil } from '../core/model';
import type { UnresolvedChoice } from '../core/solver/types';
import {
  readChoices,
  readCourses,
  readPathwayCodes,
  readPupils,
} from '../data/plan/cohort-repository';
import type { PlanDatabase } from '../data/plan/plan-file';
import { droppedChoicesFigures } from '../data/scenarios';
import {
  agreedOrLatestScenarioName,
  readScenario,
  type StoredScenario,
} from '../data/plan/scenario-repository';
import type { CohortPupilView, CohortView, StatusFiguresView } from '../shared/contract/cohort';

/** The cohort as the cohort screen and the status bar show it, read from the open plan. */

/** The scenario whose results are shown: the one marked agreed, else the latest made. */
export function shownScenario(db: PlanDatabase): StoredScenario | null {
  const name = agreedOrLatestScenarioName(db);
  return name === null ? null : readScenario(db, name);
}

export function cohortView(db: PlanDatabase): CohortView {
  const scenario = shownScenario(db);
  const courses = readCourses(db);
  const choicesByUpn = new Map(readChoices(db).map((list) => [list.upn.toUpperCase(), list]));
  const reasonsByUpn = unresolvedByUpn(scenario);
  const pupils = readPupils(db);
  return {
    pupils: pupils.map((pupil) =>
      pupilView(pupil, choicesByUpn.get(pupil.upn.toUpperCase()), reasonsByUpn),
    ),
    courses: courses.map((course) => ({ code: course.code, name: course.name })),
    forms: distinctSorted(pupils.map((pupil) => pupil.form)),
    pathways: distinctSorted([...readPathwayCodes(db), ...pupils.map((pupil) => pupil.pathway)]),
    scenario: scenario && { name: scenario.name, isAgreed: scenario.isAgreed },
  };
}

/** One pupil as the cohort screen shows them, e.g. after an edit. */
export function onePupilView(db: PlanDatabase, pupil: Pupil, choices: ChoiceList): CohortPupilView {
  return pupilView(pupil, choices, unresolvedByUpn(shownScenario(db)));
}

export function statusFigures(db: PlanDatabase): StatusFiguresView {
  const pupils = db.prepare('SELECT count(*) FROM pupils').pluck().get() as number;
  const scenario = shownScenario(db);
  if (!scenario?.metrics) return { pupils, scenario: null };
  // A scenario that drops courses is measured against the choices pupils made, as compared.
  const metrics =
    droppedChoicesFigures(db, scenario.name, scenario.solution)?.metrics ?? scenario.metrics;
  return {
    pupils,
    scenario: {
      name: scenario.name,
      isAgreed: scenario.isAgreed,
      fullySatisfied: metrics.fullySatisfied,
      unresolved: metrics.unresolved,
      groups: scenario.solution.groups.length,
    },
  };
}

function pupilView(
  pupil: Pupil,
  choices: ChoiceList | undefined,
  reasonsByUpn: ReadonlyMap<string, UnresolvedChoice[]>,
): CohortPupilView {
  return {
    upn: pupil.upn,
    surname: pupil.surname,
    forename: pupil.forename,
    form: pupil.form,
    gender: pupil.gender,
    disadvantaged: pupil.disadvantaged,
    send: pupil.send,
    eal: pupil.eal,
    priorAttainment: { score: pupil.priorAttainment.score, band: pupil.priorAttainment.band },
    pathway: pupil.pathway,
    choices: [...(choices?.choices ?? [])],
    reserves: [...(choices?.reserves ?? [])],
    unresolved: (reasonsByUpn.get(pupil.upn.toUpperCase()) ?? []).map((entry) => ({
      course: entry.course,
      reason: entry.reason,
    })),
  };
}

function unresolvedByUpn(scenario: StoredScenario | null): Map<string, UnresolvedChoice[]> {
  const byUpn = new Map<string, UnresolvedChoice[]>();
  for (const entry of scenario?.unresolved ?? []) {
    const key = entry.upn.toUpperCase();
    byUpn.set(key, [...(byUpn.get(key) ?? []), entry]);
  }
  return byUpn;
}

function distinctSorted(values: readonly (string | null)[]): string[] {
  const present = values.filter((value): value is string => value !== null && value !== '');
  return [...new Set(present)].sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }));
}
