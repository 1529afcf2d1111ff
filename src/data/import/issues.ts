/** Problems found while reading and checking import files, collected rather than thrown. */

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'file-not-found'
  | 'empty-file'
  | 'binary-file'
  | 'bad-encoding'
  | 'unreadable-workbook'
  | 'sheet-not-found'
  | 'malformed-csv'
  | 'no-rows'
  | 'above-headings'
  | 'not-checked'
  | 'ignored-column'
  | 'missing-columns'
  | 'bad-mapping'
  | 'missing-value'
  | 'invalid-value'
  | 'duplicate-key'
  | 'duplicate-name'
  | 'unknown-course'
  | 'ambiguous-course'
  | 'alias-conflict'
  | 'unknown-block'
  | 'bad-blocks'
  | 'block-in-use'
  | 'block-removed'
  | 'unknown-pupil'
  | 'ambiguous-pupil'
  | 'matched-by-email'
  | 'repeated-course'
  | 'superseded-submission'
  | 'no-choices'
  | 'unknown-pathway';

export interface ImportIssue {
  severity: Severity;
  code: IssueCode;
  /** File name as the user knows it, or null for a problem with the request itself. */
  file: string | null;
  /** Spreadsheet row number (the header is row 1), or null for the whole file. */
  row: number | null;
  /** Column heading as it appears in the file, or null. */
  column: string | null;
  message: string;
}

export interface IssueLocation {
  row?: number | null;
  column?: string | null;
}

/** Adds issues for one file to a shared list. */
export class FileIssues {
  constructor(
    readonly file: string | null,
    private readonly sink: ImportIssue[],
  ) {}

  error(code: IssueCode, message: string, at: IssueLocation = {}): void {
    this.add('error', code, message, at);
  }

  warning(code: IssueCode, message: string, at: IssueLocation = {}): void {
    this.add('warning', code, message, at);
  }

  private add(severity: Severity, code: IssueCode, message: string, at: IssueLocation): void {
    this.sink.push({
      severity,
      code,
      file: this.file,
      row: at.row ?? null,
      column: at.column ?? null,
      message,
    });
  }
}

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

export function warningsOf(issues: readonly ImportIssue[]): ImportIssue[] {
  return issues.filter((issue) => issue.severity === 'warning');
}

/** Thrown by importIntoPlan when anything is wrong; nothing has been written. */
export class ImportFailedError extends Error {
  constructor(readonly issues: readonly ImportIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    super(
      `Nothing was imported: ${errors} ${errors === 1 ? 'problem needs' : 'problems need'} ` +
        'fixing first.',
    );
    this.name = 'ImportFailedError';
  }

  get errors(): ImportIssue[] {
    return this.issues.filter((issue) => issue.severity === 'error');
  }
}
