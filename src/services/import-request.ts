import { defaultBlockNames } from '../core/blocks';
import type { ImportKind } from '../data/import/fields';
import type { ImportRequest } from '../data/import/request';
import type { ImportBlocksInput, ImportIssueView } from '../shared/contract/import';
import type { ChosenFile } from './import-files';
import { ServiceError } from './service-error';

/** How the wizard names each kind of file to the user. */
export const KIND_WORDS: Record<ImportKind, string> = {
  subjects: 'courses',
  aliases: 'course aliases',
  pupils: 'pupils',
  staff: 'staff',
  choices: 'option choices',
};

/**
 * The data layer's request for the chosen files: one file per kind, each with its complete
 * mapping, and the blocks for a plan that has none yet.
 */
export function importRequestFor(
  files: readonly ChosenFile[],
  blocks: ImportBlocksInput | undefined,
  planBlocks: readonly string[],
): ImportRequest {
  const request: ImportRequest = {};
  const byKind = new Map<ImportKind, ChosenFile>();
  for (const file of files) {
    if (file.kind === null || file.preset === null) {
      throw new ServiceError(
        'invalid-edit',
        `Say what ${file.fileName} holds (courses, pupils, option choices, staff or course ` +
          'aliases) before it can be checked.',
      );
    }
    const other = byKind.get(file.kind);
    if (other) {
      throw new ServiceError(
        'invalid-edit',
        `${other.fileName} and ${file.fileName} are both set as the ${KIND_WORDS[file.kind]} ` +
          'file. Import one at a time, or change what one of them holds.',
      );
    }
    byKind.set(file.kind, file);
    request[file.kind] = {
      path: file.path,
      preset: file.preset,
      mapping: file.mapping,
      ...(file.sheet !== undefined ? { sheet: file.sheet } : {}),
    };
  }
  if (blocks) {
    if (planBlocks.length > 0) {
      throw new ServiceError(
        'invalid-edit',
        `The plan already has its blocks (${planBlocks.join(', ')}); they are not changed by ` +
          'an import.',
      );
    }
    request.blocks = 'count' in blocks ? defaultBlockNames(blocks.count) : blocks.names;
  }
  return request;
}

/** Errors first (they stop the import), then warnings; each keeps its file and row order. */
export function errorsFirst(issues: readonly ImportIssueView[]): ImportIssueView[] {
  return [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity === 'warning'),
  ];
}
