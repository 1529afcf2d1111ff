import type { z } from 'zod';
import type { ApiMethod } from './api-methods';
import type { ApiResult } from './contract/errors';
import { analysisContract } from './contract/analysis';
import { boardContract } from './contract/board';
import { cohortContract } from './contract/cohort';
import type {
  appInfo,
  courseDemand,
  demoPlanInput,
  planInfo,
  planSummary,
  scenarioSummary,
  solveProgress,
  solverMetrics,
  solveStatus,
  startSolveInput,
} from './contract/core';
import { coreContract } from './contract/core';
import { coursesContract } from './contract/courses';
import { documentsContract } from './contract/documents';
import { exportsContract } from './contract/exports';
import { importContract } from './contract/import';
import { pathwaysContract } from './contract/pathways';
import { scenariosContract } from './contract/scenarios';
import { timetableContract } from './contract/timetable';

export { API_CHANNEL, API_METHODS, isApiMethod, type ApiMethod } from './api-methods';
export {
  API_ERROR_CODES,
  fail,
  ok,
  type ApiError,
  type ApiErrorCode,
  type ApiResult,
} from './contract/errors';
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

/**
 * Each method's payload and result, one part per screen or job. Add a method to its part and
 * to API_METHODS; the tests check both.
 */
export const API_CONTRACT = {
  ...coreContract,
  ...documentsContract,
  ...importContract,
  ...cohortContract,
  ...analysisContract,
  ...coursesContract,
  ...pathwaysContract,
  ...boardContract,
  ...scenariosContract,
  ...timetableContract,
  ...exportsContract,
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
  [M in ApiMethod]: [ApiInput<M>] extends [undefined]
    ? () => Promise<ApiResult<ApiOutput<M>>>
    : undefined extends ApiInput<M>
      ? (payload?: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>
      : (payload: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};
