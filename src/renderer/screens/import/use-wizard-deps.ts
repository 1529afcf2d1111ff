import { useMemo } from 'react';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import type { WizardDeps } from './wizard-store';

/** The API and the error banner, as the wizard's actions take them. */
export function useWizardDeps(): WizardDeps {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  return useMemo(() => ({ api, showError }), [api, showError]);
}
