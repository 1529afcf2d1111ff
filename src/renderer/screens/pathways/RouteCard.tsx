import type { PathwayView, RuleSetProblemView } from '../../../shared/contract/pathways';
import { bandsText, countOf } from './words';

interface RouteCardProps {
  route: PathwayView;
  problems: RuleSetProblemView[];
  busy: boolean;
  /** True while the user is asked to confirm deleting this route. */
  confirmingDelete: boolean;
  onEdit(): void;
  onDelete(): void;
  onConfirmDelete(): void;
  onCancelDelete(): void;
}

/** One route as a parent or governor would read it: what it is for and every rule in words. */
export function RouteCard(props: RouteCardProps) {
  const { route, problems, busy, confirmingDelete, onEdit, onDelete } = props;
  const headingId = `route-${route.code}`;
  return (
    <article
      className={`route-card${problems.some((problem) => problem.kind !== 'warning') ? ' has-problem' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="route-card-header">
        <h3 id={headingId}>
          {route.name} <span className="route-code">{route.code}</span>
        </h3>
        <div className="route-card-actions">
          <button type="button" className="button small" onClick={onEdit} disabled={busy}>
            Edit<span className="visually-hidden"> {route.name}</span>
          </button>
          <button type="button" className="button small subtle" onClick={onDelete} disabled={busy}>
            Delete<span className="visually-hidden"> {route.name}</span>
          </button>
        </div>
      </header>
      {route.description && <p className="route-description">{route.description}</p>}
      <p className="route-slots">{capitalised(route.optionWords)}.</p>
      <p className="route-eligibility">{eligibilityText(route)}</p>
      <h4 className="route-rules-heading">Rules</h4>
      {route.ruleWords.length === 0 ? (
        <p className="route-no-rules">No rules: any choices within the option slots.</p>
      ) : (
        <ul className="route-rules">
          {route.ruleWords.map((words, index) => (
            <li key={index}>A pupil on this route {words}.</li>
          ))}
        </ul>
      )}
      <p className="route-pupils">
        {route.agreedPupils === 0
          ? 'No pupil has this route agreed yet.'
          : `${countOf(route.agreedPupils, 'pupil')} with this route agreed.`}
      </p>
      {problems.length > 0 && (
        <p className="route-has-problems">
          {problems.some((problem) => problem.kind !== 'warning')
            ? 'This route has a problem to fix: see "Problems with the routes\' rules" above.'
            : 'This route has a warning: see "Problems with the routes\' rules" above.'}
        </p>
      )}
      {confirmingDelete && (
        <div className="route-delete-confirm" role="group" aria-label={`Delete ${route.name}?`}>
          <p>
            Delete the {route.name}? Its rules are removed from the plan, and recommendations of it
            are cleared.
          </p>
          <button
            type="button"
            className="button small danger"
            onClick={props.onConfirmDelete}
            disabled={busy}
          >
            Delete {route.name}
          </button>
          <button type="button" className="button small" onClick={props.onCancelDelete}>
            Keep it
          </button>
        </div>
      )}
    </article>
  );
}

/** The school's own note says it best for a route open to all; bands lead otherwise. */
function eligibilityText(route: PathwayView): string {
  const { bands, note } = route.eligibility;
  if (bands.length === 0 && note.trim() !== '') return note;
  return note.trim() === '' ? bandsText(bands) : `${bandsText(bands)} ${note}`;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
