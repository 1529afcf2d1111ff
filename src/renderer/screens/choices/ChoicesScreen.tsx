import { useEffect, useState } from 'react';
import type { PlanSummaryView } from '../../../shared/api';
import type { ChoicesAnalysisView } from '../../../shared/contract/analysis';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { ClashView } from './ClashView';
import { DemandView } from './DemandView';
import './choices.css';

type View = 'demand' | 'clashes';

const VIEWS: { id: View; label: string }[] = [
  { id: 'demand', label: 'Demand per course' },
  { id: 'clashes', label: 'Clash matrix' },
];

/** What the cohort chose: demand per course and which courses are chosen together. */
export function ChoicesScreen({ summary }: { summary: PlanSummaryView }) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [analysis, setAnalysis] = useState<ChoicesAnalysisView | null>(null);
  const [view, setView] = useState<View>('demand');

  // A new summary means the plan changed (an import, an edit): the figures follow it.
  useEffect(() => {
    let current = true;
    void api.getChoicesAnalysis().then((result) => {
      if (!current) return;
      if (result.ok) setAnalysis(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, showError, summary]);

  if (!analysis) return <p className="empty">Loading the choices…</p>;
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
        <div className="view-switch" role="group" aria-label="Show">
          {VIEWS.map((entry) => (
            <button
              key={entry.id}
              type="button"
              className="view-switch-button"
              aria-pressed={view === entry.id}
              onClick={() => setView(entry.id)}
            >
              {entry.label}
            </button>
          ))}
        </div>
      </div>
      {view === 'demand' ? <DemandView analysis={analysis} /> : <ClashView analysis={analysis} />}
    </div>
  );
}
