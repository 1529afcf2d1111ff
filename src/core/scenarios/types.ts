import type { ChoiceList, Cohort } from '../model';
import type { Solution } from '../solver/types';

/**
 * One what-if edit to a scenario's data. Edits are applied in order over a copy of the plan's
 * own cohort, never changing the plan itself.
 */
export type WhatIfEdit =
  | { kind: 'drop-course'; course: string }
  | { kind: 'set-groups'; course: string; groups: number }
  | { kind: 'set-size-limit'; course: string; maxGroupSize: number }
  | { kind: 'remove-teacher'; staff: string }
  | {
      kind: 'add-teacher';
      staff: string;
      name: string;
      courses: string[];
      maxGroups: number | null;
    }
  /** The option blocks by name, in order: fewer, more or differently named than the plan's. */
  | { kind: 'set-blocks'; blocks: string[] }
  | { kind: 'change-choices'; upn: string; choices: string[]; reserves: string[] };

export interface WhatIfResult {
  cohort: Cohort;
  /** One sentence per edit that could not be applied; an edit with a problem is skipped. */
  problems: string[];
}

/** One scenario to compare: its name, the cohort it was solved for and its layout. */
export interface ComparisonEntry {
  name: string;
  cohort: Cohort;
  solution: Solution;
  /**
   * The choices pupils made, which every figure is judged against: the plan's, with only this
   * scenario's change-choices what-ifs. A course a what-if drops stays a choice, unmet, so
   * dropping a course never looks like a gain. Defaults to the cohort's own choices.
   */
  choicesAsked?: readonly ChoiceList[];
}

export interface GroupShare {
  group: string;
  pupils: number;
  /** Share of these pupils with all their choices, from 0 to 1. */
  share: number;
}

export interface ScenarioFigures {
  name: string;
  pupils: number;
  fullySatisfied: number;
  choicesMet: number;
  choicesRequested: number;
  reservesUsed: number;
  unresolved: number;
  groups: number;
  teachersNeeded: number;
  unstaffedGroups: number;
  smallestGroup: number;
  largestGroup: number;
  fullySatisfiedBy: GroupShare[];
}

export interface PupilFlags {
  disadvantaged: boolean;
  send: boolean;
  eal: boolean;
  gender: string | null;
  priorAttainment: string | null;
}

export type TimetableOutcome = 'gains' | 'loses' | 'changes';

export interface PupilChange {
  scenario: string;
  /** Course names. */
  gained: string[];
  lost: string[];
  outcome: TimetableOutcome;
}

export interface PupilDifference {
  upn: string;
  name: string;
  form: string | null;
  flags: PupilFlags;
  changes: PupilChange[];
}

export interface ComparisonSummary {
  scenario: string;
  /** Pupils who gain a full timetable against the baseline, and pupils who lose one. */
  gains: number;
  losses: number;
  lossesBy: { group: string; pupils: number }[];
  /** Pupils who had a choice taken away because a what-if drops the course. */
  choicesDropped: number;
}

export interface ScenarioComparison {
  /** The first is the baseline the others are compared with. */
  scenarios: ScenarioFigures[];
  pupils: PupilDifference[];
  summary: ComparisonSummary[];
}
