import { existsSync, rmSync, statSync } from 'node:fs';
import { defaultBlockNames } from '../../core/blocks';
import { importIntoPlan, type ImportRequest } from '../../data/import';
import { ImportFailedError } from '../../data/import/issues';
import { formatReport } from '../../data/import/report';
import { readBlocks } from '../../data/plan/cohort-repository';
import { openPlanFile } from '../../data/plan/plan-file';
import { ExitCode, type CliIo } from '../io';
import { BadInputError } from '../errors';

export interface ImportOptions {
  subjects?: string;
  pupils?: string;
  choices?: string;
  staff?: string;
  aliases?: string;
  blocks?: string[];
  json?: boolean;
}

const FILE_KINDS = ['subjects', 'pupils', 'choices', 'staff', 'aliases'] as const;

/** Blocks a plan gets when it has none and none were given. */
const DEFAULT_BLOCK_COUNT = 4;

export async function importCommand(
  planPath: string,
  options: ImportOptions,
  io: CliIo,
): Promise<number> {
  const request: ImportRequest = {};
  for (const kind of FILE_KINDS) {
    const path = options[kind];
    if (path !== undefined) request[kind] = { path };
  }
  if (options.blocks) request.blocks = options.blocks;
  if (Object.keys(request).length === 0) {
    throw new BadInputError(
      'Nothing to import: give at least one of --subjects, --pupils, --choices, --staff, ' +
        '--aliases or --blocks.',
    );
  }

  const isNewPlan = !existsSync(planPath) || statSync(planPath).size === 0;
  const db = openPlanFile(planPath, { create: true });
  let failed = true;
  const notes: string[] = [];
  try {
    if (!request.blocks && readBlocks(db).length === 0) {
      request.blocks = defaultBlockNames(DEFAULT_BLOCK_COUNT);
      notes.push(
        `The plan had no blocks and none were given (--blocks): it now has ` +
          `${DEFAULT_BLOCK_COUNT}, named ${request.blocks.join(', ')}.`,
      );
    }
    const result = await importIntoPlan(db, request);
    failed = false;
    if (options.json) {
      io.out(JSON.stringify({ ...result, notes }, null, 2));
    } else {
      io.out(`Imported into ${planPath}.`);
      for (const [kind, counts] of Object.entries(result.counts)) {
        io.out(`  ${kind}: ${counts.added} added, ${counts.updated} updated`);
      }
      for (const note of notes) io.out(note);
      for (const line of formatReport(result.warnings)) io.out(line);
    }
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof ImportFailedError) {
      throw new BadInputError([error.message, ...formatReport(error.issues), ...notes].join('\n'));
    }
    throw error;
  } finally {
    db.close();
    // A plan made only for this import is not left behind, empty, when the import fails.
    if (failed && isNewPlan) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${planPath}${suffix}`, { force: true });
    }
  }
}
