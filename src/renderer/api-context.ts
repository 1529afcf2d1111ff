import { createContext, useContext } from 'react';
import type { PlannerApi } from '../shared/api';

export const ApiContext = createContext<PlannerApi | null>(null);

/** The typed planner API, for screens that load and edit their own data. */
export function usePlannerApi(): PlannerApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('usePlannerApi needs an ApiContext provider.');
  return api;
}
