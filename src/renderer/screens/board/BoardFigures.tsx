import type { SolverMetricsView } from '../../../shared/api';
import { FIGURES, figureValue } from './board-words';

/** The scenario's headline figures, as the engine measured the board shown. */
export function BoardFigures({ metrics }: { metrics: SolverMetricsView | null }) {
  return (
    <dl className="board-figures" aria-label="Scenario figures">
      {FIGURES.map((figure) => {
        const value = metrics ? figureValue(metrics, figure) : null;
        const notPlanned = figure.key === 'unstaffedGroups' && metrics?.staffingPlanned === false;
        const worrying = !figure.higherIsBetter && value !== null && value > 0;
        return (
          <div
            key={figure.key}
            className={`board-figure${worrying ? ' worrying' : ''}`}
            data-figure={figure.key}
          >
            <dt>{figure.label}</dt>
            <dd>
              {value === null || notPlanned ? (
                <span className="board-figure-value">–</span>
              ) : (
                <span className="board-figure-value">{value.toLocaleString('en-GB')}</span>
              )}
              {metrics && figure.key === 'fullySatisfied' && (
                <span className="board-figure-of"> of {metrics.pupils}</span>
              )}
              {metrics && figure.key === 'choicesMet' && (
                <span className="board-figure-of"> of {metrics.choicesRequested}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
