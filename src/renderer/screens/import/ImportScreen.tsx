import type { PlanSummaryView } from '../../../shared/api';

export function ImportScreen(_props: { summary: PlanSummaryView }) {
  return <p className="empty">Not built yet.</p>;
}
