import { useEffect, useRef } from 'react';
import type { ApiError } from '../../shared/api';
import { errorTitle } from '../error-text';
import { usePlanner } from '../store-context';
import { planProblemAdvice } from './PlanProblemAdvice';

/**
 * A plan file that could not be opened, in full: what happened, what it means for the user's
 * data and what they can do. It replaces the screen until they choose a way on, so it cannot
 * be missed the way a banner can.
 */
export function PlanProblemView({ problem }: { problem: ApiError }) {
  const busy = usePlanner((state) => state.busy) !== null;
  const openPlan = usePlanner((state) => state.openPlan);
  const dismissProblem = usePlanner((state) => state.dismissProblem);
  const openPlanName = usePlanner((state) => state.summary?.plan.fileName);
  const heading = useRef<HTMLHeadingElement>(null);
  const advice = planProblemAdvice(problem.code);

  useEffect(() => heading.current?.focus(), [problem]);

  return (
    <main className="plan-problem" aria-labelledby="plan-problem-heading">
      <div className="plan-problem-card" data-error-code={problem.code}>
        <p className="plan-problem-kicker">This plan could not be opened</p>
        <h1 id="plan-problem-heading" ref={heading} tabIndex={-1}>
          {errorTitle(problem.code)}
        </h1>
        <p className="plan-problem-message">{problem.message}</p>
        <section aria-labelledby="plan-problem-data">
          <h2 id="plan-problem-data">Your data</h2>
          <p>{advice.forYourData}</p>
        </section>
        <section aria-labelledby="plan-problem-next">
          <h2 id="plan-problem-next">What you can do</h2>
          <p>{advice.whatToDo}</p>
        </section>
        <div className="plan-problem-actions">
          <button type="button" className="button primary" onClick={openPlan} disabled={busy}>
            Open another plan…
          </button>
          <button type="button" className="button" onClick={dismissProblem} disabled={busy}>
            {openPlanName ? `Back to ${openPlanName}` : 'Back to the start screen'}
          </button>
        </div>
      </div>
    </main>
  );
}
