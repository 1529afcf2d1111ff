import { useEffect, useRef, useState } from 'react';
import type {
  PathwayCheckView,
  PathwaysView,
  PathwayView,
} from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { newRule, routeDraft, toPathwayInput, type Band, type RouteDraft } from './rule-draft';
import { RuleRow } from './RuleRow';
import { RuleSetProblems } from './RuleSetProblems';
import { BAND_NAMES, BANDS } from './words';

/** How long typing must pause before the draft is checked. */
const CHECK_DELAY_MS = 250;

interface RouteEditorProps {
  /** null: a new route. */
  route: PathwayView | null;
  view: PathwaysView;
  /** Called with the saved route's name, or null when cancelled. */
  onClose(saved: string | null): void;
}

/** The form to add or edit a route, checked as it is typed, exactly as saving would check it. */
export function RouteEditor({ route, view, onClose }: RouteEditorProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [draft, setDraft] = useState<RouteDraft>(() => routeDraft(route));
  const [check, setCheck] = useState<PathwayCheckView | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const prepared = toPathwayInput(draft);
  const input = prepared.input;

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (!input) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void api.checkPathway(input).then((result) => {
        if (!current) return;
        if (result.ok) setCheck(result.value);
        else showError(result.error);
      });
    }, CHECK_DELAY_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // The input is rebuilt from the draft on every render; the draft is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, draft, showError]);

  const update = (changes: Partial<RouteDraft>) => {
    setRefusal(null);
    setDraft((previous) => ({ ...previous, ...changes }));
  };

  async function save() {
    if (!input) return;
    setSaving(true);
    try {
      const result = await api.savePathway(input);
      if (result.ok) onClose(input.name.trim() || input.code);
      else if (result.error.code === 'invalid-edit') setRefusal(result.error.message);
      else showError(result.error);
    } finally {
      setSaving(false);
    }
  }

  const fieldProblems = [...prepared.problems, ...(input ? (check?.fieldProblems ?? []) : [])];
  const ruleProblems = input ? (check?.ruleSetProblems ?? []) : [];
  const title = route ? `Edit the ${route.name}` : 'Add a route';
  return (
    <form
      className="route-editor"
      aria-labelledby="route-editor-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id="route-editor-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <div className="editor-grid">
        <label>
          <span>Code</span>
          <input
            value={draft.code}
            maxLength={20}
            disabled={route !== null}
            aria-describedby="code-hint"
            onChange={(event) => update({ code: event.target.value })}
          />
          <span id="code-hint" className="hint">
            {route
              ? 'The code is on letters and in pupils.csv, so it stays as it is.'
              : 'Short, no spaces, e.g. EBACC: used on letters and in pupils.csv.'}
          </span>
        </label>
        <label>
          <span>Name</span>
          <input
            value={draft.name}
            maxLength={120}
            onChange={(event) => update({ name: event.target.value })}
          />
        </label>
        <label className="wide">
          <span>Description</span>
          <textarea
            value={draft.description}
            maxLength={2000}
            rows={2}
            onChange={(event) => update({ description: event.target.value })}
          />
        </label>
        <label>
          <span>Option slots</span>
          <input
            type="number"
            min={1}
            value={draft.optionCount}
            onChange={(event) => update({ optionCount: event.target.value })}
          />
        </label>
        <label>
          <span>Free slots</span>
          <input
            type="number"
            min={0}
            value={draft.freeSlots}
            aria-describedby="free-hint"
            onChange={(event) => update({ freeSlots: event.target.value })}
          />
          <span id="free-hint" className="hint">
            Slots a pupil may leave empty (making fewer choices).
          </span>
        </label>
        <fieldset className="editor-bands wide">
          <legend>Meant for (guidance, never a gate; none ticked: every pupil)</legend>
          {BANDS.map((band) => (
            <label key={band}>
              <input
                type="checkbox"
                checked={draft.bands.includes(band)}
                onChange={(event) =>
                  update({
                    bands: event.target.checked
                      ? BANDS.filter((kept) => kept === band || draft.bands.includes(kept))
                      : draft.bands.filter((kept: Band) => kept !== band),
                  })
                }
              />
              {BAND_NAMES[band]}
            </label>
          ))}
        </fieldset>
        <label className="wide">
          <span>Eligibility note</span>
          <input
            value={draft.note}
            maxLength={1000}
            placeholder="e.g. Agree it with the pupil, their parents and the SENCo"
            onChange={(event) => update({ note: event.target.value })}
          />
        </label>
      </div>

      <h3 className="editor-rules-heading">Rules</h3>
      {draft.rules.length === 0 && (
        <p className="hint">No rules: pupils on this route may choose any courses.</p>
      )}
      {draft.rules.map((rule, index) => (
        <RuleRow
          key={rule.id}
          rule={rule}
          position={index + 1}
          courses={view.courses}
          categories={view.categories}
          words={input ? (check?.ruleWords[index] ?? null) : null}
          onChange={(changed) =>
            update({ rules: draft.rules.map((kept) => (kept.id === rule.id ? changed : kept)) })
          }
          onRemove={() => update({ rules: draft.rules.filter((kept) => kept.id !== rule.id) })}
        />
      ))}
      <button
        type="button"
        className="button small"
        onClick={() => update({ rules: [...draft.rules, newRule()] })}
      >
        Add a rule
      </button>

      <div className="editor-check" aria-live="polite">
        {fieldProblems.length > 0 && (
          <ul className="rule-problems">
            {fieldProblems.map((problem) => (
              <li key={problem} className="rule-problem contradiction">
                <span className="rule-problem-kind">To fix</span>
                <span>{problem}</span>
              </li>
            ))}
          </ul>
        )}
        {ruleProblems.length > 0 && <RuleSetProblems problems={ruleProblems} />}
        {fieldProblems.length === 0 && check && ruleProblems.length === 0 && (
          <p className="editor-ok">
            A pupil could meet every rule of this route: {check.optionWords}.
          </p>
        )}
      </div>
      {refusal && (
        <p className="editor-refusal" role="alert">
          {refusal}
        </p>
      )}
      <div className="editor-actions">
        <button type="submit" className="button primary" disabled={saving || !input}>
          Save the route
        </button>
        <button type="button" className="button" onClick={() => onClose(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
