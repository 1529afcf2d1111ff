import type { PlannerApi } from '../shared/api';

declare global {
  interface Window {
    /** Exposed by the preload (or, in end-to-end tests, by the test harness). */
    readonly planner?: PlannerApi;
  }
}

/** The planner API, or null when the page runs without a shell (e.g. opened in a browser). */
export function plannerApi(): PlannerApi | null {
  return window.planner ?? null;
}
