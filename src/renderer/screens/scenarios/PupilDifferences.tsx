import { useDeferredValue, useId, useState } from 'react';
import type { PupilDifferenceView } from '../../../shared/contract/scenarios';
import { countOf } from '../pathways/words';
import { DifferenceFlags } from './DifferenceFlags';
import { Field } from './Field';

/** Rows drawn at first: a long list is there to search, not to scroll through. */
const FIRST_ROWS = 100;

type Change = PupilDifferenceView['changes'][number];

const OUTCOME_WORDS: Record<Change['outcome'], string> = {
  gains: 'Now gets all their choices',
  loses: 'No longer gets all their choices',
  changes: 'Courses change',
};

/** Every pupil whose courses differ from the baseline, with a filter and a search. */
export function PupilDifferences({
  pupils,
  compared,
  baseline,
}: {
  pupils: PupilDifferenceView[];
  /** The scenarios after the baseline, in the order of the pupils' changes. */
  compared: string[];
  baseline: string;
}) {
  const [onlyLosing, setOnlyLosing] = useState(false);
  const [search, setSearch] = useState('');
  const [showAll, setShowAll] = useState(false);
  const deferredSearch = useDeferredValue(search);
  const countId = useId();

  const shown = pupils.filter(
    (pupil) => (!onlyLosing || losesACourse(pupil)) && matches(pupil, deferredSearch),
  );
  const rows = showAll ? shown : shown.slice(0, FIRST_ROWS);

  if (pupils.length === 0) {
    return <p className="muted">No pupil’s courses differ from {baseline}.</p>;
  }
  return (
    <div className="pupil-differences">
      <div className="differences-filters">
        <label className="check">
          <input
            type="checkbox"
            checked={onlyLosing}
            onChange={(event) => setOnlyLosing(event.target.checked)}
          />
          Only pupils who lose a course
        </label>
        <Field label="Find" className="inline">
          {(id) => (
            <input
              id={id}
              type="search"
              value={search}
              placeholder="Pupil, form or course"
              onChange={(event) => setSearch(event.target.value)}
              aria-describedby={countId}
            />
          )}
        </Field>
        <p id={countId} className="muted" role="status">
          {shown.length === pupils.length
            ? `${countOf(pupils.length, 'pupil')} whose courses differ from ${baseline}`
            : `${shown.length} of ${countOf(pupils.length, 'pupil')} whose courses differ from ${baseline}`}
        </p>
      </div>
      <div className="table-scroll">
        <table className="compare-table differences-table">
          <caption className="visually-hidden">Pupils whose courses differ from {baseline}</caption>
          <thead>
            <tr>
              <th scope="col">Pupil</th>
              <th scope="col">Form</th>
              <th scope="col">Flags</th>
              {compared.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((pupil) => (
              <tr key={pupil.upn}>
                <th scope="row">{pupil.name}</th>
                <td>{pupil.form ?? '–'}</td>
                <td>
                  <DifferenceFlags pupil={pupil} />
                </td>
                {compared.map((name) => (
                  <td key={name}>
                    <ChangeCell change={pupil.changes.find((entry) => entry.scenario === name)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < shown.length && (
        <button type="button" className="button small" onClick={() => setShowAll(true)}>
          Show all {shown.length} pupils
        </button>
      )}
    </div>
  );
}

function ChangeCell({ change }: { change: Change | undefined }) {
  if (!change || (change.lost.length === 0 && change.gained.length === 0)) {
    return <span className="muted">No change</span>;
  }
  return (
    <div className="change-cell">
      {change.lost.length > 0 && (
        <p className="lost">
          <span className="change-sign" aria-hidden="true">
            −
          </span>{' '}
          Loses {change.lost.join(', ')}
        </p>
      )}
      {change.gained.length > 0 && (
        <p className="gained">
          <span className="change-sign" aria-hidden="true">
            +
          </span>{' '}
          Gains {change.gained.join(', ')}
        </p>
      )}
      {change.outcome !== 'changes' && (
        <p className={`outcome outcome-${change.outcome}`}>{OUTCOME_WORDS[change.outcome]}</p>
      )}
    </div>
  );
}

function losesACourse(pupil: PupilDifferenceView): boolean {
  return pupil.changes.some((change) => change.lost.length > 0);
}

/** Every word typed appears in the pupil's name, form, UPN or a course gained or lost. */
function matches(pupil: PupilDifferenceView, search: string): boolean {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = [
    pupil.name,
    pupil.form ?? '',
    pupil.upn,
    ...pupil.changes.flatMap((change) => [...change.lost, ...change.gained]),
  ]
    .join(' ')
    .toLowerCase();
  return words.every((word) => text.includes(word));
}
