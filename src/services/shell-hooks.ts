import type { DemoPlanOptions, PlanInfo } from '../shared/api';

/**
 * What only the host can do for the services: native dialogs and knowing where the user keeps
 * documents. Electron implements it with its dialogs; the end-to-end tests with prepared temp
 * paths. Dialogs resolve to null when the user cancels.
 */
export interface ShellHooks {
  /** Ask where to save a new plan. */
  choosePlanToCreate(): Promise<string | null>;
  /** Ask which plan file to open. */
  choosePlanToOpen(): Promise<string | null>;
  /** Where the demo plan for these options lives (its folder is created if needed). */
  demoPlanPath(options: DemoPlanOptions): string;
  /** Told whenever the open plan changes, e.g. to set the window title. */
  planChanged?(plan: PlanInfo | null): void;
}
