import { useState } from 'react';
import type { PathwaysView, PupilDecisionView } from '../../../shared/contract/pathways';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { ViewSwitch } from '../../components/ViewSwitch';
import { DecisionRow } from './DecisionRow';
import { countOf } from './words';

type Filter = 'to-decide' | 'not-agreed' | 'agreed' | 'all';

/** Flagged for review and not yet decided by a person. */
function toBeDecided(row: PupilDecisionView): boolean {
  return Boolean(row.recommendation?.needsReview) && row.decision === null;
}

const FILTERS: { id: Filter; label: string; keep(row: PupilDecisionView): boolean }[] = [
  { id: 'to-decide', label: 'Needs a human decision', keep: toBeDecided },
  { id: 'not-agreed', label: 'Not agreed yet', keep: (row) => row.agreedPathway === null },
  { id: 'agreed', label: 'Agreed', keep: (row) => row.agreedPathway !== null },
  { id: 'all', label: 'Every pupil', keep: () => true },
];

interface RecommendationsViewProps {
  view: PathwaysView;
  reload(): Promise<void>;
}

/** Recommended routes to confirm or override, pupil by pupil; the tool never agrees a route. */
export function RecommendationsView({ view, reload }: RecommendationsViewProps) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const [filter, setFilter] = useState<Filter>('not-agreed');
  const [search, setSearch] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const recommended = view.decisions.filter((row) => row.recommendation !== null).length;
  const toDecide = view.decisions.filter(toBeDecided).length;
  const agreed = view.decisions.filter((row) => row.agreedPathway !== null).length;
  const keep = FILTERS.find((entry) => entry.id === filter)?.keep ?? (() => true);
  const needle = search.trim().toLowerCase();
  const rows = view.decisions.filter(
    (row) =>
      keep(row) &&
      (needle === '' ||
        row.name.toLowerCase().includes(needle) ||
        row.upn.toLowerCase().includes(needle)),
  );

  async function recommendAll() {
    setBusy(true);
    setNotice(null);
    try {
      const result = await api.recommendPathways();
      if (!result.ok) {
        showError(result.error);
        return;
      }
      await reload();
      setNotice(
        `Recommended a route for ${countOf(result.value.pupils, 'pupil')}; ` +
          `${result.value.needsReview} need a human decision. Agreed routes were not changed.`,
      );
    } finally {
      setBusy(false);
    }
  }

  /** After a decision: the plan changed, so the figures everywhere follow. */
  async function decided() {
    await reload();
    await refreshSummary();
  }

  return (
    <div className="recommendations-view">
      <div className="pathways-toolbar">
        <p className="pathways-lead">
          {recommended === 0
            ? 'No routes have been recommended yet.'
            : `${countOf(recommended, 'pupil')} with a recommendation; ${toDecide} need a human decision; ${countOf(agreed, 'pupil')} with an agreed route.`}{' '}
          A recommendation follows the pupil&apos;s choices and prior attainment only; a person
          agrees every route.
        </p>
        <button type="button" className="button primary" onClick={recommendAll} disabled={busy}>
          Recommend for everyone
        </button>
      </div>
      {notice && (
        <p className="pathways-notice" role="status">
          {notice}
        </p>
      )}
      <div className="pathways-toolbar filters">
        <ViewSwitch label="Show" options={FILTERS} value={filter} onChange={setFilter} />
        <label className="inline-field">
          <span>Find a pupil</span>
          <input
            type="search"
            value={search}
            placeholder="Name or UPN"
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="empty">No pupils to show here.</p>
      ) : (
        <div className="table-scroll">
          <table className="pathways-table decisions-table">
            <thead>
              <tr>
                <th scope="col">Pupil</th>
                <th scope="col">Recommended route and why</th>
                <th scope="col">Agreed route</th>
                <th scope="col">
                  <span className="visually-hidden">Decide</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <DecisionRow key={row.upn} row={row} pathways={view.pathways} onDecided={decided} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
