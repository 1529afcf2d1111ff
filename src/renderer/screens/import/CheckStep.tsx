import { usePlanner } from '../../store-context';
import { BlocksField } from './BlocksField';
import { readBlocksText } from './blocks-text';
import { ImportProgress } from './ImportProgress';
import { IssueGroups } from './IssueGroups';
import { countLines, plural } from './import-words';
import { useWizardDeps } from './use-wizard-deps';
import { goToStep, runCheck, runImport, useWizard } from './wizard-store';

export const NOTHING_IMPORTED =
  'Nothing has been imported. Fix these in the file and choose it again, or change the mapping.';

/** Step 3: every problem, by file, before anything is saved. */
export function CheckStep({ planBlocks }: { planBlocks: string[] }) {
  const deps = useWizardDeps();
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const check = useWizard((state) => state.check);
  const running = useWizard((state) => state.running);
  const blocksText = useWizard((state) => state.blocksText);
  const needsBlocks = planBlocks.length === 0;
  const blocks = readBlocksText(blocksText);
  const blocksInput = needsBlocks && blocks.ok ? blocks.blocks : undefined;
  const blocksValid = !needsBlocks || blocks.ok;
  const errors = check?.issues.filter((issue) => issue.severity === 'error').length ?? 0;
  const warnings = (check?.issues.length ?? 0) - errors;

  return (
    <section className="import-panel" aria-labelledby="import-check-heading">
      <h3 id="import-check-heading" tabIndex={-1}>
        Check the files
      </h3>
      <p className="import-lead">
        The files are read as mapped and checked against the plan: every pupil, course and choice.
        Nothing is saved at this step.
      </p>
      {needsBlocks && <BlocksField />}
      <div className="import-actions import-actions-start">
        <button
          type="button"
          className="button"
          disabled={running !== null || !blocksValid}
          onClick={() => void runCheck(deps, blocksInput)}
        >
          {check ? 'Check again' : 'Check the files'}
        </button>
      </div>

      {running === 'check' && <ImportProgress action="check" />}

      {check && !check.ok && (
        <div className="import-result import-result-failed" role="alert">
          <p className="import-result-title">
            {plural(errors, 'problem stops', 'problems stop')} the import.
          </p>
          <p>{NOTHING_IMPORTED}</p>
        </div>
      )}
      {check?.ok && (
        <div className="import-result import-result-ok" role="status">
          <p className="import-result-title">
            Ready to import{warnings > 0 ? `, with ${plural(warnings, 'warning', 'warnings')}` : ''}
            .
          </p>
          <ul>
            {countLines(check.counts).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="import-actions">
        <button
          type="button"
          className="button"
          disabled={running !== null}
          onClick={() => goToStep('columns')}
        >
          Back to the columns
        </button>
        <button
          type="button"
          className="button primary"
          disabled={running !== null || !check?.ok}
          onClick={() => void runImport(deps, blocksInput, refreshSummary)}
        >
          Import the files
        </button>
      </div>
      {check && check.issues.length > 0 && <IssueGroups issues={check.issues} />}
    </section>
  );
}
