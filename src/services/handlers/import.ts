import { importIntoPlan } from '../../data/import/import-into-plan';
import { ImportFailedError } from '../../data/import/issues';
import { readPlanContext } from '../../data/import/plan-context';
import type { ImportRequest } from '../../data/import/request';
import { checkImport as checkAgainstPlan, readSources } from '../../data/import/validate';
import { readBlocks } from '../../data/plan/cohort-repository';
import type { ImportBlocksInput, importContract } from '../../shared/contract/import';
import { countChanges } from '../../data/import/count-changes';
import { ChosenFiles, chosenFileView, type ChosenFile } from '../import-files';
import { ImportCancelled, ImportJobs, type JobStages } from '../import-jobs';
import { ImportMappingMemory } from '../import-memory';
import { previewOf } from '../import-preview';
import { errorsFirst, importRequestFor } from '../import-request';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function importHandlers(context: ServiceContext): HandlersFor<typeof importContract> {
  const { session, hooks, exclusive } = context;
  const memory = new ImportMappingMemory(context.preferences);
  const files = new ChosenFiles(memory);
  const jobs = new ImportJobs();

  /** The request for these files against the open plan, as it is now. */
  function requestFor(input: { fileIds: string[]; blocks?: ImportBlocksInput | undefined }): {
    request: ImportRequest;
    chosen: ChosenFile[];
  } {
    const chosen = input.fileIds.map((id) => files.get(id));
    return {
      request: importRequestFor(chosen, input.blocks, readBlocks(session.db)),
      chosen,
    };
  }

  /** Reads and checks the files; the plan is read only after the files, so it is current. */
  async function readAndCheck(request: ImportRequest, stages: JobStages) {
    const sources = await readSources(request);
    await stages.enter('checking');
    const planContext = readPlanContext(session.db);
    return { planContext, validation: checkAgainstPlan(planContext, request, sources) };
  }

  return {
    chooseImportFiles: async () => {
      const paths = await hooks.chooseImportFiles();
      if (paths === null) return null;
      const added: ChosenFile[] = [];
      for (const path of paths) added.push(await files.add(path));
      return added.map(chosenFileView);
    },

    previewImportFile: ({ fileId }) => previewOf(files.get(fileId)),

    updateImportFile: async (input) => {
      const file = files.get(input.fileId);
      if (input.sheet !== undefined) await files.setSheet(file, input.sheet);
      if (input.kind !== undefined) files.setKind(file, input.kind, false);
      if (input.preset !== undefined) files.setPreset(file, input.preset);
      if (input.mapping !== undefined) files.setMapping(file, input.mapping);
      return previewOf(file);
    },

    removeImportFile: ({ fileId }) => {
      files.remove(fileId);
      return null;
    },

    checkImport: (input) =>
      exclusive(async () => {
        const { request } = requestFor(input);
        try {
          return await jobs.run('check', async (stages) => {
            const { planContext, validation } = await readAndCheck(request, stages);
            return {
              ok: validation.ok,
              issues: errorsFirst(validation.issues),
              counts: validation.ok ? countChanges(planContext, request, validation.bundle) : {},
              blocks: validation.bundle.blocks,
            };
          });
        } catch (error) {
          if (error instanceof ImportCancelled) {
            throw new ServiceError('cancelled', 'The check was cancelled.');
          }
          throw error;
        }
      }),

    runImport: (input) =>
      exclusive(async () => {
        const { request, chosen } = requestFor(input);
        try {
          return await jobs.run('import', async (stages) => {
            const { validation } = await readAndCheck(request, stages);
            if (!validation.ok) {
              return { outcome: 'rejected' as const, issues: errorsFirst(validation.issues) };
            }
            await stages.enter('saving');
            // importIntoPlan reads and checks once more and writes in one transaction, so
            // what is saved is exactly what passed, and a failure saves nothing.
            const result = await importIntoPlan(session.db, request);
            for (const file of chosen) rememberMapping(file);
            return {
              outcome: 'imported' as const,
              counts: result.counts,
              warnings: result.warnings,
              blocks: request.blocks ?? null,
            };
          });
        } catch (error) {
          if (error instanceof ImportCancelled) return { outcome: 'cancelled' as const };
          if (error instanceof ImportFailedError) {
            return { outcome: 'rejected' as const, issues: errorsFirst(error.issues) };
          }
          throw error;
        }
      }),

    getImportProgress: () => jobs.progress(),
    cancelImport: () => ({ cancelled: jobs.cancel() }),
  };

  /** Remembers an imported file's mapping for the next file of the same layout or preset. */
  function rememberMapping(file: ChosenFile): void {
    const headers = file.read.table?.headers;
    if (file.kind === null || file.preset === null || !headers) return;
    try {
      memory.remember(file.kind, headers, file.preset, file.mapping);
    } catch {
      // The import itself succeeded; a preferences folder that cannot be written costs only
      // the convenience of the mapping being remembered.
    }
  }
}
