import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ApiError,
  ApiErrorCode,
  ApiOutput,
  ApiResult,
  AppInfo,
  DemoPlanOptions,
  PlanInfo,
  PlannerApi,
  PlanSummaryView,
  SolveStatusView,
  StartSolveOptions,
} from '../shared/api';
import type { MenuCommand } from '../shared/menu-commands';
import type { ScreenId } from './screens/screen-ids';

export type RecentPlanView = ApiOutput<'listRecentPlans'>[number];

/** A copy just saved, and the plan that is still open, for the confirmation. */
export interface SavedCopyNotice {
  copyName: string;
  copyFolder: string;
  planName: string;
}

/** Plan file errors that get the full-screen problem view rather than the banner. */
const PLAN_PROBLEM_CODES: readonly ApiErrorCode[] = [
  'not-found',
  'not-a-plan',
  'newer-version',
  'corrupt',
  'busy',
  'migration-failed',
];

export interface PlannerState {
  appInfo: AppInfo | null;
  /** The open plan's overview; null on the start screen. */
  summary: PlanSummaryView | null;
  /** What is being done right now, for the busy indicator; null when idle. */
  busy: string | null;
  error: ApiError | null;
  /** The latest solver run, as last polled. */
  solve: SolveStatusView;
  /** The screen shown while a plan is open. */
  screen: ScreenId;
  /** The plans opened lately, newest first, as the start screen lists them. */
  recentPlans: RecentPlanView[];
  /** A plan file that could not be opened, shown full screen; null otherwise. */
  problem: ApiError | null;
  /** Set after Save a copy, until dismissed or another plan is opened. */
  savedCopy: SavedCopyNotice | null;

  loadAppInfo(): Promise<void>;
  newPlan(): Promise<void>;
  openPlan(): Promise<void>;
  openDemoPlan(options: DemoPlanOptions): Promise<void>;
  closePlan(): Promise<void>;
  dismissError(): void;
  showScreen(screen: ScreenId): void;
  /** Reloads the overview's figures after something changed the plan (an import, an edit). */
  /** Loads the plan summary again; resolves to whether a new one was shown. */
  refreshSummary(): Promise<boolean>;
  /** Shows an error value from a screen's own call in the banner. */
  showError(error: ApiError): void;
  loadRecentPlans(): Promise<void>;
  openRecentPlan(id: string): Promise<void>;
  forgetRecentPlan(id: string): Promise<void>;
  /** When the app starts: reopens the last plan, or says why it could not. */
  reopenLastPlan(): Promise<void>;
  saveCopy(): Promise<void>;
  dismissProblem(): void;
  dismissSavedCopy(): void;
  /** Runs a command from the application menu, as its button on the page would. */
  runMenuCommand(command: MenuCommand): Promise<void>;
  startSolve(options: StartSolveOptions): Promise<void>;
  cancelSolve(): Promise<void>;
  /**
   * Fetches the solver's status. The page polls while a run is going: simpler and sturdier
   * than pushed events, and a few small calls a second cost nothing.
   */
  pollSolve(): Promise<void>;
}

export type PlannerStore = StoreApi<PlannerState>;

/** The app's state and actions over the typed API; the API is passed in so tests can fake it. */
export function createPlannerStore(api: PlannerApi): PlannerStore {
  return createStore<PlannerState>()((set, get) => {
    /** Runs one action: one at a time, with its error shown rather than thrown. */
    async function run(label: string, action: () => Promise<void>): Promise<void> {
      if (get().busy) return;
      set({ busy: label, error: null });
      try {
        await action();
      } catch (error) {
        set({ error: { code: 'internal', message: `Something went wrong: ${String(error)}` } });
      } finally {
        set({ busy: null });
      }
    }

    /** The value of a result, or undefined after showing its error. */
    function valueOf<T>(result: ApiResult<T>): T | undefined {
      if (result.ok) return result.value;
      set({ error: result.error });
      return undefined;
    }

    /**
     * The plan a call opened, or undefined after showing why it could not: a plan file that
     * cannot be used gets the problem view, anything else the banner.
     */
    function openedPlan(result: ApiResult<PlanInfo | null>): PlanInfo | null | undefined {
      if (!result.ok && PLAN_PROBLEM_CODES.includes(result.error.code)) {
        set({ problem: result.error });
        return undefined;
      }
      return valueOf(result);
    }

    /** After a plan was opened or created: load what the overview shows. */
    async function showPlan(plan: PlanInfo | null | undefined): Promise<void> {
      if (!plan) return;
      const summary = valueOf(await api.getPlanSummary());
      if (summary) {
        set({
          summary,
          solve: { state: 'idle' },
          screen: 'overview',
          problem: null,
          savedCopy: null,
        });
      }
    }

    async function loadRecentPlans(): Promise<void> {
      const listed = await api.listRecentPlans();
      if (listed.ok) set({ recentPlans: listed.value });
    }

    return {
      appInfo: null,
      summary: null,
      busy: null,
      error: null,
      solve: { state: 'idle' },
      screen: 'overview',
      recentPlans: [],
      problem: null,
      savedCopy: null,

      loadAppInfo: async () => {
        const info = valueOf(await api.getAppInfo());
        if (info) set({ appInfo: info });
      },
      newPlan: () =>
        run('Creating the plan…', async () => showPlan(openedPlan(await api.choosePlanToCreate()))),
      openPlan: () =>
        run('Opening the plan…', async () => showPlan(openedPlan(await api.choosePlanToOpen()))),
      openDemoPlan: (options) =>
        run('Preparing the demo plan…', async () =>
          showPlan(openedPlan(await api.openDemoPlan(options))),
        ),
      closePlan: () =>
        run('Closing the plan…', async () => {
          if (valueOf(await api.closePlan()) !== undefined) {
            set({ summary: null, solve: { state: 'idle' }, savedCopy: null });
          }
        }),
      dismissError: () => set({ error: null }),
      showScreen: (screen) => set({ screen }),
      refreshSummary: async () => {
        const summary = await api.getPlanSummary();
        if (!summary.ok || !get().summary) return false;
        set({ summary: summary.value });
        return true;
      },
      showError: (error) => set({ error }),

      loadRecentPlans,
      openRecentPlan: (id) =>
        run('Opening the plan…', async () => {
          await showPlan(openedPlan(await api.openRecentPlan({ id })));
          // A missing file is now marked as missing.
          await loadRecentPlans();
        }),
      forgetRecentPlan: async (id) => {
        const listed = valueOf(await api.forgetRecentPlan({ id }));
        if (listed) set({ recentPlans: listed });
      },
      reopenLastPlan: () =>
        run('Reopening your last plan…', async () => {
          const result = await api.reopenLastPlan();
          if (result.ok) await showPlan(result.value);
          else {
            // The start screen, with the reason: the app must still start.
            const { code, message } = result.error;
            set({ error: { code, message: `Your last plan could not be reopened. ${message}` } });
          }
          await loadRecentPlans();
        }),
      saveCopy: () =>
        run('Saving a copy…', async () => {
          const planName = get().summary?.plan.fileName;
          const copy = valueOf(await api.savePlanCopy());
          if (copy && planName) {
            set({ savedCopy: { copyName: copy.fileName, copyFolder: copy.folder, planName } });
          }
        }),
      dismissProblem: () => set({ problem: null }),
      dismissSavedCopy: () => set({ savedCopy: null }),
      runMenuCommand: async (command) => {
        const state = get();
        switch (command.name) {
          case 'new-plan':
            return state.newPlan();
          case 'open-plan':
            return state.openPlan();
          case 'open-recent':
            return state.openRecentPlan(command.recentId);
          case 'save-copy':
            // The menu item is greyed out without a plan; a late click finds none and does nothing.
            return state.summary ? state.saveCopy() : undefined;
          case 'close-plan':
            return state.summary ? state.closePlan() : undefined;
        }
      },

      startSolve: async (options) => {
        set({ error: null });
        if (valueOf(await api.startSolve(options))) await get().pollSolve();
      },
      cancelSolve: async () => {
        if (valueOf(await api.cancelSolve())) await get().pollSolve();
      },
      pollSolve: async () => {
        const status = valueOf(await api.getSolveStatus());
        if (!status) return;
        const wasRunning = get().solve.state === 'running';
        set({ solve: status });
        // A finished run added a scenario: the overview's counts follow. Best effort: the plan
        // may have been closed meanwhile, which is not an error to show.
        if (wasRunning && status.state === 'done') {
          const summary = await api.getPlanSummary();
          if (summary.ok && get().summary) set({ summary: summary.value });
        }
      },
    };
  });
}
