import { useEffect, useState } from 'react';
import type { FairnessDimension } from '../../../core/fairness/types';
import type { PathwaysView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { ViewSwitch } from '../../components/ViewSwitch';
import { RouteTakeUpChart, SatisfactionChart } from './BreakdownCharts';
import { FairnessSettingsForm } from './FairnessSettingsForm';
import { FlagList } from './FlagList';
import type { PathwaysData } from './use-pathways';
import { countOf } from './words';

const BASIS = { named: 'as chosen', agreed: 'the agreed scenario', latest: 'the latest scenario' };

interface FairnessViewProps {
  data: PathwaysData;
  view: PathwaysView;
}

/** The fairness report: flags a governor can read, then the figures by group, then thresholds. */
export function FairnessView({ data, view }: FairnessViewProps) {
  const api = usePlannerApi();
  const [scenarios, setScenarios] = useState<string[]>([]);
  const [dimension, setDimension] = useState<FairnessDimension>('disadvantaged');
  const report = view.fairness;

  useEffect(() => {
    let current = true;
    void api.listScenarios().then((result) => {
      if (current && result.ok) setScenarios(result.value.map((scenario) => scenario.name));
    });
    return () => {
      current = false;
    };
  }, [api, view]);

  if (!report)
    return <p className="empty">The plan has no pupils yet, so there is nothing to report.</p>;
  const breakdown = report.breakdowns.find((entry) => entry.dimension === dimension);
  const concerns = report.flags.filter((flag) => flag.severity === 'concern').length;

  return (
    <div className="fairness-view">
      <div className="pathways-toolbar">
        <p className="pathways-lead">
          {countOf(report.pupils, 'pupil')};{' '}
          {view.scenario
            ? `places from the blocks of "${view.scenario.name}" (${BASIS[view.scenario.basis]}).`
            : 'no blocks built yet, so what pupils are offered is read from their choices.'}{' '}
          The report shows patterns for people to look into; it never moves a pupil.
        </p>
        {scenarios.length > 0 && (
          <label className="inline-field">
            <span>Blocks from</span>
            <select
              value={data.scenarioName ?? ''}
              onChange={(event) => data.setScenarioName(event.target.value || null)}
            >
              <option value="">The agreed, else the latest scenario</option>
              {scenarios.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <section aria-labelledby="flags-heading">
        <h2 id="flags-heading">
          {report.flags.length === 0
            ? 'Flags'
            : `Flags: ${countOf(concerns, 'concern')}, ${countOf(report.flags.length - concerns, 'note')}`}
        </h2>
        <FlagList flags={report.flags} decisions={view.decisions} />
      </section>

      {report.lowerRoutes.length > 0 && (
        <section aria-labelledby="lower-routes-heading" className="lower-routes">
          <h2 id="lower-routes-heading">Routes counted as lower</h2>
          <ul>
            {report.lowerRoutes.map((route) => (
              <li key={route.code}>
                <strong>{route.name}</strong>: {route.reasons.join('; ')}.
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="by-group-heading" className="by-group">
        <div className="by-group-header">
          <h2 id="by-group-heading">Routes and blocks by group</h2>
          <ViewSwitch
            label="Compare by"
            options={report.breakdowns.map((entry) => ({
              id: entry.dimension,
              label: entry.title,
            }))}
            value={dimension}
            onChange={setDimension}
          />
        </div>
        {breakdown && <RouteTakeUpChart breakdown={breakdown} />}
        {breakdown && view.scenario && <SatisfactionChart breakdown={breakdown} />}
        {!view.scenario && (
          <p className="hint">
            Once blocks have been built, how well they served each group (first choices met, every
            choice met, reserves used) is shown here too.
          </p>
        )}
      </section>

      <FairnessSettingsForm
        settings={view.settings}
        defaults={view.defaultSettings}
        categories={view.categories}
        onSaved={data.reload}
      />
    </div>
  );
}
