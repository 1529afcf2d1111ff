import { useCallback, useState } from 'react';
import type { ApiResult, PlannerApi, PlanSummaryView } from '../../../shared/api';
import type { ScenariosView } from '../../../shared/contract/scenarios';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { usePlanData, type PlanData } from '../../use-plan-data';

const loadScenarios = (api: PlannerApi) => api.getScenarios();

export interface ScenariosData extends PlanData<ScenariosView> {
  /** What is being done right now, e.g. "Building the blocks for “Drop Latin”…"; null when idle. */
  busy: string | null;
  /**
   * Runs one change to the scenarios, one at a time: its answer replaces the list, its error
   * goes to the banner. Resolves to the new list, or null when the change was refused.
   */
  change(
    label: string,
    call: (api: PlannerApi) => Promise<ApiResult<ScenariosView>>,
  ): Promise<ScenariosView | null>;
}

/** The plan's scenarios, and the one way the screen changes them. */
export function useScenarios(summary: PlanSummaryView): ScenariosData {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const data = usePlanData(loadScenarios, summary);
  const { setData } = data;
  const [busy, setBusy] = useState<string | null>(null);

  const change = useCallback<ScenariosData['change']>(
    async (label, call) => {
      setBusy(label);
      try {
        const result = await call(api);
        if (!result.ok) {
          showError(result.error);
          return null;
        }
        setData(result.value);
        // The overview and status bar count and show scenarios too.
        await refreshSummary();
        return result.value;
      } finally {
        setBusy(null);
      }
    },
    [api, refreshSummary, setData, showError],
  );

  return { ...data, busy, change };
}
