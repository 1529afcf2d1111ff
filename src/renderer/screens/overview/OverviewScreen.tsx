import type { PlanSummaryView } from '../../../shared/api';
import { DemandTable } from '../../components/DemandTable';
import { SolvePanel } from '../../components/SolvePanel';

/** The plan at a glance: what it holds, demand per course, and building the blocks. */
export function OverviewScreen({ summary }: { summary: PlanSummaryView }) {
  const { counts } = summary;
  return (
    <div className="overview">
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
    </div>
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
