import { z } from 'zod';
import { chosenPlan, noPayload, planInfo } from './core';

/** Plan files as documents: recent plans, save a copy, reopening the last plan. */

/** A plan the user opened or created lately. The id stands in for its path. */
export const recentPlan = z.object({
  id: z.string(),
  fileName: z.string(),
  /** The folder it was in, for display only. */
  folder: z.string(),
  /** When it was last opened (ISO 8601). */
  lastOpenedAt: z.string(),
  /** False when the file has been moved, renamed or deleted since. */
  exists: z.boolean(),
});

export const recentPlanInput = z.strictObject({ id: z.string().regex(/^[0-9a-f]{1,64}$/) });

/** null: the user cancelled the dialog, nothing was written. */
export const savedCopy = z
  .object({
    fileName: z.string(),
    /** The folder the copy was written to, for display only. */
    folder: z.string(),
  })
  .nullable();

export const documentsContract = {
  /** Newest first, at most eight. */
  listRecentPlans: { input: noPayload, output: z.array(recentPlan) },
  openRecentPlan: { input: recentPlanInput, output: planInfo },
  /** Takes a plan off the list (the file itself is not touched); returns the list as it is now. */
  forgetRecentPlan: { input: recentPlanInput, output: z.array(recentPlan) },
  /**
   * When the app starts: reopens the most recent plan. null when there is none or its file
   * has gone; the plan already open when the page is reloaded.
   */
  reopenLastPlan: { input: noPayload, output: chosenPlan },
  /** Asks where, then writes a copy of the open plan there; the open plan stays open. */
  savePlanCopy: { input: noPayload, output: savedCopy },
} as const;
