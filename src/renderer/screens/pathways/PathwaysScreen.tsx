import type { PlanSummaryView } from '../../../shared/api';

export function PathwaysScreen(_props: { summary: PlanSummaryView }) {
  return <p className="empty">Not built yet.</p>;
}
