import { useEffect, useRef } from 'react';
import type { PlanSummaryView } from '../../../shared/api';
import { CheckStep } from './CheckStep';
import { ColumnsStep } from './ColumnsStep';
import { FilesStep } from './FilesStep';
import { ImportStep } from './ImportStep';
import { StepNav } from './StepNav';
import { useWizard, wizardForPlan } from './wizard-store';
import './import.css';

/**
 * The import wizard: choose the school's files, match their columns, check them against the
 * plan, import. Nothing is saved until the last step, and only when nothing is wrong.
 */
export function ImportScreen({ summary }: { summary: PlanSummaryView }) {
  const planPath = summary.plan.path;
  const step = useWizard((state) => state.step);
  const ready = useWizard((state) => state.planPath === planPath);

  useEffect(() => wizardForPlan(planPath), [planPath]);

  // Moving on takes the user to the new step's heading, not back to the top of the page.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    document.getElementById(`import-${step}-heading`)?.focus();
  }, [step]);
  if (!ready) return null;

  return (
    <div className="import">
      <div className={step === 'files' ? 'import-intro' : 'visually-hidden'}>
        <h2>Import from your school’s files</h2>
        <p>
          Bring in the courses, the pupils from your MIS, their option choices and the staff list,
          as CSV or Excel files. Nothing is saved until the last step.
        </p>
      </div>
      <StepNav />
      {step === 'files' && <FilesStep />}
      {step === 'columns' && <ColumnsStep />}
      {step === 'check' && <CheckStep planBlocks={summary.blocks} />}
      {step === 'import' && <ImportStep />}
    </div>
  );
}
