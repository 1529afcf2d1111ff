import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { ScenarioComparisonView } from '../../../shared/contract/scenarios';
import { usePlannerApi } from '../../api-context';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { usePlanner } from '../../store-context';
import { FiguresTable } from './FiguresTable';
import { GainsLosses } from './GainsLosses';
import { PupilDifferences } from './PupilDifferences';
import { SharesTable } from './SharesTable';
import { Field } from './Field';

interface CompareViewProps {
  /** The scenarios to compare; the first is the baseline. */
  names: string[];
  /** Compares the same scenarios against another baseline. */
  onBaseline(names: string[]): void;
  onBack(): void;
}

/** A comparison, or why it failed, for the names in `key`. */
type Loaded =
  { key: string; comparison: ScenarioComparisonView } | { key: string; error: ApiError };

/** Two to four scenarios side by side: figures, groups of pupils, and who gains or loses. */
export function CompareView({ names, onBaseline, onBack }: CompareViewProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const key = JSON.stringify(names);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    // The key, not the array, so that a new array with the same names does not load again.
    const wanted = JSON.parse(key) as string[];
    if (wanted.length < 2) return;
    let current = true;
    void api.compareScenarios({ names: wanted }).then((result) => {
      if (!current) return;
      if (result.ok) setLoaded({ key, comparison: result.value });
      else {
        setLoaded({ key, error: result.error });
        showError(result.error);
      }
    });
    return () => {
      current = false;
    };
  }, [api, key, showError]);

  const [baseline, ...compared] = names;
  const current = loaded?.key === key ? loaded : null;

  return (
    <section className="compare" aria-labelledby="compare-heading">
      <div className="scenarios-toolbar">
        <div>
          <h2 id="compare-heading" ref={heading} tabIndex={-1}>
            Comparing {names.length} scenarios
          </h2>
          {baseline && (
            <p className="scenarios-lead">
              Each is measured against <strong>{baseline}</strong>: a plus or minus says which way a
              figure moved, green that it is better for pupils and red that it is worse. Every
              scenario is judged against the choices pupils made, so a dropped course is a choice
              lost.
            </p>
          )}
        </div>
        <div className="scenarios-toolbar-actions">
          {baseline && (
            <Field label="Measured against" className="inline">
              {(id) => (
                <select
                  id={id}
                  value={baseline}
                  onChange={(event) =>
                    onBaseline([
                      event.target.value,
                      ...names.filter((name) => name !== event.target.value),
                    ])
                  }
                >
                  {names.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <button type="button" className="button" onClick={onBack}>
            Back to the scenarios
          </button>
        </div>
      </div>

      {names.length < 2 || !baseline ? (
        <p className="empty">
          Fewer than two of the scenarios ticked are still there. Go back and tick two to four.
        </p>
      ) : !current || 'error' in current ? (
        <LoadingOrFailed
          what="the comparison"
          error={current && 'error' in current ? current.error : null}
        />
      ) : (
        <>
          <section aria-labelledby="figures-heading" className="compare-part">
            <h3 id="figures-heading">Figures</h3>
            <FiguresTable scenarios={current.comparison.scenarios} />
          </section>
          <section aria-labelledby="gains-heading" className="compare-part">
            <h3 id="gains-heading">Who gains and who loses</h3>
            <GainsLosses summary={current.comparison.summary} baseline={baseline} />
          </section>
          <section aria-labelledby="shares-heading" className="compare-part">
            <h3 id="shares-heading">Pupils with all their choices, by group</h3>
            <SharesTable scenarios={current.comparison.scenarios} />
          </section>
          <section aria-labelledby="pupils-heading" className="compare-part">
            <h3 id="pupils-heading">Pupils whose courses change</h3>
            <PupilDifferences
              pupils={current.comparison.pupils}
              compared={compared}
              baseline={baseline}
            />
          </section>
        </>
      )}
    </section>
  );
}
