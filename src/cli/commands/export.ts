import { extname } from 'node:path';
import {
  ExportWriteError,
  exportTargetProblems,
  writeExportFile,
  type ExportFile,
} from '../../data/export/export-files';
import {
  renderScenarioFile,
  scenarioFileSource,
  type ScenarioFileKind,
  type ScenarioFileSource,
} from '../../data/export/scenario-files';
import { openPlanFile } from '../../data/plan/plan-file';
import { scenarioNamedOrLatest } from '../scenario-lookup';
import { exportLetters } from './letters';
import { BadInputError } from '../errors';
import { ExitCode, type CliIo } from '../io';

export interface ExportOptions {
  scenario?: string;
  allocations?: string;
  groups?: string;
  unresolved?: string;
  mis?: string;
  booklet?: string;
  staffing?: string;
  governors?: string;
  /** One PDF of offer letters (a name ending .pdf), or a folder for one PDF per pupil. */
  letters?: string;
}

const isPdfName = (path: string) => extname(path).toLowerCase() === '.pdf';

interface ExportKind {
  option: keyof Omit<ExportOptions, 'scenario' | 'letters'>;
  what: string;
  /** File name endings accepted, lower case; any name when absent. */
  endings?: readonly string[];
  /** Which file to make for the name given. */
  file: (path: string) => ScenarioFileKind;
}

const KINDS: readonly ExportKind[] = [
  { option: 'allocations', what: 'the allocations', file: () => 'allocations-csv' },
  { option: 'groups', what: 'the groups', file: () => 'groups-csv' },
  { option: 'unresolved', what: 'the unresolved choices', file: () => 'unresolved-csv' },
  { option: 'mis', what: 'the MIS class lists', file: () => 'mis-csv' },
  {
    option: 'booklet',
    what: 'the booklet block grid',
    endings: ['.csv', '.pdf'],
    file: (path) => (isPdfName(path) ? 'booklet-pdf' : 'booklet-csv'),
  },
  { option: 'staffing', what: 'staffing by block', file: () => 'staffing-csv' },
  {
    option: 'governors',
    what: "the governors' summary",
    endings: ['.pdf'],
    file: () => 'governors-pdf',
  },
];

function requested(options: ExportOptions): { kind: ExportKind; file: ExportFile }[] {
  return KINDS.flatMap((kind) => {
    const path = options[kind.option];
    return path ? [{ kind, file: { what: kind.what, path } }] : [];
  });
}

/** A letters PDF is checked with the other files; a folder of letters is checked by letters. */
function lettersFile(options: ExportOptions): ExportFile[] {
  const path = options.letters;
  return path && isPdfName(path) ? [{ what: 'the offer letters', path }] : [];
}

function nameProblems(wanted: { kind: ExportKind; file: ExportFile }[]): string[] {
  return wanted.flatMap(({ kind, file }) => {
    const endings = kind.endings;
    if (!endings || endings.includes(extname(file.path).toLowerCase())) return [];
    const list = endings.join(' or ');
    return [`--${kind.option} needs a file name ending ${list}, not ${file.path}.`];
  });
}

/**
 * Writes a scenario's exports. Every file is made before any is written, and offer letters
 * (which check their own pupils) go first, so a failure writes nothing; an existing export of
 * the same name is replaced, but never a plan file. All the files come from one scenario.
 */
export async function exportCommand(
  planPath: string,
  options: ExportOptions,
  io: CliIo,
): Promise<number> {
  const wanted = requested(options);
  if (wanted.length === 0 && !options.letters) {
    throw new BadInputError(
      'Nothing to export: give one or more of ' +
        `${[...KINDS.map((kind) => `--${kind.option}`), '--letters'].join(', ')}.`,
    );
  }
  const problems = [
    ...nameProblems(wanted),
    ...exportTargetProblems([...wanted.map(({ file }) => file), ...lettersFile(options)], planPath),
  ];
  if (problems.length > 0) {
    throw new BadInputError(['Nothing was exported:', ...problems.map((p) => `  ${p}`)].join('\n'));
  }
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const scenario = scenarioNamedOrLatest(db, options.scenario);
    const source: ScenarioFileSource = scenarioFileSource(db, scenario);
    const made = await Promise.all(
      wanted.map(async ({ kind, file }) => ({
        path: file.path,
        content: await renderScenarioFile(kind.file(file.path), source),
      })),
    );
    const lettersCode = options.letters
      ? await exportLetters(
          planPath,
          {
            scenario: scenario.name,
            out: options.letters,
            perPupil: !isPdfName(options.letters),
            // Like every other export, letters replace earlier files of the same names.
            force: true,
          },
          io,
        )
      : ExitCode.ok;
    for (const { path, content } of made) {
      try {
        writeExportFile(path, content);
      } catch (error) {
        if (error instanceof ExportWriteError) throw new BadInputError(error.message);
        throw error;
      }
      io.out(`Wrote ${path}`);
    }
    io.out(`(scenario "${scenario.name}")`);
    return lettersCode;
  } finally {
    db.close();
  }
}
