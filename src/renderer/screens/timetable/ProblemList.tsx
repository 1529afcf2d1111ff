import type { TimetableProblemView } from '../../../shared/contract/timetable';

/** The problems with the frame as it stands, each with what to do; updated as it is edited. */
export function ProblemList({ problems }: { problems: TimetableProblemView[] }) {
  return (
    <section className="tt-problems" aria-labelledby="tt-problems-title">
      <h2 id="tt-problems-title">
        {problems.length === 0
          ? 'No problems'
          : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}
      </h2>
      <div aria-live="polite">
        {problems.length === 0 ? (
          <p className="tt-muted">Every block has its periods and every check passes.</p>
        ) : (
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.kind}-${index}`} data-kind={problem.kind}>
                <span className="tt-problem-message">{problem.message}</span>{' '}
                <span className="tt-problem-action">{problem.action}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
