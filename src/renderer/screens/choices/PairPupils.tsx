import type {
  ChoicesAnalysisView,
  PupilsChoosingPairView,
} from '../../../shared/contract/analysis';
import type { MatrixCell } from './ClashMatrix';

/** The side panel: who chose both courses of the chosen cell, with their full choices. */
export function PairPupils({
  analysis,
  selected,
  pupils,
}: {
  analysis: ChoicesAnalysisView;
  selected: MatrixCell | null;
  /** null while loading, or before a cell is chosen. */
  pupils: PupilsChoosingPairView | null;
}) {
  const nameOf = (code: string) =>
    analysis.courses.find((course) => course.code === code)?.name ?? code;
  const heading = !selected
    ? 'Pupils'
    : selected.first === selected.second
      ? `Pupils choosing ${nameOf(selected.first)}`
      : `Pupils choosing ${nameOf(selected.first)} and ${nameOf(selected.second)}`;
  const highlighted = new Set(selected ? [selected.first, selected.second] : []);

  return (
    <aside className="pair-pupils choices-panel" aria-labelledby="pair-heading" aria-live="polite">
      <h2 id="pair-heading">{heading}</h2>
      {!selected && <p className="panel-note">Choose a cell of the matrix to list its pupils.</p>}
      {selected && !pupils && <p className="panel-note">Loading…</p>}
      {pupils && (
        <>
          <p className="pair-count">
            {pupils.pupils.length === 0
              ? 'No pupil chose both.'
              : `${pupils.pupils.length} pupil${pupils.pupils.length === 1 ? '' : 's'}`}
          </p>
          <ul className="pair-list" aria-label="Pupils">
            {pupils.pupils.map((pupil) => (
              <li key={pupil.upn} className="pair-pupil">
                <span className="pair-name">{pupil.name}</span>
                <span className="pair-meta">
                  <span className="pair-upn">{pupil.upn}</span>
                  {pupil.form && <span> · Form {pupil.form}</span>}
                </span>
                <span className="pair-choices">
                  <span className="visually-hidden">Choices: </span>
                  {pupil.choices.map((code) => (
                    <abbr
                      key={code}
                      title={nameOf(code)}
                      className={highlighted.has(code) ? 'choice-chip chosen' : 'choice-chip'}
                    >
                      {code}
                    </abbr>
                  ))}
                  {pupil.reserves.length > 0 && (
                    <span className="pair-reserves">
                      reserve{pupil.reserves.length === 1 ? '' : 's'} {pupil.reserves.join(', ')}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
