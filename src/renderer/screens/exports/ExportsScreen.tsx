import type { PlanSummaryView } from '../../../shared/api';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { exportOutcome } from './export-words';
import { LettersPanel } from './LettersPanel';
import { OtherExports } from './OtherExports';
import { useExports } from './use-exports';
import './exports.css';

/** Letters and exports: offer letters for families and the files the school sends on. */
export function ExportsScreen({ summary }: { summary: PlanSummaryView }) {
  const data = useExports(summary);
  const { view } = data;
  if (!view) return <LoadingOrFailed what="the letters and exports" error={data.error} />;

  return (
    <div className="exports-screen">
      <header className="exports-header">
        <div>
          <h2 className="exports-title">Letters and exports</h2>
          <p className="exports-lead">
            Everything is written from one scenario; a file of the same name is replaced.
          </p>
        </div>
        {view.scenarios.length > 0 && (
          <label className="exports-scenario">
            Scenario
            <select
              value={view.scenario ?? ''}
              onChange={(event) => data.setScenario(event.target.value)}
            >
              {view.scenarios.map((scenario) => (
                <option key={scenario.name} value={scenario.name}>
                  {scenario.isAgreed ? `${scenario.name} (agreed)` : scenario.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {data.outcome && (
        <div className="notice exports-outcome" role="status">
          <span>{exportOutcome(data.outcome)}</span>
          <button type="button" className="button subtle" onClick={data.dismissOutcome}>
            Close
          </button>
        </div>
      )}
      <div className="exports-columns">
        <LettersPanel view={view} data={data} />
        <OtherExports data={data} hasScenario={view.scenario !== null} />
      </div>
    </div>
  );
}
