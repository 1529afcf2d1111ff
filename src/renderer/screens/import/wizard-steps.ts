import type { WizardState, WizardStep } from './wizard-store';

/** Every chosen file can be read and says what it holds. */
export function filesReady(state: WizardState): boolean {
  return (
    state.files.length > 0 &&
    state.files.every((file) => file.kind !== null && file.problem === null)
  );
}

/** Whether the step can be shown yet: each builds on the one before. */
export function canReach(step: WizardStep, state: WizardState): boolean {
  switch (step) {
    case 'files':
      return true;
    case 'columns':
    case 'check':
      return filesReady(state);
    case 'import':
      return state.outcome !== null || state.running === 'import' || state.check?.ok === true;
  }
}
