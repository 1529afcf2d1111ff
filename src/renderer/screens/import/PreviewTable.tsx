import type { ImportPreviewView } from '../../../shared/contract/import';

/** The file's first rows as read, with the row numbers a spreadsheet shows. */
export function PreviewTable({ preview }: { preview: ImportPreviewView }) {
  const ignored = new Set(preview.ignoredColumns);
  if (preview.headers.length === 0) {
    return <p className="empty">Nothing could be read from this file.</p>;
  }
  return (
    <div
      className="import-scroll import-preview"
      tabIndex={0}
      role="region"
      aria-label={`First rows of ${preview.file.fileName}`}
    >
      <table className="import-table import-preview-table">
        <caption className="visually-hidden">
          The first {preview.rows.length} rows of {preview.file.fileName}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="import-row-number">
              Row
            </th>
            {preview.headers.map((header, index) => (
              <th
                scope="col"
                key={index}
                className={ignored.has(header) ? 'import-ignored-column' : undefined}
              >
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row}>
              <th scope="row" className="import-row-number">
                {row.row}
              </th>
              {row.cells.map((cell, index) => (
                <td
                  key={index}
                  className={
                    ignored.has(preview.headers[index] ?? '') ? 'import-ignored-column' : undefined
                  }
                >
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
