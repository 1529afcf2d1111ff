import type { CourseAlias } from '../plan/cohort-repository';
import { courseInCell, type CourseCatalog } from './course-catalog';
import { compactKey } from './keys';
import type { MappedRow } from './mapped-rows';

/**
 * Aliases (other names for courses) from an `alias, course` file. An alias may not be another
 * course's code or name: the code or name would always win, so the alias would never work.
 */
export function readAliases(rows: readonly MappedRow[], catalog: CourseCatalog): CourseAlias[] {
  const seen = new Map<string, { code: string; row: number }>();
  const aliases: CourseAlias[] = [];
  for (const row of rows) {
    const alias = row.required('alias', 'the alias');
    const target = row.required('course', 'the course');
    const code = target === undefined ? undefined : courseInCell(row, 'course', target, catalog);
    if (alias === undefined || code === undefined) continue;
    if (conflictsWithCourse(row, alias, code, catalog)) continue;
    const key = compactKey(alias);
    const earlier = seen.get(key);
    if (earlier && earlier.code.toUpperCase() !== code.toUpperCase()) {
      row.error(
        'alias',
        'duplicate-key',
        `alias '${alias}' points at ${catalog.describe(code)} here but at ` +
          `${catalog.describe(earlier.code)} on row ${earlier.row}.`,
      );
      continue;
    }
    if (earlier) continue;
    seen.set(key, { code, row: row.row });
    aliases.push({ alias, courseCode: code });
  }
  return aliases;
}

function conflictsWithCourse(
  row: MappedRow,
  alias: string,
  code: string,
  catalog: CourseCatalog,
): boolean {
  const sameCode = catalog.byCodeKey(alias);
  const other =
    sameCode && sameCode.code.toUpperCase() !== code.toUpperCase()
      ? { course: sameCode, what: 'code' }
      : catalog.othersNamed(alias, code).map((course) => ({ course, what: 'name' }))[0];
  if (!other) return false;
  row.error(
    'alias',
    'alias-conflict',
    `'${alias}' is already the ${other.what} of ${catalog.describe(other.course.code)}, so it ` +
      `cannot also be an alias of ${catalog.describe(code)}.`,
  );
  return true;
}
