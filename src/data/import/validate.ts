import type { Course } from '../../core/model';
import type { PlanDatabase } from '../plan/plan-file';
import { CohortIndex, type CohortPupil } from './cohort-index';
import { CourseCatalog } from './course-catalog';
import { IMPORT_KINDS, kindSpec, type ImportKind } from './fields';
import { FileIssues, hasErrors, warningsOf, type ImportIssue } from './issues';
import { codeKey } from './keys';
import { mappedRows, type MappedRow } from './mapped-rows';
import { resolveMapping, type ResolvedMapping } from './mapping';
import { readPlanContext, type PlanContext } from './plan-context';
import type { PresetId } from './presets';
import { readAliases } from './read-aliases';
import { readChoices } from './read-choices';
import { readPupils } from './read-pupils';
import { readStaff } from './read-staff';
import { readSubjects } from './read-subjects';
import { readTable, type ReadTableResult } from './read-table';
import type { ImportRequest, ImportValidation, ImportedFile } from './request';
import { checkRequestedBlocks } from './request-blocks';
import type { Source } from './source';
import type { Table } from './table';

export type ReadSources = Partial<Record<ImportKind, ReadTableResult>>;

/** Reads every file of the request (the only slow, asynchronous part of an import). */
export async function readSources(request: ImportRequest): Promise<ReadSources> {
  const kinds = IMPORT_KINDS.filter((kind) => request[kind] !== undefined);
  const results = await Promise.all(kinds.map((kind) => readTable(request[kind] as Source)));
  return Object.fromEntries(kinds.map((kind, index) => [kind, results[index]]));
}

/** Reads and checks an import against the plan without writing anything. */
export async function validateImport(
  db: PlanDatabase,
  request: ImportRequest,
): Promise<ImportValidation> {
  const sources = await readSources(request);
  return checkImport(readPlanContext(db), request, sources);
}

/** Files whose rows name records from other files (courses, pupils). */
const DEPENDS_ON: Record<ImportKind, readonly ImportKind[]> = {
  subjects: [],
  aliases: ['subjects'],
  pupils: [],
  staff: ['subjects'],
  choices: ['subjects', 'aliases', 'pupils'],
};

interface PreparedFile {
  rows: MappedRow[];
  mapping: ResolvedMapping;
}

/** Checks read files against the plan; synchronous, so nothing can change the plan meanwhile. */
export function checkImport(
  context: PlanContext,
  request: ImportRequest,
  sources: ReadSources,
): ImportValidation {
  const requestIssues: ImportIssue[] = [];
  const blocks = checkRequestedBlocks(context, request.blocks, new FileIssues(null, requestIssues));
  const fileIssues: ImportIssue[][] = [];
  const files: { file: ImportedFile; issues: ImportIssue[] }[] = [];
  const unreadable = new Set<ImportKind>();
  const prepare = (kind: ImportKind): PreparedFile | null => {
    const source = sources[kind];
    if (!source) return null;
    const issues = [...source.issues];
    fileIssues.push(issues);
    const prepared = source.table
      ? prepareFile(kind, source.table, request[kind] ?? {}, issues)
      : null;
    if (!prepared || !source.table) {
      unreadable.add(kind);
      return null;
    }
    const blocker = DEPENDS_ON[kind].find((other) => unreadable.has(other));
    if (blocker) {
      // Checking it would flag every course or pupil as unknown: a flood of false errors.
      new FileIssues(source.table.fileName, issues).warning(
        'not-checked',
        `this file was not checked, because the ${blocker} file could not be read. Fix that ` +
          'file first.',
      );
      return null;
    }
    files.push({ file: describeFile(kind, source.table, prepared.mapping), issues });
    return prepared;
  };

  const subjects = prepare('subjects');
  const aliasesFile = prepare('aliases');
  const pupilsFile = prepare('pupils');
  const staffFile = prepare('staff');
  const choicesFile = prepare('choices');

  const catalog = new CourseCatalog(context.courses, context.aliases);
  const subjectsRead = subjects ? readSubjects(subjects.rows, blocks) : { courses: [], named: [] };
  for (const course of subjectsRead.named) catalog.addCourse(course);
  warnSharedNames(subjectsRead.courses, catalog);
  const aliases = aliasesFile ? readAliases(aliasesFile.rows, catalog) : [];
  for (const { alias, courseCode } of aliases) catalog.addAlias(alias, courseCode);
  const pathways = new Set(context.pathwayCodes.map(codeKey));
  const pupilsRead = pupilsFile ? readPupils(pupilsFile.rows, pathways) : { pupils: [], named: [] };
  const staff = staffFile ? readStaff(staffFile.rows, catalog, blocks) : [];
  const choices = choicesFile
    ? readChoices(
        choicesFile.rows,
        choicesFile.mapping,
        catalog,
        cohortAfterImport(context, pupilsRead.named),
      )
    : [];

  for (const issues of fileIssues) sortByRow(issues);
  for (const { file, issues } of files) file.warnings = warningsOf(issues);
  const issues = [...requestIssues, ...fileIssues.flat()];
  return {
    ok: !hasErrors(issues),
    bundle: {
      blocks: request.blocks ? blocks.names.slice() : null,
      courses: subjectsRead.courses.map(({ course }) => course),
      aliases,
      pupils: pupilsRead.pupils,
      staff,
      choices,
      files: files.map(({ file }) => file),
    },
    issues,
  };
}

function prepareFile(
  kind: ImportKind,
  table: Table,
  options: { preset?: PresetId; mapping?: Source['mapping'] },
  issues: ImportIssue[],
): PreparedFile | null {
  const log = new FileIssues(table.fileName, issues);
  const mapping = resolveMapping(kind, table, options, log);
  if (!mapping) return null;
  if (table.rows.length === 0) {
    const message =
      'the file has column headings but no rows, so there is nothing to import from it.';
    if (kindSpec(kind).mayBeEmpty) log.warning('no-rows', message);
    else log.error('no-rows', message);
  }
  return { rows: mappedRows(table, mapping, log), mapping };
}

function describeFile(kind: ImportKind, table: Table, mapping: ResolvedMapping): ImportedFile {
  return {
    kind,
    fileName: table.fileName,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    sheet: table.sheet,
    preset: mapping.preset,
    mapping: mapping.mapping,
    rows: table.rows.length,
    warnings: [],
  };
}

/** Two courses with one name can only be told apart by code; say so where it happens. */
function warnSharedNames(
  courses: readonly { course: Course; row: MappedRow }[],
  catalog: CourseCatalog,
): void {
  for (const { course, row } of courses) {
    const other = catalog.othersNamed(course.name, course.code)[0];
    if (other) {
      row.warning(
        'name',
        'duplicate-name',
        `${catalog.describe(other.code)} has the same name; choices must name this course by ` +
          `its code, '${course.code}'.`,
      );
    }
  }
}

/** The plan's pupils with this import's pupils added or updated. */
function cohortAfterImport(context: PlanContext, imported: readonly CohortPupil[]): CohortIndex {
  const byUpn = new Map<string, CohortPupil>(
    context.pupils.map((pupil) => [codeKey(pupil.upn), pupil]),
  );
  for (const pupil of imported) byUpn.set(codeKey(pupil.upn), pupil);
  return new CohortIndex(byUpn.values());
}

function sortByRow(issues: ImportIssue[]): void {
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
