import type { FileIssues, IssueCode } from './issues';
import type { ResolvedMapping } from './mapping';
import type { Table, TableRow } from './table';
import type { Parsed } from './values';

/** One data row seen through the column mapping, able to report problems in its own cells. */
export class MappedRow {
  constructor(
    private readonly source: TableRow,
    private readonly mapping: ResolvedMapping,
    private readonly log: FileIssues,
  ) {}

  get row(): number {
    return this.source.row;
  }

  /** The trimmed cell for a field; '' when blank or when no column is mapped to it. */
  text(field: string): string {
    const index = this.mapping.columns.get(field);
    return index === undefined ? '' : (this.source.cells[index] ?? '');
  }

  /** The heading of the field's column, for messages. */
  column(field: string): string | null {
    return this.mapping.mapping[field] ?? null;
  }

  error(field: string | null, code: IssueCode, message: string): void {
    this.log.error(code, message, { row: this.row, column: field && this.column(field) });
  }

  warning(field: string | null, code: IssueCode, message: string): void {
    this.log.warning(code, message, { row: this.row, column: field && this.column(field) });
  }

  /** A cell that must not be blank; reports it and returns undefined when it is. */
  required(field: string, what: string): string | undefined {
    const text = this.text(field);
    if (text === '') this.error(field, 'missing-value', `${what} is blank.`);
    return text === '' ? undefined : text;
  }

  /** Reads a cell with a value reader, reporting its problem (or note) on this cell. */
  read<T>(field: string, parse: (text: string) => Parsed<T>): T | undefined {
    const parsed = parse(this.text(field));
    if (!parsed.ok) {
      this.error(field, 'invalid-value', parsed.problem);
      return undefined;
    }
    if (parsed.note !== undefined) this.warning(field, 'invalid-value', parsed.note);
    return parsed.value;
  }

  /** Like read, but a blank cell gives `whenBlank` without asking the reader. */
  readOptional<T, D>(
    field: string,
    parse: (text: string) => Parsed<T>,
    whenBlank: D,
  ): T | D | undefined {
    return this.text(field) === '' ? whenBlank : this.read(field, parse);
  }

  /** Like read, but a blank cell is reported as missing. */
  readRequired<T>(field: string, what: string, parse: (text: string) => Parsed<T>): T | undefined {
    return this.required(field, what) === undefined ? undefined : this.read(field, parse);
  }
}

export function mappedRows(table: Table, mapping: ResolvedMapping, log: FileIssues): MappedRow[] {
  return table.rows.map((row) => new MappedRow(row, mapping, log));
}

/** Remembers the first row of each key and reports later repeats, naming both rows. */
export class DuplicateCheck {
  private readonly firstRow = new Map<string, number>();

  constructor(private readonly describe: (value: string) => string) {}

  /** True when the key is new; otherwise reports the repeat on this row. */
  check(row: MappedRow, field: string, key: string, value: string): boolean {
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, row.row);
      return true;
    }
    row.error(field, 'duplicate-key', `${this.describe(value)} (also on row ${first}).`);
    return false;
  }
}
