import type { ImportIssueView } from '../../../shared/contract/import';
import { issuePlace, plural, sentence } from './import-words';

interface IssueGroup {
  file: string | null;
  errors: ImportIssueView[];
  warnings: ImportIssueView[];
}

/** Issues by file, in the order they come (the import as a whole first); errors before warnings. */
export function groupByFile(issues: readonly ImportIssueView[]): IssueGroup[] {
  const groups = new Map<string | null, IssueGroup>();
  for (const issue of issues) {
    const group = groups.get(issue.file) ?? { file: issue.file, errors: [], warnings: [] };
    (issue.severity === 'error' ? group.errors : group.warnings).push(issue);
    groups.set(issue.file, group);
  }
  return [...groups.values()].sort((a, b) => (a.file === null ? -1 : b.file === null ? 1 : 0));
}

/** Every problem, by file, with the row and column a spreadsheet would show. */
export function IssueGroups({ issues }: { issues: readonly ImportIssueView[] }) {
  return (
    <div className="import-issues">
      {groupByFile(issues).map((group) => (
        <section
          key={group.file ?? ''}
          className="import-issue-group"
          aria-label={`Problems in ${group.file ?? 'the import as a whole'}`}
        >
          <h4>
            {group.file ?? 'The import as a whole'}
            <span className="import-hint">
              {[
                group.errors.length > 0 ? plural(group.errors.length, 'error', 'errors') : null,
                group.warnings.length > 0
                  ? plural(group.warnings.length, 'warning', 'warnings')
                  : null,
              ]
                .filter(Boolean)
                .join(', ')}
            </span>
          </h4>
          <ul className="import-issue-list">
            {[...group.errors, ...group.warnings].map((issue, index) => (
              <li key={index} className={`import-issue import-severity-${issue.severity}`}>
                <span className="import-badge">
                  {issue.severity === 'error' ? 'Error' : 'Warning'}
                </span>
                <span className="import-place">{issuePlace(issue)}</span>
                <span className="import-message">{sentence(issue.message)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
