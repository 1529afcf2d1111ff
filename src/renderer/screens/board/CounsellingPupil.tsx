import { useState } from 'react';
import {
  fixCostText,
  notApplicableText,
  peopleText,
  type CounselledPupil,
  type CounsellingFixView,
} from './CounsellingWords';
import { listText } from '../../../core/counselling/text';

/** Fixes shown before "Show more": the cheapest few are what a deputy head reads first. */
const FIXES_SHOWN = 2;

/** One pupil to counsel: what they miss, why, and their fixes cheapest first. */
export function CounsellingPupil({
  pupil,
  canApply,
  applying,
  onApply,
}: {
  pupil: CounselledPupil;
  /** False while a fix is being applied or the list is out of date. */
  canApply: boolean;
  /** The index of this pupil's fix being applied, if any. */
  applying: number | null;
  onApply: (pupil: CounselledPupil, fix: number) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const headingId = `counsel-${pupil.upn}`;
  const shown = showAll ? pupil.fixes : pupil.fixes.slice(0, FIXES_SHOWN);
  const hidden = pupil.fixes.length - shown.length;
  return (
    <article className="counselling-pupil" aria-labelledby={headingId} data-upn={pupil.upn}>
      <header className="counselling-pupil-header">
        <h3 id={headingId}>{pupil.name}</h3>
        <span className="counselling-upn">{pupil.upn}</span>
      </header>
      <p className="counselling-missing">
        Missing <strong>{listText(pupil.unmetNames)}</strong>
      </p>
      <p className="counselling-reason">{pupil.reason}</p>
      {pupil.fixes.length === 0 ? (
        <p className="counselling-no-fix">No fix was found for this pupil.</p>
      ) : (
        <ol className="counselling-fixes" aria-label={`Fixes for ${pupil.name}, cheapest first`}>
          {shown.map((fix, index) => (
            <FixItem
              key={`${index}-${fix.description}`}
              pupil={pupil}
              fix={fix}
              rank={index + 1}
              canApply={canApply}
              applying={applying === index}
              onApply={() => onApply(pupil, index)}
            />
          ))}
        </ol>
      )}
      {(hidden > 0 || showAll) && pupil.fixes.length > FIXES_SHOWN && (
        <button
          type="button"
          className="button subtle counselling-more"
          aria-expanded={showAll}
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? 'Show fewer fixes' : `Show ${hidden} more ${hidden === 1 ? 'fix' : 'fixes'}`}
        </button>
      )}
    </article>
  );
}

function FixItem({
  pupil,
  fix,
  rank,
  canApply,
  applying,
  onApply,
}: {
  pupil: CounselledPupil;
  fix: CounsellingFixView;
  rank: number;
  canApply: boolean;
  applying: boolean;
  onApply: () => void;
}) {
  const usable = fix.applicable && fix.kind !== 'none';
  // The pupil is among the gains of every fix that works; only the others are news.
  const othersGaining = fix.gains.filter((person) => person.upn !== pupil.upn);
  return (
    <li className={usable ? 'counselling-fix' : 'counselling-fix not-applicable'}>
      <span className="counselling-rank" aria-hidden="true">
        {rank}
      </span>
      <div className="counselling-fix-body">
        <p className="counselling-fix-description">{fix.description}</p>
        <p className="counselling-fix-cost">
          {rank === 1 && fix.kind !== 'none' ? 'Cheapest · ' : ''}
          {fixCostText(fix)}
        </p>
        {othersGaining.length > 0 && (
          <p
            className="counselling-gains"
            title={othersGaining.map((person) => person.name).join(', ')}
          >
            Also gives all their choices to {peopleText(othersGaining)}
          </p>
        )}
        {fix.losses.length > 0 && (
          <p
            className="counselling-losses"
            title={fix.losses.map((person) => person.name).join(', ')}
          >
            Takes a full timetable from {peopleText(fix.losses)}
          </p>
        )}
        {!usable && <p className="counselling-why-not">{notApplicableText(fix)}</p>}
      </div>
      {usable && (
        <button
          type="button"
          className="button counselling-apply"
          disabled={!canApply}
          aria-label={`Apply fix ${rank} for ${pupil.name}: ${fix.description}`}
          onClick={onApply}
        >
          {applying ? 'Applying…' : 'Apply'}
        </button>
      )}
    </li>
  );
}
