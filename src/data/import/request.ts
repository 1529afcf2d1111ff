import type { ChoiceList, Course, Pupil, StaffMember } from '../../core/model';
import type { CourseAlias } from '../plan/cohort-repository';
import type { ImportKind } from './fields';
import type { ImportIssue } from './issues';
import type { PresetId } from './presets';
import type { Source } from './source';
import type { Table } from './table';

/** What to import: any of the files, and optionally the plan's blocks. */
export interface ImportRequest {
  /** The plan's blocks after the import, in order; omitted = keep the plan's blocks. */
  blocks?: string[];
  subjects?: Source;
  pupils?: Source;
  choices?: Source;
  staff?: Source;
  /** `alias, course` rows: other names for courses, used to read choices. */
  aliases?: Source;
}

/** How one file was read, for the report and the import log. */
export interface ImportedFile {
  kind: ImportKind;
  fileName: string;
  format: Table['format'];
  encoding: Table['encoding'];
  delimiter: Table['delimiter'];
  sheet: string | null;
  preset: PresetId;
  mapping: Record<string, string>;
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  warnings: ImportIssue[];
}

/** Everything an import will write, checked and typed. */
export interface ImportBundle {
  blocks: string[] | null;
  courses: Course[];
  aliases: CourseAlias[];
  pupils: Pupil[];
  staff: StaffMember[];
  choices: ChoiceList[];
  files: ImportedFile[];
}

export interface ImportValidation {
  /** True when there are no errors (there may be warnings). */
  ok: boolean;
  bundle: ImportBundle;
  /** Request-level issues first, then each file's in row order. */
  issues: ImportIssue[];
}
