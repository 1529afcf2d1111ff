import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  ApiError,
  ApiResult,
  AppInfo,
  DemoPlanOptions,
  PlanInfo,
  PlannerApi,
  PlanSummaryView,
  SolveStatusView,
  StartSolveOptions,
} from '../shared/api';
import type { ScreenId } from './screens/screen-ids';

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

  loadAppInfo(): Promise<void>;
  newPlan(): Promise<void>;
  openPlan(): Promise<void>;
  openDemoPlan(options: DemoPlanOptions): Promise<void>;
  closePlan(): Promise<void>;
  dismissError(): void;
  showScreen(screen: ScreenId): void;
  /** Reloads the overview's figures after something changed the plan (an import, an edit). */
  refreshSummary(): Promise<void>;
  /** Shows an error value from a screen's own call in the banner. */
  showError(error: ApiError): void;
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

    /** After a plan was opened or created: load what the overview shows. */
    async function showPlan(plan: PlanInfo | null | undefined): Promise<void> {
      if (!plan) return;
      const summary = valueOf(await api.getPlanSummary());
      if (summary) set({ summary, solve: { state: 'idle' }, screen: 'overview' });
    }

    return {
      appInfo: null,
      summary: null,
      busy: null,
      error: null,
      solve: { state: 'idle' },
      screen: 'overview',

      loadAppInfo: async () => {
        const info = valueOf(await api.getAppInfo());
        if (info) set({ appInfo: info });
      },
      newPlan: () =>
        run('Creating the plan…', async () => showPlan(valueOf(await api.choosePlanToCreate()))),
      openPlan: () =>
        run('Opening the plan…', async () => showPlan(valueOf(await api.choosePlanToOpen()))),
      openDemoPlan: (options) =>
        run('Preparing the demo plan…', async () =>
          showPlan(valueOf(await api.openDemoPlan(options))),
        ),
      closePlan: () =>
        run('Closing the plan…', async () => {
          if (valueOf(await api.closePlan()) !== undefined) {
            set({ summary: null, solve: { state: 'idle' } });
          }
        }),
      dismissError: () => set({ error: null }),
      showScreen: (screen) => set({ screen }),
      refreshSummary: async () => {
        const summary = await api.getPlanSummary();
        if (summary.ok && get().summary) set({ summary: summary.value });
      },
      showError: (error) => set({ error }),

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
