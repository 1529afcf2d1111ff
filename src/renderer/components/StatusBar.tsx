import { useEffect, useState } from 'react';
import type { PlanSummaryView } from '../../shared/api';
import type { StatusFiguresView } from '../../shared/contract/cohort';
import { usePlannerApi } from '../api-context';
import { usePlanner } from '../store-context';
import './status-bar.css';

/** How often the bar asks after a run in progress, wherever the user is in the plan. */
const POLL_EVERY_MS = 1000;

const count = (value: number) => value.toLocaleString('en-GB');

/**
 * The headline numbers, always in view at the foot of the window. They reload whenever the
 * overview does (after an import, an edit or a finished run); while blocks are being built the
 * bar keeps asking after the run, so it still updates when the overview is not on screen.
 */
export function StatusBar({ summary }: { summary: PlanSummaryView }) {
  const api = usePlannerApi();
  const running = usePlanner((state) => state.solve.state === 'running');
  const pollSolve = usePlanner((state) => state.pollSolve);
  const [figures, setFigures] = useState<StatusFiguresView | null>(null);

  useEffect(() => {
    let current = true;
    void api.getStatusFigures().then((result) => {
      // Best effort: the plan may have closed meanwhile, and the overview shows that error.
      if (current && result.ok) setFigures(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, summary]);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void pollSolve(), POLL_EVERY_MS);
    return () => clearInterval(timer);
  }, [running, pollSolve]);

  const pupils = figures?.pupils ?? summary.counts.pupils;
  const scenario = figures?.scenario ?? null;
  return (
    <footer className="status-bar" aria-label="Plan status">
      <span data-status="pupils">
        <strong>{count(pupils)}</strong> {pupils === 1 ? 'pupil' : 'pupils'}
      </span>
      {scenario ? (
        <>
          <span data-status="fully-satisfied">
            <strong>{count(scenario.fullySatisfied)}</strong> fully satisfied
          </span>
          <span data-status="unresolved" className={scenario.unresolved > 0 ? 'warn' : undefined}>
            <strong>{count(scenario.unresolved)}</strong> unresolved
          </span>
          <span data-status="groups">
            <strong>{count(scenario.groups)}</strong> {scenario.groups === 1 ? 'group' : 'groups'}
          </span>
          <span data-status="scenario" className="status-scenario" title={scenario.name}>
            {scenario.isAgreed ? 'Agreed' : 'Latest'} scenario “{scenario.name}”
          </span>
        </>
      ) : (
        <span data-status="not-built">Blocks not built yet</span>
      )}
      {running && (
        <span data-status="building" className="status-building">
          Building blocks…
        </span>
      )}
    </footer>
  );
}
