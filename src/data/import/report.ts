import type { ImportIssue } from './issues';

/** One line, e.g. `pupils.csv row 7, column "UPN": duplicate UPN A123 (also on row 3)`. */
export function formatIssue(issue: ImportIssue): string {
  let place = issue.file ?? 'Import';
  if (issue.row !== null) place += ` row ${issue.row}`;
  if (issue.column !== null) place += `, column "${issue.column}"`;
  return `${place}: ${issue.message}`;
}

/** The whole report: errors first (they stop the import), then warnings. */
export function formatReport(issues: readonly ImportIssue[]): string[] {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const lines: string[] = [];
  if (errors.length > 0) {
    lines.push(
      `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} to fix before anything can be imported:`,
      ...errors.map((issue) => `  ${formatIssue(issue)}`),
    );
  }
  if (warnings.length > 0) {
    lines.push(
      `${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}:`,
      ...warnings.map((issue) => `  ${formatIssue(issue)}`),
    );
  }
  return lines;
}
