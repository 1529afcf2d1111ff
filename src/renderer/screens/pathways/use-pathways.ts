import { useCallback, useState } from 'react';
import type { ApiError, PlannerApi } from '../../../shared/api';
import type { PathwaysView } from '../../../shared/contract/pathways';
import { usePlanData } from '../../use-plan-data';

export interface PathwaysData {
  view: PathwaysView | null;
  /** Why the pathways could not be read (e.g. rules broken by hand in the file). */
  error: ApiError | null;
  /** The scenario asked for; null uses the agreed one, else the latest. */
  scenarioName: string | null;
  setScenarioName(name: string | null): void;
  /** Reads everything again after a change; resolves when the screen shows it. */
  reload(): Promise<void>;
}

/** The screen's one view of the plan's pathways, reloaded when the plan or scenario changes. */
export function usePathways(planChanged: unknown): PathwaysData {
  const [scenarioName, setScenarioName] = useState<string | null>(null);
  const load = useCallback((api: PlannerApi) => api.getPathways({ scenarioName }), [scenarioName]);
  const { data: view, error, reload } = usePlanData(load, planChanged);
  return { view, error, scenarioName, setScenarioName, reload };
}
