import { useState } from 'react';
import type { PlanSummaryView } from '../../../shared/api';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { ChoicesView } from './ChoicesView';
import { FairnessView } from './FairnessView';
import { RecommendationsView } from './RecommendationsView';
import { RoutesView } from './RoutesView';
import { usePathways } from './use-pathways';
import './pathways.css';

type Section = 'routes' | 'choices' | 'recommendations' | 'fairness';

const SECTIONS: { id: Section; label: string }[] = [
  { id: 'routes', label: 'Routes and rules' },
  { id: 'choices', label: 'Choices against routes' },
  { id: 'recommendations', label: 'Recommendations' },
  { id: 'fairness', label: 'Fairness report' },
];

/** Pathways: the routes and their rules, choices checked against them, decisions, fairness. */
export function PathwaysScreen({ summary }: { summary: PlanSummaryView }) {
  const data = usePathways(summary);
  const [section, setSection] = useState<Section>('routes');
  const { view } = data;
  if (!view) return <LoadingOrFailed what="the pathways" error={data.error} />;

  const pupilsBreaking = new Set(view.violations.map((violation) => violation.upn)).size;
  const toDecide = view.decisions.filter(
    (row) => row.recommendation?.needsReview && row.decision === null,
  ).length;
  const concerns = view.fairness?.flags.filter((flag) => flag.severity === 'concern').length ?? 0;
  const counts: Record<Section, number> = {
    routes: view.ruleSetProblems.filter((problem) => problem.kind !== 'warning').length,
    choices: pupilsBreaking,
    recommendations: toDecide,
    fairness: concerns,
  };

  return (
    <div className="pathways-screen">
      <nav className="pathways-sections" aria-label="Pathways sections">
        {SECTIONS.map((entry) => (
          <button
            key={entry.id}
            type="button"
            className="pathways-section-tab"
            aria-current={section === entry.id ? 'true' : undefined}
            onClick={() => setSection(entry.id)}
          >
            {entry.label}
            {counts[entry.id] > 0 && (
              <span className="section-count" aria-label={`(${counts[entry.id]} to look at)`}>
                {counts[entry.id]}
              </span>
            )}
          </button>
        ))}
      </nav>
      <section
        className="pathways-section"
        aria-label={SECTIONS.find((s) => s.id === section)?.label}
      >
        {section === 'routes' && <RoutesView view={view} reload={data.reload} />}
        {section === 'choices' && <ChoicesView view={view} />}
        {section === 'recommendations' && <RecommendationsView view={view} reload={data.reload} />}
        {section === 'fairness' && <FairnessView data={data} view={view} />}
      </section>
    </div>
  );
}
