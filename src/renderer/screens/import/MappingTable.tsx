import type { ImportFieldView, ImportPreviewView } from '../../../shared/contract/import';
import { sentence } from './import-words';
import { useWizardDeps } from './use-wizard-deps';
import { updateFile, useWizard } from './wizard-store';

const RANKED = /^(choice|reserve)_(\d+)$/;

/**
 * The fields worth showing: all of them, except that of the twenty choice and five reserve
 * columns only those in use and the next one of each are listed.
 */
export function visibleFields(fields: readonly ImportFieldView[]): ImportFieldView[] {
  const highest = { choice: 0, reserve: 0 };
  for (const field of fields) {
    const ranked = RANKED.exec(field.name);
    if (ranked && field.column !== null) {
      const kind = ranked[1] as 'choice' | 'reserve';
      highest[kind] = Math.max(highest[kind], Number(ranked[2]));
    }
  }
  return fields.filter((field) => {
    const ranked = RANKED.exec(field.name);
    if (!ranked) return true;
    return Number(ranked[2]) <= highest[ranked[1] as 'choice' | 'reserve'] + 1;
  });
}

/** Each field the planner reads, the column it comes from (changeable) and a sample value. */
export function MappingTable({ preview }: { preview: ImportPreviewView }) {
  const deps = useWizardDeps();
  const updating = useWizard((state) => state.updating);
  const { fileId } = preview.file;
  const choose = (field: string, column: string) =>
    void updateFile(deps, fileId, { mapping: { [field]: column === '' ? null : column } });

  return (
    <div className="import-scroll import-mapping">
      <table className="import-table">
        <caption className="visually-hidden">Which column each field is read from</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          {visibleFields(preview.fields).map((field) => {
            const selectId = `import-map-${fileId}-${field.name}`;
            const missing = field.required && field.column === null;
            return (
              <tr key={field.name} data-field={field.name}>
                <th scope="row">
                  <label htmlFor={selectId}>{sentence(field.label)}</label>
                  {field.required && <span className="import-required">required</span>}
                </th>
                <td>
                  <select
                    id={selectId}
                    value={field.column ?? ''}
                    disabled={updating}
                    aria-invalid={missing || undefined}
                    onChange={(event) => choose(field.name, event.target.value)}
                  >
                    <option value="">— not used —</option>
                    {preview.headers
                      .filter((header) => header !== '')
                      .map((header, index) => (
                        <option key={`${header}-${index}`} value={header}>
                          {header}
                        </option>
                      ))}
                  </select>
                </td>
                <td className="import-sample" title={field.sample ?? undefined}>
                  {field.sample ?? ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
