import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { ApiError, ApiResult, PlannerApi } from '../shared/api';
import { usePlannerApi } from './api-context';
import { usePlanner } from './store-context';

export interface PlanData<T> {
  /** null until the first load arrives. */
  data: T | null;
  /** Why the latest load failed (also shown in the banner); null after a good one. */
  error: ApiError | null;
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
  const [error, setError] = useState<ApiError | null>(null);

  /** Shows a load's outcome: its data, or its error in the banner and on the screen. */
  const show = useCallback(
    (result: ApiResult<T>) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setData(result.value);
      else showError(result.error);
    },
    [showError],
  );

  useEffect(() => {
    let current = true;
    void load(api).then((result) => {
      if (current) show(result);
    });
    return () => {
      current = false;
    };
  }, [api, load, show, planChanged]);

  const reload = useCallback(async () => show(await load(api)), [api, load, show]);

  return { data, error, setData, reload };
}
