import { useCallback, useState } from 'react';
import type { ApiError, PlannerApi } from '../../../shared/api';
import type { ExportKind, ExportResultView, ExportsView } from '../../../shared/contract/exports';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { usePlanData } from '../../use-plan-data';

export interface ExportsData {
  view: ExportsView | null;
  error: ApiError | null;
  /** The scenario asked for; null: the agreed one, else the newest. */
  setScenario(name: string | null): void;
  reload(): Promise<void>;
  /** The export being written, so its button can say so and the others wait. */
  running: ExportKind | null;
  /** The last export written; null before any or after the notice is closed. */
  outcome: ExportResultView | null;
  dismissOutcome(): void;
  runExport(kind: ExportKind, options?: { includeUnresolved?: boolean }): Promise<void>;
}

/** The screen's view of the plan's letters and exports, and the exports it writes. */
export function useExports(planChanged: unknown): ExportsData {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [scenario, setScenario] = useState<string | null>(null);
  const load = useCallback((planner: PlannerApi) => planner.getExports({ scenario }), [scenario]);
  const { data: view, error, reload } = usePlanData(load, planChanged);
  const [running, setRunning] = useState<ExportKind | null>(null);
  const [outcome, setOutcome] = useState<ExportResultView | null>(null);

  const runExport = useCallback(
    async (kind: ExportKind, options: { includeUnresolved?: boolean } = {}) => {
      const name = view?.scenario;
      if (!name) return;
      setRunning(kind);
      setOutcome(null);
      try {
        const result = await api.exportFiles({ scenario: name, kind, ...options });
        if (!result.ok) showError(result.error);
        else if (result.value !== null) setOutcome(result.value);
      } finally {
        setRunning(null);
      }
    },
    [api, showError, view?.scenario],
  );

  return {
    view,
    error,
    setScenario,
    reload,
    running,
    outcome,
    dismissOutcome: () => setOutcome(null),
    runExport,
  };
}
