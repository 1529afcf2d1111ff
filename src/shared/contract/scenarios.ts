import { z } from 'zod';
import { SCENARIO_NAME_MAX_LENGTH } from '../limits';
import { noPayload, seed, solverMetrics } from './core';

/**
 * Scenarios as what-ifs: named copies of the plan's blocking with edits to courses, staff,
 * blocks and choices, each re-solved on its own and compared side by side.
 */

const code = z.string().trim().min(1).max(40);
const scenarioName = z.string().trim().min(1).max(SCENARIO_NAME_MAX_LENGTH);

/** One what-if edit; applied in order over the plan's own data, never changing it. */
export const whatIfEdit = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('drop-course'), course: code }),
  z.strictObject({ kind: z.literal('set-groups'), course: code, groups: z.int().min(0).max(30) }),
  z.strictObject({
    kind: z.literal('set-size-limit'),
    course: code,
    maxGroupSize: z.int().min(1).max(200),
  }),
  z.strictObject({ kind: z.literal('remove-teacher'), staff: code }),
  z.strictObject({
    kind: z.literal('add-teacher'),
    staff: code,
    name: z.string().trim().min(1).max(120),
    courses: z.array(code).min(1).max(60),
    maxGroups: z.int().min(0).max(60).nullable(),
  }),
  /** The option blocks by name, in order: fewer or more than the plan has. */
  z.strictObject({
    kind: z.literal('set-blocks'),
    blocks: z.array(z.string().trim().min(1).max(40)).min(1).max(12),
  }),
  z.strictObject({
    kind: z.literal('change-choices'),
    upn: code,
    choices: z.array(code).max(12),
    reserves: z.array(code).max(6),
  }),
]);

export const scenarioDetail = z.object({
  name: z.string(),
  createdAt: z.string(),
  isAgreed: z.boolean(),
  notes: z.string(),
  metrics: solverMetrics.nullable(),
  whatIfs: z.array(whatIfEdit),
  /** Each what-if in words, e.g. "Latin is not offered". */
  whatIfWords: z.array(z.string()),
  /** True when the what-ifs changed after the layout was made: re-solve before trusting it. */
  needsSolve: z.boolean(),
});

export const scenariosView = z.object({
  scenarios: z.array(scenarioDetail),
  /** The scenario deleted last, which can still be restored; null when none. */
  restorable: z.string().nullable(),
});

const flagsOf = z.object({
  disadvantaged: z.boolean(),
  send: z.boolean(),
  eal: z.boolean(),
  gender: z.string().nullable(),
  priorAttainment: z.string().nullable(),
});

export const scenarioFigures = z.object({
  name: z.string(),
  pupils: z.int(),
  fullySatisfied: z.int(),
  choicesMet: z.int(),
  choicesRequested: z.int(),
  reservesUsed: z.int(),
  unresolved: z.int(),
  groups: z.int(),
  teachersNeeded: z.int(),
  unstaffedGroups: z.int(),
  smallestGroup: z.int(),
  largestGroup: z.int(),
  /** Share of each group (disadvantaged, SEND, EAL, not disadvantaged…) with all their choices. */
  fullySatisfiedBy: z.array(z.object({ group: z.string(), pupils: z.int(), share: z.number() })),
});

export const pupilDifference = z.object({
  upn: z.string(),
  name: z.string(),
  form: z.string().nullable(),
  flags: flagsOf,
  /** One entry per compared scenario after the first: what this pupil gains and loses. */
  changes: z.array(
    z.object({
      scenario: z.string(),
      gained: z.array(z.string()),
      lost: z.array(z.string()),
      /** 'gains' a full timetable, 'loses' it, or 'changes' courses with no change to that. */
      outcome: z.enum(['gains', 'loses', 'changes']),
    }),
  ),
});

export const scenarioComparison = z.object({
  /** The first is the baseline the others are compared with. */
  scenarios: z.array(scenarioFigures),
  pupils: z.array(pupilDifference),
  /** Per compared scenario: who gains and loses a full timetable, by flag. */
  summary: z.array(
    z.object({
      scenario: z.string(),
      gains: z.int(),
      losses: z.int(),
      lossesBy: z.array(z.object({ group: z.string(), pupils: z.int() })),
      /** Pupils who had a choice taken away because a what-if drops the course. */
      choicesDropped: z.int(),
    }),
  ),
});

const named = z.strictObject({ name: scenarioName });

export const scenariosContract = {
  getScenarios: { input: noPayload, output: scenariosView },
  /** A new scenario: a copy of `from` (its layout, staffing and what-ifs) plus `whatIfs`. */
  createScenario: {
    input: z.strictObject({
      name: scenarioName,
      from: scenarioName,
      whatIfs: z.array(whatIfEdit).max(200),
    }),
    output: scenariosView,
  },
  duplicateScenario: {
    input: z.strictObject({ name: scenarioName, newName: scenarioName }),
    output: scenariosView,
  },
  renameScenario: {
    input: z.strictObject({ name: scenarioName, newName: scenarioName }),
    output: scenariosView,
  },
  /** Deletes a scenario; `restoreScenario` brings the last one back. */
  deleteScenario: { input: named, output: scenariosView },
  restoreScenario: { input: named, output: scenariosView },
  markAgreed: { input: named, output: scenariosView },
  setWhatIfs: {
    input: z.strictObject({ name: scenarioName, whatIfs: z.array(whatIfEdit).max(200) }),
    output: scenariosView,
  },
  /** Checks what-ifs against the plan without saving: each problem in words. */
  checkWhatIfs: {
    input: z.strictObject({ whatIfs: z.array(whatIfEdit).max(200) }),
    output: z.object({ problems: z.array(z.string()), words: z.array(z.string()) }),
  },
  /** Builds the scenario's blocks again from its own data (what-ifs applied); waits for it. */
  solveScenario: {
    input: z.strictObject({
      name: scenarioName,
      timeLimitSeconds: z.number().min(1).max(600),
      seed: seed.optional(),
    }),
    output: scenariosView,
  },
  compareScenarios: {
    input: z.strictObject({ names: z.array(scenarioName).min(2).max(4) }),
    output: scenarioComparison,
  },
} as const;

export type WhatIfEditView = z.output<typeof whatIfEdit>;
export type ScenarioDetailView = z.output<typeof scenarioDetail>;
export type ScenariosView = z.output<typeof scenariosView>;
export type ScenarioComparisonView = z.output<typeof scenarioComparison>;
export type ScenarioFiguresView = z.output<typeof scenarioFigures>;
export type PupilDifferenceView = z.output<typeof pupilDifference>;
