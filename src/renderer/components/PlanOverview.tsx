import { useEffect, useRef } from 'react';
import type { PlanSummaryView } from '../../shared/api';
import { usePlanner } from '../store-context';
import { DemandTable } from './DemandTable';
import { SolvePanel } from './SolvePanel';

export function PlanOverview({ summary }: { summary: PlanSummaryView }) {
  const busy = usePlanner((state) => state.busy) !== null;
  const closePlan = usePlanner((state) => state.closePlan);
  const heading = useRef<HTMLHeadingElement>(null);
  const { plan, counts } = summary;
  const described = [plan.schoolName, plan.cohort].filter(Boolean).join(' · ');

  // A newly opened plan takes focus, so keyboard and screen reader users land on it.
  useEffect(() => heading.current?.focus(), [plan.path]);

  return (
    <main className="overview" aria-labelledby="plan-heading">
      <header className="overview-header">
        <div className="plan-title">
          <h1 id="plan-heading" ref={heading} tabIndex={-1}>
            {plan.fileName}
          </h1>
          {described && <p className="plan-described">{described}</p>}
          <p className="plan-path" title={plan.path}>
            {plan.path}
          </p>
        </div>
        <button type="button" className="button" onClick={closePlan} disabled={busy}>
          Close plan
        </button>
      </header>

      <dl className="counts" aria-label="Plan counts">
        <Count
          label="Pupils"
          value={counts.pupils}
          note={`${counts.pupilsWithChoices} with choices`}
        />
        <Count label="Courses" value={counts.courses} />
        <Count label="Staff" value={counts.staff} />
        <Count
          label="Blocks"
          value={counts.blocks}
          note={summary.blocks.length > 0 ? summary.blocks.join(' ') : undefined}
        />
        <Count label="Choices" value={counts.choices} note={`${counts.reserves} reserves`} />
      </dl>

      <SolvePanel canSolve={counts.choices > 0} />

      <section aria-labelledby="demand-heading" className="demand">
        <h2 id="demand-heading">Demand per course</h2>
        {summary.demand.length > 0 ? (
          <DemandTable demand={summary.demand} />
        ) : (
          <p className="empty">This plan has no courses yet, so there is no demand to show.</p>
        )}
      </section>
    </main>
  );
}

function Count({
  label,
  value,
  note,
}: {
  label: string;
  value: number;
  note?: string | undefined;
}) {
  return (
    <div className="count" data-count={label.toLowerCase()}>
      <dt>{label}</dt>
      <dd>
        <span className="count-value">{value.toLocaleString('en-GB')}</span>
        {note && <span className="count-note">{note}</span>}
      </dd>
    </div>
  );
}
