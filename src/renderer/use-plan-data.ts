import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { ApiResult, PlannerApi } from '../shared/api';
import { usePlannerApi } from './api-context';
import { usePlanner } from './store-context';

export interface PlanData<T> {
  /** null until the first load arrives. */
  data: T | null;
  /** Shows data an edit returned, without asking again. */
  setData: Dispatch<SetStateAction<T | null>>;
  /** Loads again, e.g. after a change the screen made; resolves once the screen has it. */
  reload(): Promise<void>;
}

/**
 * A screen's data, loaded through the API and again whenever `planChanged` changes (the
 * store's summary is replaced after imports, edits and solver runs). A failed load shows its
 * error in the banner; an answer that arrives after the screen moved on is dropped.
 * `load` must keep its identity between renders (a module function or a useCallback).
 */
export function usePlanData<T>(
  load: (api: PlannerApi) => Promise<ApiResult<T>>,
  planChanged: unknown,
): PlanData<T> {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [data, setData] = useState<T | null>(null);

  const fetch = useCallback(async (): Promise<T | null> => {
    const result = await load(api);
    if (result.ok) return result.value;
    showError(result.error);
    return null;
  }, [api, load, showError]);

  useEffect(() => {
    let current = true;
    void fetch().then((loaded) => {
      if (current && loaded !== null) setData(loaded);
    });
    return () => {
      current = false;
    };
  }, [fetch, planChanged]);

  const reload = useCallback(async () => {
    const loaded = await fetch();
    if (loaded !== null) setData(loaded);
  }, [fetch]);

  return { data, setData, reload };
}
