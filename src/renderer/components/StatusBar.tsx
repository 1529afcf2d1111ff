import type { PlanSummaryView } from '../../shared/api';

/** The headline numbers, always in view at the foot of the window. */
export function StatusBar({ summary }: { summary: PlanSummaryView }) {
  return (
    <footer className="status-bar" aria-label="Plan status">
      <span data-status="pupils">{summary.counts.pupils.toLocaleString('en-GB')} pupils</span>
    </footer>
  );
}
