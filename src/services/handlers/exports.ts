import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { LETTER_PLACEHOLDERS } from '../../core/letters';
import { TEMPLATE_TEXT_LIMITS } from '../../core/letters/template';
import {
  ExportWriteError,
  exportTargetProblems,
  writeExportFile,
} from '../../data/export/export-files';
import { renderScenarioFile, scenarioFileSource } from '../../data/export/scenario-files';
import { previewLetters } from '../../data/letters/letter-preview';
import { readLetterTemplate, saveLetterTemplate } from '../../data/letters/letter-template-store';
import { LettersError } from '../../data/letters/letters-error';
import { readLogo } from '../../data/letters/logo';
import { writeLetters } from '../../data/letters/write-letters';
import type { PlanDatabase } from '../../data/plan/plan-file';
import {
  agreedOrLatestScenarioName,
  listScenarios,
  readScenario,
  type StoredScenario,
} from '../../data/plan/scenario-repository';
import type {
  ExportKind,
  ExportResultView,
  exportsContract,
  ExportsView,
} from '../../shared/contract/exports';
import { exportTargetRequest, exportWhat, withExportEnding } from '../export-targets';
import {
  letterTemplateView,
  templateFromChanges,
  templateProblemsByField,
} from '../letter-template-view';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function exportsHandlers({
  session,
  hooks,
  exclusive,
}: ServiceContext): HandlersFor<typeof exportsContract> {
  return {
    getExports: ({ scenario }) => exportsView(session.db, scenario ?? null),

    saveLetterTemplate: (changes) =>
      exclusive(() => {
        const db = session.db;
        const wanted = templateFromChanges(changes);
        const problems = templateProblemsByField({ ...readLetterTemplate(db), ...wanted });
        if (problems.length > 0) {
          return { saved: false, problems, template: letterTemplateView(readLetterTemplate(db)) };
        }
        const saved = refusingLettersErrors(() => saveLetterTemplate(db, wanted));
        return { saved: true, problems: [], template: letterTemplateView(saved) };
      }),

    chooseLetterLogo: () =>
      exclusive(async () => {
        const path = await hooks.chooseLogoFile();
        if (path === null) return null;
        if (!existsSync(path)) {
          throw new ServiceError('not-found', `${basename(path)} could not be found.`);
        }
        const db = session.db;
        const logo = refusingLettersErrors(() => readLogo(readFileSync(path), basename(path)));
        return letterTemplateView(refusingLettersErrors(() => saveLetterTemplate(db, { logo })));
      }),

    removeLetterLogo: () =>
      exclusive(() =>
        letterTemplateView(
          refusingLettersErrors(() => saveLetterTemplate(session.db, { logo: null })),
        ),
      ),

    exportFiles: ({ scenario, kind, includeUnresolved }) =>
      exclusive(async () => {
        const db = session.db;
        const stored = scenarioNamed(db, scenario);
        const chosen = await hooks.chooseExportTarget(exportTargetRequest(kind, scenario));
        if (chosen === null) return null;
        if (kind === 'letters-batch' || kind === 'letters-per-pupil') {
          return exportLetters(db, session.info().path, {
            kind,
            scenario: stored.name,
            chosen,
            includeUnresolved: includeUnresolved ?? false,
          });
        }
        return exportScenarioFile(db, session.info().path, kind, stored, chosen);
      }),
  };
}

function exportsView(db: PlanDatabase, requested: string | null): ExportsView {
  const scenarios = listScenarios(db)
    .map((scenario) => ({
      name: scenario.name,
      isAgreed: scenario.isAgreed,
      createdAt: scenario.createdAt,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const name = requested ?? agreedOrLatestScenarioName(db);
  const stored = name === null ? null : scenarioNamed(db, name);
  const template = readLetterTemplate(db);
  return {
    scenarios,
    scenario: stored?.name ?? null,
    template: letterTemplateView(template),
    templateProblems: templateProblemsByField(template),
    placeholders: LETTER_PLACEHOLDERS.map((placeholder) => `{${placeholder}}`),
    limits: { ...TEMPLATE_TEXT_LIMITS },
    letters: stored ? previewLetters(db, stored) : null,
  };
}

function scenarioNamed(db: PlanDatabase, name: string): StoredScenario {
  const stored = readScenario(db, name);
  if (!stored) throw new ServiceError('invalid-edit', `The plan has no scenario called "${name}".`);
  return stored;
}

interface LettersRequest {
  kind: 'letters-batch' | 'letters-per-pupil';
  scenario: string;
  chosen: string;
  includeUnresolved: boolean;
}

/**
 * Offer letters go only to pupils whose options are settled unless the user ticked the box
 * for the others. Earlier letters of the same names are replaced, like every other export.
 */
async function exportLetters(
  db: PlanDatabase,
  planPath: string,
  request: LettersRequest,
): Promise<ExportResultView> {
  const perPupil = request.kind === 'letters-per-pupil';
  const out = perPupil ? request.chosen : withExportEnding(request.kind, request.chosen);
  if (!perPupil) refuseBadTargets(request.kind, out, planPath);
  const written = await refusingLettersErrorsAsync(() =>
    writeLetters(db, {
      scenario: request.scenario,
      out,
      perPupil,
      includeUnresolved: request.includeUnresolved,
      force: true,
    }),
  );
  return {
    kind: request.kind,
    scenario: written.scenario,
    target: basename(out),
    files: written.files.map((file) => basename(file)),
    letters: written.letters,
    pending: written.pending,
    withheld: written.withheld,
  };
}

async function exportScenarioFile(
  db: PlanDatabase,
  planPath: string,
  kind: Exclude<ExportKind, 'letters-batch' | 'letters-per-pupil'>,
  scenario: StoredScenario,
  chosen: string,
): Promise<ExportResultView> {
  const path = withExportEnding(kind, chosen);
  refuseBadTargets(kind, path, planPath);
  const content = await renderScenarioFile(kind, scenarioFileSource(db, scenario));
  try {
    writeExportFile(path, content);
  } catch (error) {
    if (error instanceof ExportWriteError) throw new ServiceError('export-failed', error.message);
    throw error;
  }
  return { kind, scenario: scenario.name, target: basename(path), files: [basename(path)] };
}

/** Never over the plan or any other plan file, never into a missing folder. */
function refuseBadTargets(kind: ExportKind, path: string, planPath: string): void {
  const problems = exportTargetProblems([{ what: exportWhat(kind), path }], planPath);
  if (problems.length > 0) {
    throw new ServiceError('export-failed', `Nothing was exported: ${problems.join(' ')}`);
  }
}

function refusingLettersErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asServiceError(error);
  }
}

async function refusingLettersErrorsAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asServiceError(error);
  }
}

/** The letters' own errors already say what is wrong and that nothing was written or saved. */
function asServiceError(error: unknown): unknown {
  if (!(error instanceof LettersError)) return error;
  const code = error.code === 'invalid-template' || error.code === 'invalid-logo';
  return new ServiceError(code ? 'invalid-edit' : 'export-failed', error.message);
}
