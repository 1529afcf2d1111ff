import { z } from 'zod';
import type { ApiMethod } from './api-methods';
import { DEMO_PUPILS, DEMO_SEED_MAX_LENGTH } from './limits';

export { API_CHANNEL, API_METHODS, isApiMethod, type ApiMethod } from './api-methods';
export { DEMO_PUPILS, DEMO_SEED_MAX_LENGTH } from './limits';

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

const demoPlanInput = z.strictObject({
  pupils: z.int().min(DEMO_PUPILS.min).max(DEMO_PUPILS.max),
  seed: z.union([z.int().min(0), z.string().trim().min(1).max(DEMO_SEED_MAX_LENGTH)]),
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

/** Each method's payload and result. Add a method here and in API_METHODS; the tests check both. */
export const API_CONTRACT = {
  getAppInfo: { input: noPayload, output: appInfo },
  choosePlanToCreate: { input: noPayload, output: chosenPlan },
  choosePlanToOpen: { input: noPayload, output: chosenPlan },
  openDemoPlan: { input: demoPlanInput, output: planInfo },
  closePlan: { input: noPayload, output: z.null() },
  getPlanSummary: { input: noPayload, output: planSummary },
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

/** What `window.planner` offers the page: one async function per method. */
export type PlannerApi = {
  [M in ApiMethod]: undefined extends ApiInput<M>
    ? () => Promise<ApiResult<ApiOutput<M>>>
    : (payload: ApiInput<M>) => Promise<ApiResult<ApiOutput<M>>>;
};
