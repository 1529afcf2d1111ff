import type { PlanSummaryView } from '../../../shared/api';

export function CohortScreen(_props: { summary: PlanSummaryView }) {
  return <p className="empty">Not built yet.</p>;
}
