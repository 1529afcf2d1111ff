import { z } from 'zod';
import {
  DEMO_PUPILS,
  DEMO_SEED_MAX_LENGTH,
  SCENARIO_NAME_MAX_LENGTH,
  SOLVE_TIME_LIMIT_SECONDS,
} from '../limits';
import { API_ERROR_CODES } from './errors';

/** Schemas several parts of the contract use, and the contract of the first screens. */

export const noPayload = z.undefined();

export const seed = z.union([z.int().min(0), z.string().trim().min(1).max(DEMO_SEED_MAX_LENGTH)]);

export const demoPlanInput = z.strictObject({
  pupils: z.int().min(DEMO_PUPILS.min).max(DEMO_PUPILS.max),
  seed,
});

export const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** The newest plan file format this version reads and writes. */
  planFormat: z.int(),
});

/** An open plan as the renderer sees it. */
export const planInfo = z.object({
  /** The file name, e.g. "Year 9 options.ks4": what the window title shows. */
  fileName: z.string(),
  /** Where the file is, for display only: the renderer cannot send paths back. */
  path: z.string(),
  schoolName: z.string().nullable(),
  cohort: z.string().nullable(),
});

/** null: the user cancelled the dialog, nothing changed. */
export const chosenPlan = planInfo.nullable();

export const courseDemand = z.object({
  code: z.string(),
  name: z.string(),
  firstChoice: z.int(),
  total: z.int(),
  reserve: z.int(),
  maxGroupSize: z.int(),
  groupsNeeded: z.int(),
});

export const planSummary = z.object({
  plan: planInfo,
  blocks: z.array(z.string()),
  counts: z.object({
    pupils: z.int(),
    pupilsWithChoices: z.int(),
    courses: z.int(),
    staff: z.int(),
    blocks: z.int(),
    choices: z.int(),
    reserves: z.int(),
    scenarios: z.int(),
  }),
  demand: z.array(courseDemand),
});

export const startSolveInput = z.strictObject({
  timeLimitSeconds: z.number().min(SOLVE_TIME_LIMIT_SECONDS.min).max(SOLVE_TIME_LIMIT_SECONDS.max),
  seed,
  /** Saved under this name; by default "Solver run <date time>". */
  scenarioName: z.string().trim().min(1).max(SCENARIO_NAME_MAX_LENGTH).optional(),
});

export const apiError = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });

export const solverMetrics = z.object({
  pupils: z.int(),
  fullySatisfied: z.int(),
  choicesRequested: z.int(),
  choicesMet: z.int(),
  reservesUsed: z.int(),
  /** Pupils who did not get all their original choices. */
  unresolved: z.int(),
  groupsPerBlock: z.record(z.string(), z.int()),
  groupSizes: z.record(z.string(), z.object({ min: z.int(), max: z.int() })),
  teacherClashes: z.int(),
  unstaffedGroups: z.int(),
  staffingPlanned: z.boolean(),
});

export const solveProgress = z.object({
  iterations: z.int(),
  elapsedMs: z.number(),
  best: solverMetrics,
});

const solveRunInfo = {
  runId: z.string(),
  scenarioName: z.string(),
  startedAt: z.string(),
  timeLimitSeconds: z.number(),
};

/** The latest solver run of this session; the renderer polls it while a run is going. */
export const solveStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  z.object({
    state: z.literal('running'),
    ...solveRunInfo,
    cancelRequested: z.boolean(),
    /** null until the search reports for the first time. */
    progress: solveProgress.nullable(),
  }),
  z.object({
    state: z.literal('done'),
    ...solveRunInfo,
    result: z.object({
      /** The scenario the run was saved as. */
      scenarioName: z.string(),
      metrics: solverMetrics,
      stoppedBy: z.enum(['optimal', 'iterations', 'stall', 'time', 'cancelled']),
      iterations: z.int(),
      elapsedMs: z.number(),
      timeToBestMs: z.number(),
    }),
  }),
  z.object({ state: z.literal('failed'), ...solveRunInfo, error: apiError }),
]);

export const scenarioSummary = z.object({
  name: z.string(),
  createdAt: z.string(),
  isAgreed: z.boolean(),
  notes: z.string(),
  /** null for a scenario saved without figures. */
  metrics: solverMetrics.nullable(),
});

/** Opening plans, the overview and the solver run. */
export const coreContract = {
  getAppInfo: { input: noPayload, output: appInfo },
  choosePlanToCreate: { input: noPayload, output: chosenPlan },
  choosePlanToOpen: { input: noPayload, output: chosenPlan },
  openDemoPlan: { input: demoPlanInput, output: planInfo },
  closePlan: { input: noPayload, output: z.null() },
  getPlanSummary: { input: noPayload, output: planSummary },
  /** Starts building blocks in the background and returns at once; poll getSolveStatus. */
  startSolve: { input: startSolveInput, output: z.object({ runId: z.string() }) },
  /** Stops the run early; its best layout so far is still saved. False when none was running. */
  cancelSolve: { input: noPayload, output: z.object({ wasRunning: z.boolean() }) },
  getSolveStatus: { input: noPayload, output: solveStatus },
  listScenarios: { input: noPayload, output: z.array(scenarioSummary) },
} as const;
