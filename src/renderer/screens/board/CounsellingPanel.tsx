import { useMemo, useRef, useState } from 'react';
import type { BoardChangeView, BoardScreenView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { usePlanner } from '../../store-context';
import { useCounselling } from './CounsellingData';
import { CounsellingPupil } from './CounsellingPupil';
import { appliedText, filterPupils, missedCourses, type CounselledPupil } from './CounsellingWords';
import './counselling.css';

interface BoardViewProps {
  board: BoardScreenView;
  onChange: (change: BoardChangeView) => void;
}

/** What the last Apply did, or why it was refused. */
interface Outcome {
  kind: 'done' | 'refused';
  text: string;
}

/**
 * The counselling view of the board: every pupil who misses a choice, why, and the fixes the
 * engine found, cheapest first; a fix is applied to the board (and can be undone there).
 */
export function CounsellingPanel({ board, onChange }: BoardViewProps) {
  if (board.scenario === null) {
    return (
      <p className="empty">
        There is no scenario yet. Build the option blocks first; pupils who miss a choice are listed
        here.
      </p>
    );
  }
  return <CounsellingList board={board} scenario={board.scenario} onChange={onChange} />;
}

function CounsellingList({ board, scenario, onChange }: BoardViewProps & { scenario: string }) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const { view, error, outOfDate } = useCounselling(board, scenario);
  const [search, setSearch] = useState('');
  const [course, setCourse] = useState('');
  const [applying, setApplying] = useState<{ upn: string; fix: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const courses = useMemo(() => (view ? missedCourses(view.pupils) : []), [view]);
  const shown = useMemo(
    () => (view ? filterPupils(view.pupils, search, course) : []),
    [view, search, course],
  );

  async function apply(pupil: CounselledPupil, fix: number) {
    const description = pupil.fixes[fix]?.description ?? '';
    setApplying({ upn: pupil.upn, fix });
    setOutcome(null);
    try {
      const result = await api.applyCounsellingFix({ scenario, upn: pupil.upn, fix, description });
      if (result.ok) {
        onChange(result.value);
        setOutcome({ kind: 'done', text: appliedText(result.value) });
      } else if (result.error.code === 'invalid-edit') {
        setOutcome({
          kind: 'refused',
          text: `The fix for ${pupil.name} was not applied: ${result.error.message}`,
        });
      } else {
        showError(result.error);
        return;
      }
      // The pupil's card may have gone: keep keyboard users on what happened.
      outcomeRef.current?.focus();
    } finally {
      setApplying(null);
    }
  }

  if (!view) return <LoadingOrFailed what="the counselling report" error={error} />;
  const { totals } = view;
  const canApply = applying === null && !outOfDate;

  return (
    <div className="counselling" aria-busy={outOfDate}>
      <div className="counselling-header">
        <ul className="counselling-totals" aria-label="Counselling totals">
          <li>
            <span className="counselling-total-value">{totals.pupils.toLocaleString('en-GB')}</span>{' '}
            pupils
          </li>
          <li>
            <span className="counselling-total-value">
              {totals.fullySatisfied.toLocaleString('en-GB')}
            </span>{' '}
            fully satisfied
          </li>
          <li className={totals.unresolved > 0 ? 'problem' : undefined}>
            <span className="counselling-total-value">
              {totals.unresolved.toLocaleString('en-GB')}
            </span>{' '}
            to counsel
          </li>
        </ul>
        {view.pupils.length > 0 && (
          <div className="counselling-filters" role="search" aria-label="Find pupils to counsel">
            <label>
              Find a pupil
              <input
                type="search"
                value={search}
                placeholder="Name or UPN"
                onChange={(event) => setSearch(event.target.value)}
              />
            </label>
            <label>
              Missing
              <select value={course} onChange={(event) => setCourse(event.target.value)}>
                <option value="">Any course</option>
                {courses.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </div>
      <div
        ref={outcomeRef}
        tabIndex={-1}
        role="status"
        className={outcome ? `counselling-outcome ${outcome.kind}` : 'counselling-outcome'}
      >
        {outcome?.text}
      </div>
      {outOfDate && (
        <p className="counselling-updating">Updating the list for the board as it is now…</p>
      )}
      {view.pupils.length === 0 ? (
        <p className="empty">
          Every pupil has all their choices in this scenario: nobody to counsel.
        </p>
      ) : (
        <>
          <p className="counselling-count">
            {shown.length === view.pupils.length
              ? `${view.pupils.length} ${view.pupils.length === 1 ? 'pupil misses' : 'pupils miss'} a choice; each has their fixes cheapest first.`
              : `Showing ${shown.length} of ${view.pupils.length} pupils to counsel.`}
          </p>
          <div className="counselling-pupils">
            {shown.map((pupil) => (
              <CounsellingPupil
                key={pupil.upn}
                pupil={pupil}
                canApply={canApply}
                applying={applying?.upn === pupil.upn ? applying.fix : null}
                onApply={(chosen, fix) => void apply(chosen, fix)}
              />
            ))}
          </div>
        </>
      )}
    </div>
  );
}
