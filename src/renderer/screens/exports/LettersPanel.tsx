import { useState } from 'react';
import type { ExportsView } from '../../../shared/contract/exports';
import { plural } from './export-words';
import { TemplateForm } from './TemplateForm';
import type { ExportsData } from './use-exports';
import { WithheldList } from './WithheldList';

interface LettersPanelProps {
  view: ExportsView;
  data: ExportsData;
}

/** Offer letters: who gets one, who is withheld and why, the buttons, then the template. */
export function LettersPanel({ view, data }: LettersPanelProps) {
  const [includeUnresolved, setIncludeUnresolved] = useState(false);
  const letters = view.letters;
  const withheld = letters?.withheld ?? [];
  const templateReady = view.templateProblems.length === 0;
  const writing = data.running !== null;
  const count = (letters?.ready ?? 0) + (includeUnresolved ? withheld.length : 0);
  const canWrite = letters !== null && templateReady && count > 0 && !writing;

  return (
    <section className="exports-panel letters-panel" aria-labelledby="letters-heading">
      <h2 id="letters-heading">Offer letters</h2>
      <p className="panel-note">
        One A4 letter per pupil for the family: the pathway agreed, each course with its option
        block and which choice it meets, how to ask for a change, and a reply slip.
      </p>
      {letters === null ? (
        <p className="empty">Build the option blocks first: letters come from a scenario.</p>
      ) : (
        <>
          <p className="letters-ready" role="status">
            <strong>{plural(letters.ready, 'letter')}</strong> ready to write
            {withheld.length > 0 ? `, ${withheld.length} withheld` : ''}.
          </p>
          <WithheldList pupils={withheld} />
          {withheld.length > 0 && (
            <label className="include-unresolved">
              <input
                type="checkbox"
                checked={includeUnresolved}
                onChange={(event) => setIncludeUnresolved(event.target.checked)}
              />
              <span>
                Also write to pupils whose options are still being discussed
                <span className="include-note">
                  Their letter is headed &quot;still being discussed&quot;, says the school will
                  write again, and lists only the courses that are settled.
                </span>
              </span>
            </label>
          )}
          {!templateReady && (
            <p className="letters-blocked">Fix the template below before writing letters.</p>
          )}
          <div className="letters-actions">
            <button
              type="button"
              className="button primary"
              disabled={!canWrite}
              onClick={() => void data.runExport('letters-batch', { includeUnresolved })}
            >
              {data.running === 'letters-batch' ? 'Writing…' : 'One PDF for the year group'}
            </button>
            <button
              type="button"
              className="button"
              disabled={!canWrite}
              onClick={() => void data.runExport('letters-per-pupil', { includeUnresolved })}
            >
              {data.running === 'letters-per-pupil' ? 'Writing…' : 'One PDF per pupil'}
            </button>
          </div>
        </>
      )}
      <h3 className="template-heading">Letter template</h3>
      <TemplateForm view={view} reload={data.reload} />
    </section>
  );
}
