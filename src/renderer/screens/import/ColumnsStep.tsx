import type { ImportPresetId, ImportPreviewView } from '../../../shared/contract/import';
import { readBlocksText } from './blocks-text';
import { KIND_LABELS, formatDescription, plural, sentence } from './import-words';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { useWizardDeps } from './use-wizard-deps';
import { goToStep, runCheck, showFile, updateFile, useWizard } from './wizard-store';
import { usePlanner } from '../../store-context';

/** Step 2: for each file, how its columns feed the planner's fields, beside its first rows. */
export function ColumnsStep() {
  const deps = useWizardDeps();
  const files = useWizard((state) => state.files);
  const previews = useWizard((state) => state.previews);
  const currentFileId = useWizard((state) => state.currentFileId);
  const blocksText = useWizard((state) => state.blocksText);
  const planHasBlocks = usePlanner((state) => (state.summary?.blocks.length ?? 0) > 0);
  const current = files.find((file) => file.fileId === currentFileId) ?? files[0];
  const preview = current ? previews[current.fileId] : undefined;
  const unmet = files.filter((file) =>
    previews[file.fileId]?.requirements.some((requirement) => !requirement.met),
  );

  const check = () => {
    const blocks = readBlocksText(blocksText);
    void runCheck(deps, !planHasBlocks && blocks.ok ? blocks.blocks : undefined);
  };

  return (
    <section className="import-panel" aria-labelledby="import-columns-heading">
      <h3 id="import-columns-heading" tabIndex={-1}>
        Match the columns
      </h3>
      <p className="import-lead">
        Each row below is something the planner reads. Check that the column chosen for it is right:
        the sample shows the first value it will read. Columns not chosen for anything are ignored.
      </p>
      {files.length > 1 && (
        <div className="import-file-switch" role="group" aria-label="File to show">
          {files.map((file) => (
            <button
              key={file.fileId}
              type="button"
              className="import-file-button"
              aria-pressed={file.fileId === current?.fileId}
              onClick={() => showFile(file.fileId)}
            >
              <span>{file.fileName}</span>
              <span className="import-hint">{file.kind ? KIND_LABELS[file.kind] : ''}</span>
            </button>
          ))}
        </div>
      )}
      {preview && <FileColumns key={preview.file.fileId} preview={preview} />}
      <div className="import-actions">
        <button type="button" className="button" onClick={() => goToStep('files')}>
          Back
        </button>
        <button type="button" className="button primary" onClick={check}>
          Next: check the files
        </button>
        {unmet.length > 0 && (
          <p className="import-hint">
            {unmet.map((file) => file.fileName).join(', ')}{' '}
            {unmet.length === 1 ? 'still needs' : 'still need'} columns chosen; the check will say
            what is missing.
          </p>
        )}
      </div>
    </section>
  );
}

function FileColumns({ preview }: { preview: ImportPreviewView }) {
  const deps = useWizardDeps();
  const updating = useWizard((state) => state.updating);
  const { file } = preview;
  const sheetId = `import-sheet-${file.fileId}`;
  const presetId = `import-preset-${file.fileId}`;
  const unmet = preview.requirements.filter((requirement) => !requirement.met);
  // A missing column is said more plainly by the requirements above the table.
  const issues = preview.issues.filter((issue) => issue.code !== 'missing-columns');

  return (
    <div className="import-file" aria-label={`Columns of ${file.fileName}`} role="region">
      <div className="import-file-head">
        <div>
          <h4>{file.fileName}</h4>
          <p className="import-hint">
            {file.kind ? KIND_LABELS[file.kind] : 'Not recognised'} ·{' '}
            {plural(file.rowCount, 'row', 'rows')} · {formatDescription(preview)}
          </p>
        </div>
        <div className="import-file-controls">
          {preview.sheets.length > 1 && (
            <div className="import-field">
              <label htmlFor={sheetId}>Sheet</label>
              <select
                id={sheetId}
                value={preview.sheet ?? ''}
                disabled={updating}
                onChange={(event) =>
                  void updateFile(deps, file.fileId, { sheet: event.target.value })
                }
              >
                {preview.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            </div>
          )}
          {preview.presets.length > 1 && (
            <div className="import-field">
              <label htmlFor={presetId}>Column names as in</label>
              <select
                id={presetId}
                value={preview.preset ?? ''}
                disabled={updating}
                onChange={(event) =>
                  void updateFile(deps, file.fileId, {
                    preset: event.target.value as ImportPresetId,
                  })
                }
              >
                {preview.presets.map((preset) => (
                  <option key={preset.id} value={preset.id}>
                    {preset.label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      </div>

      {preview.remembered && (
        <p className="import-note" role="status">
          {preview.remembered === 'layout'
            ? 'Using the mapping you saved for this layout.'
            : `Using the mapping you saved for ${
                preview.presets.find((preset) => preset.id === preview.preset)?.label ??
                'this kind of'
              } files.`}
        </p>
      )}
      {unmet.length > 0 && (
        <div className="import-needs" role="status">
          <p>
            <strong>Still needed:</strong> choose a column for{' '}
            {unmet.map((requirement) => requirement.label).join(' and for ')}.
          </p>
        </div>
      )}
      {issues.length > 0 && (
        <ul className="import-file-issues">
          {issues.map((issue, index) => (
            <li key={index} className={`import-severity-${issue.severity}`}>
              {sentence(issue.message)}
            </li>
          ))}
        </ul>
      )}

      <div className="import-columns">
        <MappingTable preview={preview} />
        <div className="import-columns-side">
          <PreviewTable preview={preview} />
          <p className="import-ignored">
            {preview.ignoredColumns.length === 0 ? (
              'Every column is used.'
            ) : (
              <>
                <strong>Will be ignored:</strong> {preview.ignoredColumns.join(', ')}
              </>
            )}
          </p>
        </div>
      </div>
    </div>
  );
}
