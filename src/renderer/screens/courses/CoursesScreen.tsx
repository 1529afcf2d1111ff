import type { PlanSummaryView } from '../../../shared/api';

export function CoursesScreen(_props: { summary: PlanSummaryView }) {
  return <p className="empty">Not built yet.</p>;
}
