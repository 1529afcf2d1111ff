import type { ChosenImportFile, ImportFileKind } from '../../../shared/contract/import';
import { KIND_LABELS, KIND_ORDER, plural, sentence } from './import-words';
import { useWizardDeps } from './use-wizard-deps';
import { filesReady } from './wizard-steps';
import {
  chooseFiles,
  goToStep,
  removeFile,
  startAgain,
  updateFile,
  useWizard,
} from './wizard-store';

/** Step 1: the files to import, each with what it holds (guessed, and changeable). */
export function FilesStep() {
  const deps = useWizardDeps();
  const files = useWizard((state) => state.files);
  const updating = useWizard((state) => state.updating);
  const ready = useWizard(filesReady);

  return (
    <section className="import-panel" aria-labelledby="import-files-heading">
      <h3 id="import-files-heading" tabIndex={-1}>
        Choose the files
      </h3>
      <p className="import-lead">
        Choose one file or several at once: a student list exported from your MIS (SIMS, Arbor,
        Bromcom), the download of your options form, a list of courses, a staff list. The planner
        looks at each file’s headings to tell what it holds; change it if it is wrong.
      </p>
      <div className="import-actions import-actions-start">
        <button
          type="button"
          className={files.length === 0 ? 'button primary' : 'button'}
          onClick={() => void chooseFiles(deps)}
          disabled={updating}
        >
          {files.length === 0 ? 'Choose files…' : 'Add more files…'}
        </button>
        {files.length > 0 && (
          <button type="button" className="button subtle" onClick={() => startAgain(deps)}>
            Clear the list
          </button>
        )}
      </div>

      {files.length > 0 && (
        <div className="import-scroll">
          <table className="import-table">
            <caption className="visually-hidden">Files to import</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Holds</th>
                <th scope="col" className="import-number">
                  Rows
                </th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {files.map((file) => (
                <FileRow key={file.fileId} file={file} disabled={updating} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {files.length > 0 && (
        <div className="import-actions">
          <button
            type="button"
            className="button primary"
            disabled={!ready || updating}
            onClick={() => goToStep('columns')}
          >
            Next: match the columns
          </button>
          {!ready && (
            <p className="import-hint">
              Say what each file holds, and remove any file that cannot be read, to go on.
            </p>
          )}
        </div>
      )}
    </section>
  );
}

function FileRow({ file, disabled }: { file: ChosenImportFile; disabled: boolean }) {
  const deps = useWizardDeps();
  const selectId = `import-kind-${file.fileId}`;
  const sheetId = `import-file-sheet-${file.fileId}`;
  const preview = useWizard((state) => state.previews[file.fileId]);
  const sheets = preview?.sheets ?? [];
  return (
    <tr>
      <th scope="row" className="import-file-name">
        {file.fileName}
        {file.problem && <p className="import-problem">Cannot be read: {sentence(file.problem)}</p>}
      </th>
      <td>
        {file.problem === null && (
          <div className="import-kind">
            <label htmlFor={selectId} className="visually-hidden">
              What {file.fileName} holds
            </label>
            <select
              id={selectId}
              value={file.kind ?? ''}
              disabled={disabled}
              onChange={(event) =>
                void updateFile(deps, file.fileId, {
                  kind: event.target.value as ImportFileKind,
                })
              }
            >
              {file.kind === null && <option value="">Choose what it holds…</option>}
              {KIND_ORDER.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
            {sheets.length > 1 && (
              <>
                <label htmlFor={sheetId} className="import-hint">
                  Sheet
                </label>
                <select
                  id={sheetId}
                  aria-label={`Sheet of ${file.fileName} to read`}
                  value={preview?.sheet ?? ''}
                  disabled={disabled}
                  onChange={(event) =>
                    void updateFile(deps, file.fileId, { sheet: event.target.value })
                  }
                >
                  {sheets.map((sheet) => (
                    <option key={sheet} value={sheet}>
                      {sheet}
                    </option>
                  ))}
                </select>
              </>
            )}
            <span className="import-hint">
              {file.kind === null
                ? 'Not recognised from its headings'
                : file.kindGuessed
                  ? 'Recognised from its headings'
                  : 'As you chose'}
            </span>
          </div>
        )}
      </td>
      <td className="import-number">{plural(file.rowCount, 'row', 'rows')}</td>
      <td className="import-row-action">
        <button
          type="button"
          className="button subtle"
          aria-label={`Remove ${file.fileName}`}
          onClick={() => void removeFile(deps, file.fileId)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
