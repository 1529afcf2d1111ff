import { useEffect, useId, useRef, useState } from 'react';
import type { ScenarioDetailView } from '../../../shared/contract/scenarios';
import { whenText } from '../pathways/words';
import { RenameForm } from './RenameForm';
import { copyName, groupsByBlock, SOLVE_SEED } from './scenario-words';
import type { ScenariosData } from './use-scenarios';

interface ScenarioCardProps {
  scenario: ScenarioDetailView;
  /** Every scenario's name, to refuse a rename or copy onto one of them. */
  names: string[];
  data: ScenariosData;
  timeLimit: number;
  /** Where it sits in the comparison (0 is the baseline); -1 when not ticked. */
  compareIndex: number;
  /** Four are ticked already: no more can join. */
  compareFull: boolean;
  onToggleCompare(ticked: boolean): void;
  onDeleted(): void;
  /** Moves keyboard focus to the card when it appears: a copy just made, a name just changed. */
  takeFocus: boolean;
  /** Tells the list which card should take focus next. */
  onFocusNext(name: string): void;
}

/** One scenario: its figures and what-ifs in words, and what can be done with it. */
export function ScenarioCard(props: ScenarioCardProps) {
  const { scenario, data } = props;
  const { name, metrics } = scenario;
  const headingId = useId();
  const [renaming, setRenaming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const busy = data.busy !== null;
  const { takeFocus } = props;

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);
  const ticked = props.compareIndex >= 0;

  const build = () =>
    data.change(`Building the blocks for “${name}” (up to ${props.timeLimit} seconds)…`, (api) =>
      api.solveScenario({ name, timeLimitSeconds: props.timeLimit, seed: SOLVE_SEED }),
    );
  async function duplicate(): Promise<void> {
    const newName = copyName(name, props.names);
    const copied = await data.change(`Copying “${name}”…`, (api) =>
      api.duplicateScenario({ name, newName }),
    );
    if (copied) props.onFocusNext(newName);
  }
  const markAgreed = () =>
    data.change(`Making “${name}” the agreed plan…`, (api) => api.markAgreed({ name }));
  async function remove(): Promise<void> {
    const deleted = await data.change(`Deleting “${name}”…`, (api) => api.deleteScenario({ name }));
    if (deleted) props.onDeleted();
  }

  return (
    <article
      className={`scenario-card${scenario.isAgreed ? ' agreed' : ''}${ticked ? ' ticked' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="scenario-card-header">
        <label className="compare-tick">
          <input
            type="checkbox"
            checked={ticked}
            disabled={!ticked && props.compareFull}
            onChange={(event) => props.onToggleCompare(event.target.checked)}
            aria-label={`Compare ${name}`}
          />
          {ticked && (
            <span className="compare-order">
              {props.compareIndex === 0 ? 'Baseline' : `Compared ${props.compareIndex}`}
            </span>
          )}
        </label>
        {renaming ? (
          <RenameForm
            name={name}
            names={props.names}
            data={data}
            headingId={headingId}
            onClose={(newName) => {
              setRenaming(false);
              if (newName) props.onFocusNext(newName);
              else requestAnimationFrame(() => renameButton.current?.focus());
            }}
          />
        ) : (
          <h3 id={headingId} ref={heading} tabIndex={-1}>
            {name}
          </h3>
        )}
        {scenario.isAgreed && <span className="badge agreed-badge">Agreed plan</span>}
        <span className="scenario-when">Made {whenText(scenario.createdAt)}</span>
      </header>

      {scenario.needsSolve && (
        <p className="needs-solve">
          <strong>Needs building again:</strong> its what-ifs changed after these blocks were built,
          so the figures below are out of date.
        </p>
      )}

      {metrics ? (
        <dl className="scenario-figures">
          <div>
            <dt>Fully satisfied</dt>
            <dd>
              {metrics.fullySatisfied} <span className="of">of {metrics.pupils}</span>
            </dd>
          </div>
          <div>
            <dt>Unresolved</dt>
            <dd>{metrics.unresolved}</dd>
          </div>
          <div>
            <dt>Reserves used</dt>
            <dd>{metrics.reservesUsed}</dd>
          </div>
          <div>
            <dt>Groups by block</dt>
            <dd className="by-block">{groupsByBlock(metrics.groupsPerBlock)}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">No blocks built yet.</p>
      )}

      <div className="scenario-what-ifs">
        <h4>What-ifs</h4>
        {scenario.whatIfWords.length === 0 ? (
          <p className="muted">None: the plan as it stands.</p>
        ) : (
          <ul>
            {scenario.whatIfWords.map((words, index) => (
              <li key={`${index}-${words}`}>{words}</li>
            ))}
          </ul>
        )}
      </div>

      <div className="scenario-actions" role="group" aria-label={`Actions for ${name}`}>
        {!scenario.isAgreed && (
          <button type="button" className="button small" onClick={markAgreed} disabled={busy}>
            Make the agreed plan
          </button>
        )}
        <button
          type="button"
          className={`button small${scenario.needsSolve ? ' primary' : ''}`}
          onClick={build}
          disabled={busy}
        >
          Build the blocks again
        </button>
        <button
          type="button"
          className="button small"
          onClick={() => void duplicate()}
          disabled={busy}
        >
          Duplicate
        </button>
        <button
          ref={renameButton}
          type="button"
          className="button small"
          onClick={() => setRenaming(true)}
          disabled={busy || renaming}
        >
          Rename
        </button>
        <button
          type="button"
          className="button small danger"
          onClick={() => void remove()}
          disabled={busy}
        >
          Delete
        </button>
      </div>
    </article>
  );
}
