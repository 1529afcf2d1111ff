import type { SolverMetricsView } from '../../../shared/api';
import type { PupilRefView } from './board-types';
import { changeTone, FIGURES, figureValue, namesText } from './board-words';
import type { PreviewOutcome } from './use-preview-cache';

/** What a drop would do: the figures before → after and who gains and loses, or why not. */
export function PreviewDetails({ outcome }: { outcome: PreviewOutcome | undefined }) {
  if (!outcome) return <p className="preview-waiting">Working out what would change…</p>;
  if (!outcome.ok) return <p className="preview-refused">{outcome.message}</p>;
  const { preview } = outcome;
  if (!preview.allowed) return <ReasonList reasons={preview.reasons} />;
  return (
    <div className="preview-allowed">
      <FigureChanges before={preview.before} after={preview.after} />
      <GainsAndLosses gains={preview.gains} losses={preview.losses} />
    </div>
  );
}

export function ReasonList({ reasons }: { reasons: readonly string[] }) {
  return (
    <ul className="preview-reasons" aria-label="Why not">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

/**
 * Each figure as "before → after"; fully satisfied always, the others only when they change,
 * so that the line stays short enough to read during a drag.
 */
export function FigureChanges({
  before,
  after,
  all = false,
}: {
  before: SolverMetricsView;
  after: SolverMetricsView;
  all?: boolean;
}) {
  const shown = FIGURES.filter(
    (figure) =>
      all ||
      figure.key === 'fullySatisfied' ||
      figureValue(before, figure) !== figureValue(after, figure),
  );
  return (
    <ul className="figure-changes" aria-label="Figures before and after">
      {shown.map((figure) => {
        const from = figureValue(before, figure);
        const to = figureValue(after, figure);
        return (
          <li key={figure.key} className={`figure-change ${changeTone(figure, from, to)}`}>
            <span className="figure-change-label">{figure.label}</span>{' '}
            <span className="figure-change-values">
              {from} → {to}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function GainsAndLosses({
  gains,
  losses,
}: {
  gains: readonly PupilRefView[];
  losses: readonly PupilRefView[];
}) {
  if (gains.length === 0 && losses.length === 0) {
    return <p className="gains-none">Nobody gains or loses a full set of choices.</p>;
  }
  return (
    <p className="gains-losses">
      {gains.length > 0 && (
        <span className="gains">
          <strong>Would get all their choices:</strong> {namesText(gains)}.
        </span>
      )}{' '}
      {losses.length > 0 && (
        <span className="losses">
          <strong>Would no longer get all their choices:</strong> {namesText(losses)}.
        </span>
      )}
    </p>
  );
}
