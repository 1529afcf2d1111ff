import { useCallback, useEffect, useState } from 'react';
import type { PathwaysView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';

export interface PathwaysData {
  view: PathwaysView | null;
  /** The scenario asked for; null uses the agreed one, else the latest. */
  scenarioName: string | null;
  setScenarioName(name: string | null): void;
  /** Reads everything again after a change; resolves when the screen shows it. */
  reload(): Promise<void>;
}

/** The screen's one view of the plan's pathways, reloaded when the plan or scenario changes. */
export function usePathways(planChanged: unknown): PathwaysData {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [view, setView] = useState<PathwaysView | null>(null);
  const [scenarioName, setScenarioName] = useState<string | null>(null);

  const load = useCallback(async () => {
    const result = await api.getPathways({ scenarioName });
    if (result.ok) return result.value;
    showError(result.error);
    return null;
  }, [api, scenarioName, showError]);

  useEffect(() => {
    let current = true;
    void load().then((loaded) => {
      if (current && loaded) setView(loaded);
    });
    return () => {
      current = false;
    };
  }, [load, planChanged]);

  const reload = useCallback(async () => {
    const loaded = await load();
    if (loaded) setView(loaded);
  }, [load]);

  return { view, scenarioName, setScenarioName, reload };
}
