import { useEffect, useState } from 'react';
import type { ImportProgressView } from '../../../shared/contract/import';
import { useWizardDeps } from './use-wizard-deps';

/** How often the page asks how far the check or import has got. */
const POLL_EVERY_MS = 150;

const STAGES = [
  { id: 'reading', label: 'Reading the files' },
  { id: 'checking', label: 'Checking against the plan' },
  { id: 'saving', label: 'Saving into the plan' },
] as const;

/** The stages of a check or import as they pass, with Cancel until saving starts. */
export function ImportProgress({ action }: { action: 'check' | 'import' }) {
  const { api } = useWizardDeps();
  const [progress, setProgress] = useState<ImportProgressView>(null);
  const [cancel, setCancel] = useState<'none' | 'asked' | 'too-late'>('none');

  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const result = await api.getImportProgress();
      if (!stopped && result.ok) setProgress(result.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api]);

  const stages = action === 'check' ? STAGES.slice(0, 2) : STAGES;
  const currentIndex = stages.findIndex((stage) => stage.id === (progress?.stage ?? 'reading'));
  // Every job starts by reading, which can be cancelled: the button is there from the start,
  // even before the first answer about progress (reading a big workbook keeps the answers back).
  const canCancel =
    (progress?.canCancel ?? true) && !progress?.cancelRequested && cancel === 'none';

  const requestCancel = async () => {
    setCancel('asked');
    const result = await api.cancelImport();
    if (result.ok && !result.value.cancelled) setCancel('too-late');
  };

  return (
    <div className="import-progress" role="status" aria-live="polite">
      <ol className="import-stages">
        {stages.map((stage, index) => (
          <li
            key={stage.id}
            className={
              index < currentIndex
                ? 'import-stage-done'
                : index === currentIndex
                  ? 'import-stage-current'
                  : undefined
            }
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            {stage.label}
            {index === currentIndex ? '…' : ''}
          </li>
        ))}
      </ol>
      {canCancel && (
        <button type="button" className="button" onClick={() => void requestCancel()}>
          Cancel
        </button>
      )}
      {cancel === 'asked' && <p>Cancelling: nothing will be saved.</p>}
      {cancel === 'too-late' && (
        <p>Saving had already started, so the {action} will run to its end.</p>
      )}
    </div>
  );
}
