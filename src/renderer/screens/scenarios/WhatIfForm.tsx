import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ScenarioDetailView, WhatIfEditView } from '../../../shared/contract/scenarios';
import { AddEditForm } from './AddEditForm';
import type { ListNotice } from './ListNoticeBar';
import { defaultBase, nameProblem, SOLVE_SEED, whatIfName } from './scenario-words';
import { TimeLimitSelect } from './TimeLimitSelect';
import { useWhatIfCheck } from './use-what-if-check';
import type { ScenariosData } from './use-scenarios';
import { fallbackWords, WhatIfEditList } from './WhatIfEditList';
import { Field } from './Field';

interface WhatIfFormProps {
  scenarios: ScenarioDetailView[];
  data: ScenariosData;
  timeLimit: number;
  onTimeLimit(seconds: number): void;
  /** Called with what was made, or null when the user went back without making anything. */
  onDone(created: ListNotice | null): void;
}

/** "What if…": a copy of one scenario with changes, checked as they are added, then built. */
export function WhatIfForm({ scenarios, data, timeLimit, onTimeLimit, onDone }: WhatIfFormProps) {
  const [from, setFrom] = useState(() => defaultBase(scenarios) ?? '');
  const [edits, setEdits] = useState<WhatIfEditView[]>([]);
  const [typedName, setTypedName] = useState<string | null>(null);
  const [buildNow, setBuildNow] = useState(true);
  const [refusal, setRefusal] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users start at the top of the form.
  useEffect(() => heading.current?.focus(), []);
  const base = scenarios.find((scenario) => scenario.name === from);
  const inherited = useMemo(() => base?.whatIfs ?? [], [base]);
  // The copy keeps the base's own what-ifs, so the new ones are checked on top of them.
  const combined = useMemo(() => [...inherited, ...edits], [inherited, edits]);
  const check = useWhatIfCheck(combined);
  const firstEdit = edits[0];
  const autoName =
    firstEdit === undefined
      ? ''
      : whatIfName(check.wordsFor(firstEdit) ?? fallbackWords(firstEdit), edits.length - 1);
  const name = typedName ?? autoName;
  const names = scenarios.map((scenario) => scenario.name);
  const busy = data.busy !== null;

  async function create(event: FormEvent): Promise<void> {
    event.preventDefault();
    const problem =
      edits.length === 0
        ? 'Add at least one change first.'
        : !check.fresh
          ? 'The changes are still being checked; try again in a moment.'
          : check.problems.length > 0
            ? 'These changes cannot be made as they stand: see the problems listed.'
            : nameProblem(name, names);
    setRefusal(problem);
    if (problem) return;
    const scenarioName = name.trim();
    const created = await data.change(`Making “${scenarioName}”…`, (api) =>
      api.createScenario({ name: scenarioName, from, whatIfs: edits }),
    );
    if (!created) return;
    const built =
      buildNow &&
      (await data.change(
        `Building the blocks for “${scenarioName}” (up to ${timeLimit} seconds)…`,
        (api) =>
          api.solveScenario({ name: scenarioName, timeLimitSeconds: timeLimit, seed: SOLVE_SEED }),
      )) !== null;
    onDone({ kind: 'created', name: scenarioName, from, built });
  }

  return (
    <section className="what-if" aria-labelledby="what-if-heading">
      <div className="scenarios-toolbar">
        <div>
          <h2 id="what-if-heading" ref={heading} tabIndex={-1}>
            What if…
          </h2>
          <p className="scenarios-lead">
            A copy of a scenario with some changes. The plan itself is not changed: courses, staff
            and choices stay as they are everywhere else.
          </p>
        </div>
        <button type="button" className="button" onClick={() => onDone(null)} disabled={busy}>
          Back to the scenarios
        </button>
      </div>

      <div className="what-if-columns">
        <div className="what-if-start">
          <Field label="Start from">
            {(id) => (
              <select
                id={id}
                value={from}
                onChange={(event) => setFrom(event.target.value)}
                disabled={busy}
              >
                {scenarios.map((scenario) => (
                  <option key={scenario.name} value={scenario.name}>
                    {scenario.name}
                    {scenario.isAgreed ? ' (agreed plan)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {base && base.whatIfWords.length > 0 && (
            <div className="inherited">
              <p>It already has these what-ifs, which the copy keeps:</p>
              <ul>
                {base.whatIfWords.map((entry, index) => (
                  <li key={`${index}-${entry}`}>{entry}</li>
                ))}
              </ul>
            </div>
          )}
          <AddEditForm
            onAdd={(edit) => {
              setEdits([...edits, edit]);
              setRefusal(null);
            }}
          />
        </div>

        <form className="what-if-summary" onSubmit={(event) => void create(event)} noValidate>
          <WhatIfEditList
            edits={edits}
            check={check}
            onRemove={(index) => setEdits(edits.toSpliced(index, 1))}
          />
          <Field label="Name">
            {(id) => (
              <input
                id={id}
                value={name}
                placeholder="What if: …"
                onChange={(event) => setTypedName(event.target.value)}
              />
            )}
          </Field>
          <div className="build-now">
            <label className="check">
              <input
                type="checkbox"
                checked={buildNow}
                onChange={(event) => setBuildNow(event.target.checked)}
              />
              Build blocks now
            </label>
            <TimeLimitSelect
              value={timeLimit}
              onChange={onTimeLimit}
              disabled={busy || !buildNow}
            />
          </div>
          {refusal && (
            <p className="field-problem" role="alert">
              {refusal}
            </p>
          )}
          {data.busy && (
            <p className="scenarios-busy" role="status">
              {data.busy}
            </p>
          )}
          <div className="what-if-actions">
            <button type="submit" className="button primary" disabled={busy}>
              Create
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
