import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PlannerState, PlannerStore } from './store';

export const StoreContext = createContext<PlannerStore | null>(null);

export function usePlanner<T>(selector: (state: PlannerState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlanner needs a StoreContext provider.');
  return useStore(store, selector);
}
