import { useEffect, useState } from 'react';
import type { SolverMetricsView, SolveStatusView } from '../../shared/api';
import { usePlanner } from '../store-context';

/** How often the page asks for progress while the solver runs. */
const POLL_EVERY_MS = 300;
const TIME_LIMITS = [5, 10, 30, 60, 120] as const;
/** A fixed seed: the same plan and time limit tend to give the same layout. */
const SEED = 1;

const STOPPED_BY: Record<
  Extract<SolveStatusView, { state: 'done' }>['result']['stoppedBy'],
  string
> = {
  optimal: 'no better layout is possible',
  iterations: 'the search ran its full course',
  stall: 'the search stopped finding better layouts',
  time: 'the time limit was reached',
  cancelled: 'you cancelled it',
};

/** Builds the option blocks in the background, with progress and a Cancel button. */
export function SolvePanel({ canSolve }: { canSolve: boolean }) {
  const solve = usePlanner((state) => state.solve);
  const startSolve = usePlanner((state) => state.startSolve);
  const cancelSolve = usePlanner((state) => state.cancelSolve);
  const pollSolve = usePlanner((state) => state.pollSolve);
  const [timeLimit, setTimeLimit] = useState<number>(10);
  const running = solve.state === 'running';

  useEffect(() => {
    void pollSolve();
  }, [pollSolve]);

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => void pollSolve(), POLL_EVERY_MS);
    return () => clearInterval(timer);
  }, [running, pollSolve]);

  return (
    <section aria-labelledby="solve-heading" className="solve">
      <h2 id="solve-heading">Option blocks</h2>
      <div className="solve-controls">
        <label>
          Search for
          <select
            value={timeLimit}
            onChange={(event) => setTimeLimit(Number(event.target.value))}
            disabled={running}
          >
            {TIME_LIMITS.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds} seconds
              </option>
            ))}
          </select>
        </label>
        {running ? (
          <button
            type="button"
            className="button"
            onClick={() => void cancelSolve()}
            disabled={solve.cancelRequested}
          >
            {solve.cancelRequested ? 'Cancelling…' : 'Cancel'}
          </button>
        ) : (
          <button
            type="button"
            className="button primary"
            onClick={() => void startSolve({ timeLimitSeconds: timeLimit, seed: SEED })}
            disabled={!canSolve}
          >
            Build blocks
          </button>
        )}
      </div>
      <SolveState status={solve} canSolve={canSolve} />
    </section>
  );
}

function SolveState({ status, canSolve }: { status: SolveStatusView; canSolve: boolean }) {
  switch (status.state) {
    case 'idle':
      return (
        <p className="solve-state">
          {canSolve
            ? 'Places the teaching groups in blocks so that as many pupils as possible get all their choices. The result is saved as a scenario.'
            : 'Import the pupils’ choices before building blocks.'}
        </p>
      );
    case 'running': {
      const elapsedMs = status.progress?.elapsedMs ?? 0;
      return (
        <div className="solve-state" role="status">
          <progress
            max={status.timeLimitSeconds * 1000}
            value={elapsedMs}
            aria-label="Search time"
          />
          <p>
            Searching… {(elapsedMs / 1000).toFixed(1)} of {status.timeLimitSeconds} s.{' '}
            {status.progress ? `Best so far: ${fitText(status.progress.best)}.` : ''}
          </p>
        </div>
      );
    }
    case 'done':
      return (
        <p className="solve-state solve-done" role="status">
          Saved as scenario “{status.result.scenarioName}”: {fitText(status.result.metrics)}. The
          search stopped because {STOPPED_BY[status.result.stoppedBy]}.
        </p>
      );
    case 'failed':
      return (
        <p className="solve-state solve-failed" role="alert">
          {status.error.message}
        </p>
      );
  }
}

function fitText(metrics: SolverMetricsView): string {
  return `${metrics.fullySatisfied} of ${metrics.pupils} pupils get all their choices`;
}
