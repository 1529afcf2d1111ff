import { basename, extname } from 'node:path';
import type { ExportKind } from '../shared/contract/exports';
import type { ExportTargetRequest } from './shell-hooks';
import { ServiceError } from './service-error';

interface ExportTarget {
  /** How the dialog and messages name the export. */
  what: string;
  /** Ending of the suggested name, e.g. "MIS class lists.csv"; for a folder, its name. */
  suggestedName: string;
  kind: 'file' | 'folder';
  /** Without the dot; empty for a folder. */
  extensions: string[];
}

const TARGETS: Record<ExportKind, ExportTarget> = {
  'letters-batch': {
    what: 'the offer letters',
    suggestedName: 'offer letters.pdf',
    kind: 'file',
    extensions: ['pdf'],
  },
  'letters-per-pupil': {
    what: 'one offer letter per pupil',
    suggestedName: 'offer letters',
    kind: 'folder',
    extensions: [],
  },
  'mis-csv': {
    what: 'the MIS class lists',
    suggestedName: 'MIS class lists.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'groups-csv': {
    what: 'the groups',
    suggestedName: 'groups.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'allocations-csv': {
    what: 'the allocations',
    suggestedName: 'allocations.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'unresolved-csv': {
    what: 'the unresolved choices',
    suggestedName: 'unresolved.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'booklet-csv': {
    what: 'the booklet block grid',
    suggestedName: 'option blocks.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'booklet-pdf': {
    what: 'the booklet block grid',
    suggestedName: 'option blocks.pdf',
    kind: 'file',
    extensions: ['pdf'],
  },
  'staffing-csv': {
    what: 'staffing by block',
    suggestedName: 'staffing by block.csv',
    kind: 'file',
    extensions: ['csv'],
  },
  'governors-pdf': {
    what: "the governors' summary",
    suggestedName: 'governors summary.pdf',
    kind: 'file',
    extensions: ['pdf'],
  },
};

export function exportWhat(kind: ExportKind): string {
  return TARGETS[kind].what;
}

/** Characters no file name may hold on Windows or macOS. */
const UNSAFE_IN_NAMES = /[\\/:*?"<>|]+/g;

/** What to ask the shell: "Spring draft MIS class lists.csv", named after the scenario. */
export function exportTargetRequest(kind: ExportKind, scenario: string): ExportTargetRequest {
  const target = TARGETS[kind];
  const prefix = scenario.replace(UNSAFE_IN_NAMES, '-').trim();
  return {
    title: `Export ${target.what}`,
    suggestedName: prefix ? `${prefix} ${target.suggestedName}` : target.suggestedName,
    kind: target.kind,
    extensions: target.extensions,
  };
}

/**
 * The chosen file name with its ending: added when the dialog returned none, refused when it is
 * another ending, so a PDF is never saved as "letters.csv".
 */
export function withExportEnding(kind: ExportKind, chosen: string): string {
  const [wanted] = TARGETS[kind].extensions;
  if (wanted === undefined) return chosen;
  const ending = extname(chosen).toLowerCase();
  if (ending === '') return `${chosen}.${wanted}`;
  if (ending !== `.${wanted}`) {
    throw new ServiceError(
      'export-failed',
      `${basename(chosen)} does not end .${wanted}: choose a name ending .${wanted} for ` +
        `${TARGETS[kind].what}. Nothing was exported.`,
    );
  }
  return chosen;
}
