import { useState } from 'react';
import type { ScenariosView } from '../../../shared/contract/scenarios';
import { ListNoticeBar, type ListNotice } from './ListNoticeBar';
import { ScenarioCard } from './ScenarioCard';
import { TimeLimitSelect } from './TimeLimitSelect';
import type { ScenariosData } from './use-scenarios';

/** At least two scenarios to compare, at most four side by side. */
export const COMPARE_LIMITS = { min: 2, max: 4 } as const;

interface ScenarioListProps {
  view: ScenariosView;
  data: ScenariosData;
  /** Ticked for comparing, in the order they were ticked: the first is the baseline. */
  selected: string[];
  onSelect(names: string[]): void;
  notice: ListNotice | null;
  onNotice(notice: ListNotice | null): void;
  timeLimit: number;
  onTimeLimit(seconds: number): void;
  onWhatIf(): void;
  onCompare(names: string[]): void;
}

/** Every scenario with its figures and actions, the way in to a new what-if, and Compare. */
export function ScenarioList(props: ScenarioListProps) {
  const { view, data, selected } = props;
  const busy = data.busy !== null;
  const [focusName, setFocusName] = useState<string | null>(null);
  const canCompare = selected.length >= COMPARE_LIMITS.min && selected.length <= COMPARE_LIMITS.max;
  // Newest first: the what-if just made is the one the user looks for.
  const scenarios = view.scenarios.toSorted((a, b) => b.createdAt.localeCompare(a.createdAt));

  function toggle(name: string, ticked: boolean): void {
    props.onSelect(ticked ? [...selected, name] : selected.filter((entry) => entry !== name));
  }

  return (
    <section className="scenario-list" aria-labelledby="scenarios-heading">
      <div className="scenarios-toolbar">
        <div>
          <h2 id="scenarios-heading">Scenarios</h2>
          <p className="scenarios-lead">
            Each scenario is a set of option blocks built with its own what-ifs. Tick two to four to
            compare them; the first ticked is the one the others are measured against.
          </p>
        </div>
        <div className="scenarios-toolbar-actions">
          <TimeLimitSelect value={props.timeLimit} onChange={props.onTimeLimit} disabled={busy} />
          <button
            type="button"
            className="button"
            disabled={!canCompare}
            onClick={() => props.onCompare(selected)}
            aria-describedby="compare-hint"
          >
            Compare ({selected.length})
          </button>
          <button
            type="button"
            className="button primary"
            onClick={props.onWhatIf}
            disabled={busy || scenarios.length === 0}
          >
            What if…
          </button>
        </div>
      </div>
      <p id="compare-hint" className="visually-hidden">
        {canCompare
          ? `Compares ${selected.join(', ')}.`
          : `Tick between ${COMPARE_LIMITS.min} and ${COMPARE_LIMITS.max} scenarios to compare them.`}
      </p>

      {props.notice && (
        <ListNoticeBar
          notice={props.notice}
          view={view}
          data={data}
          onNotice={props.onNotice}
          onCompare={props.onCompare}
        />
      )}
      {data.busy && (
        <p className="scenarios-busy" role="status">
          {data.busy}
        </p>
      )}

      {scenarios.length === 0 ? (
        <p className="empty">
          No scenarios yet. Build the option blocks on the Overview screen first; each run is saved
          as a scenario that what-ifs can start from.
        </p>
      ) : (
        <ul className="scenario-cards" aria-label="Scenarios">
          {scenarios.map((scenario) => (
            <li key={scenario.name}>
              <ScenarioCard
                scenario={scenario}
                names={view.scenarios.map((entry) => entry.name)}
                data={data}
                timeLimit={props.timeLimit}
                compareIndex={selected.indexOf(scenario.name)}
                compareFull={selected.length >= COMPARE_LIMITS.max}
                onToggleCompare={(ticked) => toggle(scenario.name, ticked)}
                onDeleted={() => props.onNotice({ kind: 'deleted', name: scenario.name })}
                takeFocus={focusName === scenario.name}
                onFocusNext={setFocusName}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
