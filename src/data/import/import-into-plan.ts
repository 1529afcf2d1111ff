import {
  replaceChoices,
  upsertCourseAliases,
  upsertCourses,
  upsertPupils,
  upsertStaff,
  writeBlocks,
} from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { appendImportLog } from './import-log';
import { ImportFailedError, warningsOf, type ImportIssue } from './issues';
import { countChanges } from './count-changes';
import { readPlanContext } from './plan-context';
import type { ImportBundle, ImportRequest, ImportedFile } from './request';
import { checkImport, readSources } from './validate';

export interface KindCounts {
  added: number;
  updated: number;
}

/** Records added and updated, for the kinds the request included. */
export type ImportCounts = Partial<
  Record<'blocks' | 'subjects' | 'aliases' | 'pupils' | 'staff' | 'choices', KindCounts>
>;

export interface ImportResult {
  counts: ImportCounts;
  warnings: ImportIssue[];
  files: ImportedFile[];
}

/**
 * Reads, checks and, only when nothing is wrong, writes an import in one transaction; throws
 * ImportFailedError carrying every problem otherwise, leaving the plan untouched.
 */
export async function importIntoPlan(
  db: PlanDatabase,
  request: ImportRequest,
  now: () => Date = () => new Date(),
): Promise<ImportResult> {
  const sources = await readSources(request);
  // From here on nothing awaits: the plan cannot change between checking and writing.
  const context = readPlanContext(db);
  const { ok, bundle, issues } = checkImport(context, request, sources);
  if (!ok) throw new ImportFailedError(issues);
  const counts = countChanges(context, request, bundle);
  db.transaction(() => {
    writeBundle(db, bundle);
    const importedAt = now().toISOString();
    for (const file of bundle.files) {
      appendImportLog(db, {
        importedAt,
        kind: file.kind,
        source: file.fileName,
        rows: file.rows,
        warnings: file.warnings,
      });
    }
  })();
  return { counts, warnings: warningsOf(issues), files: bundle.files };
}

/** Writes in dependency order: blocks, then what names them. */
function writeBundle(db: PlanDatabase, bundle: ImportBundle): void {
  if (bundle.blocks) writeBlocks(db, bundle.blocks);
  upsertCourses(db, bundle.courses);
  upsertCourseAliases(db, bundle.aliases);
  upsertPupils(db, bundle.pupils);
  upsertStaff(db, bundle.staff);
  replaceChoices(db, bundle.choices);
}
