import { canReach } from './wizard-steps';
import { WIZARD_STEPS, goToStep, useWizard } from './wizard-store';

/** Where the user is in the wizard; earlier steps can be revisited, later ones once reachable. */
export function StepNav() {
  const state = useWizard((each) => each);
  const busy = state.running !== null;
  return (
    <nav aria-label="Import steps">
      <ol className="import-steps">
        {WIZARD_STEPS.map((step, index) => {
          const current = step.id === state.step;
          return (
            <li key={step.id}>
              <button
                type="button"
                className="import-step"
                aria-current={current ? 'step' : undefined}
                disabled={busy || (!current && !canReach(step.id, state))}
                onClick={() => goToStep(step.id)}
              >
                <span className="import-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {step.label}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
