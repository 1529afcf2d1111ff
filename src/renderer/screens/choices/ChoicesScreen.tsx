import { useState } from 'react';
import type { PlanSummaryView, PlannerApi } from '../../../shared/api';
import { usePlanData } from '../../use-plan-data';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { ViewSwitch } from '../../components/ViewSwitch';
import { ClashView } from './ClashView';
import { DemandView } from './DemandView';
import './choices.css';

type View = 'demand' | 'clashes';

const VIEWS: { id: View; label: string }[] = [
  { id: 'demand', label: 'Demand per course' },
  { id: 'clashes', label: 'Clash matrix' },
];

const loadAnalysis = (api: PlannerApi) => api.getChoicesAnalysis();

/** What the cohort chose: demand per course and which courses are chosen together. */
export function ChoicesScreen({ summary }: { summary: PlanSummaryView }) {
  // A new summary means the plan changed (an import, an edit): the figures follow it.
  const { data: analysis, error } = usePlanData(loadAnalysis, summary);
  const [view, setView] = useState<View>('demand');

  if (!analysis) return <LoadingOrFailed what="the choices" error={error} />;
  if (analysis.courses.length === 0) {
    return (
      <p className="empty">This plan has no courses yet, so there are no choices to analyse.</p>
    );
  }
  return (
    <div className="choices-screen">
      <div className="choices-header">
        <p className="choices-lead">
          {analysis.pupilsWithChoices.toLocaleString('en-GB')} pupils have made their choices across{' '}
          {analysis.courses.length} courses.
        </p>
        <ViewSwitch label="Show" options={VIEWS} value={view} onChange={setView} />
      </div>
      {view === 'demand' ? <DemandView analysis={analysis} /> : <ClashView analysis={analysis} />}
    </div>
  );
}
