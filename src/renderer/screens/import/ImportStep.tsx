import { usePlanner } from '../../store-context';
import { NOTHING_IMPORTED } from './CheckStep';
import { ImportProgress } from './ImportProgress';
import { IssueGroups } from './IssueGroups';
import { countLines, plural } from './import-words';
import { useWizardDeps } from './use-wizard-deps';
import { goToStep, startAgain, useWizard } from './wizard-store';

/** Step 4: the import running, then what it changed and where to go next. */
export function ImportStep() {
  const deps = useWizardDeps();
  const showScreen = usePlanner((state) => state.showScreen);
  const outcome = useWizard((state) => state.outcome);
  const running = useWizard((state) => state.running);

  return (
    <section className="import-panel" aria-labelledby="import-import-heading">
      <h3 id="import-import-heading" tabIndex={-1}>
        Import
      </h3>
      {running === 'import' && <ImportProgress action="import" />}

      {outcome?.outcome === 'imported' && (
        <>
          <div className="import-result import-result-ok" role="status">
            <p className="import-result-title">Imported into the plan.</p>
            <ul>
              {countLines(outcome.counts).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {outcome.blocks && <p>The plan’s option blocks are {outcome.blocks.join(', ')}.</p>}
            {outcome.warnings.length > 0 && (
              <p>
                {plural(outcome.warnings.length, 'warning is', 'warnings are')} kept in the plan’s
                import log.
              </p>
            )}
          </div>
          <div className="import-actions import-actions-start">
            <button type="button" className="button primary" onClick={() => showScreen('cohort')}>
              Go to the Cohort screen
            </button>
            <button type="button" className="button" onClick={() => startAgain(deps)}>
              Import more files
            </button>
          </div>
          {outcome.warnings.length > 0 && (
            <details className="import-details">
              <summary>Show the warnings</summary>
              <IssueGroups issues={outcome.warnings} />
            </details>
          )}
        </>
      )}

      {outcome?.outcome === 'rejected' && (
        <>
          <div className="import-result import-result-failed" role="alert">
            <p className="import-result-title">The files could not be imported.</p>
            <p>{NOTHING_IMPORTED}</p>
          </div>
          <IssueGroups issues={outcome.issues} />
          <div className="import-actions">
            <button type="button" className="button" onClick={() => goToStep('columns')}>
              Back to the columns
            </button>
          </div>
        </>
      )}

      {outcome?.outcome === 'cancelled' && (
        <>
          <p className="import-result" role="status">
            Cancelled: nothing was imported, and the plan is as it was.
          </p>
          <div className="import-actions">
            <button type="button" className="button" onClick={() => goToStep('check')}>
              Back to the check
            </button>
          </div>
        </>
      )}
    </section>
  );
}
