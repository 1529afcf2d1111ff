import { useState } from 'react';
import type { ApiResult } from '../../../shared/api';
import type { PathwayView, PathwaysView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { RouteCard } from './RouteCard';
import { RouteEditor } from './RouteEditor';
import { RuleSetProblems } from './RuleSetProblems';
import { countOf } from './words';

interface RoutesViewProps {
  view: PathwaysView;
  reload(): Promise<void>;
}

/** What is being edited: an existing route, a new one, or nothing. */
type Editing = { route: PathwayView | null } | null;

/** The routes as cards, the rule-set check, and adding, editing, importing and exporting them. */
export function RoutesView({ view, reload }: RoutesViewProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [checkedAt, setCheckedAt] = useState<string | null>(null);

  /** Runs a change; on success reloads and says what was done, else shows the refusal. */
  async function change<T>(
    work: () => Promise<ApiResult<T>>,
    done: (value: T) => string | null,
  ): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      const result = await work();
      if (!result.ok) {
        showError(result.error);
        return;
      }
      const message = done(result.value);
      await reload();
      await refreshSummary();
      if (message) setNotice(message);
    } finally {
      setBusy(false);
    }
  }

  if (editing) {
    return (
      <RouteEditor
        route={editing.route}
        view={view}
        onClose={async (saved) => {
          setEditing(null);
          if (saved) {
            await reload();
            setNotice(`Saved the ${saved}.`);
          }
        }}
      />
    );
  }

  const blocking = view.ruleSetProblems.filter((problem) => problem.kind !== 'warning');
  return (
    <div className="routes-view">
      <div className="pathways-toolbar">
        <button
          type="button"
          className="button primary"
          onClick={() => setEditing({ route: null })}
          disabled={busy}
        >
          Add a route
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            change(
              () => api.addStarterPathways(),
              (codes) =>
                `Added the starter ${codes.length === 1 ? 'route' : 'routes'} ${codes.join(', ')}. Edit them to fit your school before relying on them.`,
            )
          }
        >
          Add the starter routes
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            change(
              () => api.importPathways(),
              (result) =>
                result &&
                `Imported ${result.fileName}: ${countOf(result.added.length, 'route')} added, ${result.replaced.length} replaced.`,
            )
          }
        >
          Import a pathways file…
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || view.pathways.length === 0}
          onClick={() =>
            change(
              () => api.exportPathways(),
              (result) =>
                result && `Wrote ${countOf(result.pathways, 'route')} to ${result.fileName}.`,
            )
          }
        >
          Export the routes…
        </button>
      </div>
      {notice && (
        <p className="pathways-notice" role="status">
          {notice}
        </p>
      )}

      <section className="form-check" aria-labelledby="form-check-heading">
        <div className="form-check-text">
          <h2 id="form-check-heading">Check the choice form</h2>
          <p>
            Before the choices form goes out, check that a pupil on each route could meet all of its
            rules with the courses this plan offers, and that every rule names a course or category
            the plan has.
          </p>
        </div>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={async () => {
            await reload();
            setCheckedAt(new Date().toLocaleTimeString('en-GB'));
          }}
        >
          Check the choice form
        </button>
        {checkedAt && (
          <p className="form-check-result" role="status">
            {blocking.length === 0
              ? `Checked at ${checkedAt}: every route can be met by some set of choices.`
              : `Checked at ${checkedAt}: ${countOf(blocking.length, 'problem')} to fix before the form goes out.`}
          </p>
        )}
      </section>

      {view.ruleSetProblems.length > 0 && (
        <section className="rule-problems-panel" aria-labelledby="rule-problems-heading">
          <h2 id="rule-problems-heading">Problems with the routes&apos; rules</h2>
          <RuleSetProblems problems={view.ruleSetProblems} />
        </section>
      )}

      {view.unknownRoutes.length > 0 && (
        <section className="rule-problems-panel" aria-labelledby="unknown-routes-heading">
          <h2 id="unknown-routes-heading">Pupils on a route the plan does not have</h2>
          <ul className="rule-problems">
            {view.unknownRoutes.map((route) => (
              <li key={route.code} className="rule-problem contradiction">
                <span className="rule-problem-kind">{route.code}</span>
                <span>
                  {countOf(route.pupils.length, 'pupil')}: {route.pupils.join(', ')}. Add a route
                  with this code, or move them to another route.
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {view.pathways.length === 0 ? (
        <p className="empty">
          This plan has no routes yet. Add the starter routes and edit them, import a pathways file,
          or add a route of your own.
        </p>
      ) : (
        <div className="route-cards">
          {view.pathways.map((route) => (
            <RouteCard
              key={route.code}
              route={route}
              problems={view.ruleSetProblems.filter((problem) => problem.pathway === route.code)}
              busy={busy}
              confirmingDelete={deleting === route.code}
              onEdit={() => setEditing({ route })}
              onDelete={() => setDeleting(route.code)}
              onCancelDelete={() => setDeleting(null)}
              onConfirmDelete={() => {
                setDeleting(null);
                void change(
                  () => api.deletePathway({ code: route.code }),
                  () => `Deleted the ${route.name}.`,
                );
              }}
            />
          ))}
        </div>
      )}
    </div>
  );
}
