import { z } from 'zod';
import type { ApiMethod } from './api-methods';
import {
  DEMO_PUPILS,
  DEMO_SEED_MAX_LENGTH,
  SCENARIO_NAME_MAX_LENGTH,
  SOLVE_TIME_LIMIT_SECONDS,
} from './limits';

export { API_CHANNEL, API_METHODS, isApiMethod, type ApiMethod } from './api-methods';
export {
  DEMO_PUPILS,
  DEMO_SEED_MAX_LENGTH,
  SCENARIO_NAME_MAX_LENGTH,
  SOLVE_TIME_LIMIT_SECONDS,
} from './limits';

/**
 * The one typed API between the renderer and the Node side. Every method takes at most one
 * payload, validated against `input` before any work is done, and resolves to an ApiResult:
 * failures travel as values, never as exceptions across IPC.
 *
 * The renderer never passes a file path: paths come from the shell's own dialogs (or its
 * own demo folder), so a compromised page cannot make the app read or write elsewhere.
 */

export const API_ERROR_CODES = [
  // The call itself was wrong: a bug in the caller, not something the user did.
  'invalid-payload',
  'unknown-method',
  'untrusted-sender',
  // The state of the app.
  'no-plan-open',
  'already-exists',
  'scenario-exists',
  'solver-busy',
  'cannot-solve',
  // The plan file (mirrors the data layer's PlanFileError codes).
  'not-found',
  'not-a-plan',
  'newer-version',
  'corrupt',
  'busy',
  'migration-failed',
  // Anything unexpected; the message says what happened.
  'internal',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export interface ApiError {
  code: ApiErrorCode;
  /** A sentence a user can read and act on. */
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function ok<T>(value: T): ApiResult<T> {
  return { ok: true, value };
}

export function fail(code: ApiErrorCode, message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code, message } };
}

const noPayload = z.undefined();

const seed = z.union([z.int().min(0), z.string().trim().min(1).max(DEMO_SEED_MAX_LENGTH)]);

const demoPlanInput = z.strictObject({
  pupils: z.int().min(DEMO_PUPILS.min).max(DEMO_PUPILS.max),
  seed,
});

const appInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** The newest plan file format this version reads and writes. */
  planFormat: z.int(),
});

/** An open plan as the renderer sees it. */
const planInfo = z.object({
  /** The file name, e.g. "Year 9 options.ks4": what the window title shows. */
  fileName: z.string(),
  /** Where the file is, for display only: the renderer cannot send paths back. */
  path: z.string(),
  schoolName: z.string().nullable(),
  cohort: z.string().nullable(),
});

/** null: the user cancelled the dialog, nothing changed. */
const chosenPlan = planInfo.nullable();

const courseDemand = z.object({
  code: z.string(),
  name: z.string(),
  firstChoice: z.int(),
  total: z.int(),
  reserve: z.int(),
  maxGroupSize: z.int(),
  groupsNeeded: z.int(),
});

const planSummary = z.object({
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

const startSolveInput = z.strictObject({
  timeLimitSeconds: z.number().min(SOLVE_TIME_LIMIT_SECONDS.min).max(SOLVE_TIME_LIMIT_SECONDS.max),
  seed,
  /** Saved under this name; by default "Solver run <date time>". */
  scenarioName: z.string().trim().min(1).max(SCENARIO_NAME_MAX_LENGTH).optional(),
});

const apiError = z.object({ code: z.enum(API_ERROR_CODES), message: z.string() });

const solverMetrics = z.object({
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

const solveProgress = z.object({
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
const solveStatus = z.discriminatedUnion('state', [
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

const scenarioSummary = z.object({
  name: z.string(),
  createdAt: z.string(),
  isAgreed: z.boolean(),
  notes: z.string(),
  /** null for a scenario saved without figures. */
  metrics: solverMetrics.nullable(),
});

/** Each method's payload and result. Add a method here and in API_METHODS; the tests check both. */
export const API_CONTRACT = {
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
} as const satisfies Record<ApiMethod, { input: z.ZodType; output: z.ZodType }>;

type Contract = typeof API_CONTRACT;
export type ApiInput<M extends ApiMethod> = z.input<Contract[M]['input']>;
export type ApiParsedInput<M extends ApiMethod> = z.output<Contract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<Contract[M]['output']>;

export type AppInfo = z.output<typeof appInfo>;
export type PlanInfo = z.output<typeof planInfo>;
export type PlanSummaryView = z.output<typeof planSummary>;
export type CourseDemandView = z.output<typeof courseDemand>;
export type DemoPlanOptions = z.output<typeof demoPlanInput>;
export type StartSolveOptions = z.output<typeof startSolveInput>;
export type SolverMetricsView = z.output<typeof solverMetrics>;
export type SolveProgressView = z.output<typeof solveProgress>;
export type SolveStatusView = z.output<typeof solveStatus>;
export type ScenarioSummaryView = z.output<typeof scenarioSummary>;

/** What `window.planner` offers the page: one async function per method. */
export type PlannerApi = {
  [M in ApiMethod]: undefined extends ApiInput<M>
    ? () => Promise<ApiResult<ApiOutput<M>>>
    : (payload: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};
