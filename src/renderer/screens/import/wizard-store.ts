import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { ApiError, ApiResult, PlannerApi } from '../../../shared/api';
import type {
  ChosenImportFile,
  ImportBlocksInput,
  ImportCheckView,
  ImportFileKind,
  ImportOutcomeView,
  ImportPresetId,
  ImportPreviewView,
} from '../../../shared/contract/import';

export type WizardStep = 'files' | 'columns' | 'check' | 'import';

export const WIZARD_STEPS: readonly { id: WizardStep; label: string }[] = [
  { id: 'files', label: 'Choose files' },
  { id: 'columns', label: 'Match columns' },
  { id: 'check', label: 'Check' },
  { id: 'import', label: 'Import' },
];

export interface WizardState {
  /** The plan this wizard belongs to: another plan starts it afresh. */
  planPath: string | null;
  step: WizardStep;
  files: ChosenImportFile[];
  previews: Record<string, ImportPreviewView>;
  /** The file whose columns are shown. */
  currentFileId: string | null;
  /** What the user typed for the blocks of a plan that has none: "4" or "A, B, C, D". */
  blocksText: string;
  check: ImportCheckView | null;
  outcome: ImportOutcomeView | null;
  /** The check or import waiting for an answer. */
  running: 'check' | 'import' | null;
  /** A preview or mapping call under way, so controls wait for it. */
  updating: boolean;
}

const DEFAULT_BLOCKS = '4';

function initialState(planPath: string | null): WizardState {
  return {
    planPath,
    step: 'files',
    files: [],
    previews: {},
    currentFileId: null,
    blocksText: DEFAULT_BLOCKS,
    check: null,
    outcome: null,
    running: null,
    updating: false,
  };
}

/**
 * Kept outside the screen so that going to another screen and back keeps the wizard where
 * it was (the files, the mapping, the check).
 */
export const wizardStore = createStore<WizardState>(() => initialState(null));

export function useWizard<T>(selector: (state: WizardState) => T): T {
  return useStore(wizardStore, selector);
}

/** What the wizard's actions need from the app: the API and the error banner. */
export interface WizardDeps {
  api: PlannerApi;
  showError(error: ApiError): void;
}

function valueOf<T>(result: ApiResult<T>, deps: WizardDeps): T | undefined {
  if (result.ok) return result.value;
  deps.showError(result.error);
  return undefined;
}

const set = wizardStore.setState;
const get = wizardStore.getState;

/** Starts afresh when the wizard is shown for another plan than last time. */
export function wizardForPlan(planPath: string): void {
  if (get().planPath !== planPath) set(initialState(planPath));
}

export function startAgain(deps: WizardDeps): void {
  for (const file of get().files) void deps.api.removeImportFile({ fileId: file.fileId });
  set(initialState(get().planPath));
}

export function goToStep(step: WizardStep): void {
  set({ step });
}

export async function chooseFiles(deps: WizardDeps): Promise<void> {
  set({ updating: true });
  try {
    const chosen = valueOf(await deps.api.chooseImportFiles(), deps);
    if (!chosen || chosen.length === 0) return;
    const previews = { ...get().previews };
    for (const file of chosen) {
      const preview = valueOf(await deps.api.previewImportFile({ fileId: file.fileId }), deps);
      if (preview) previews[file.fileId] = preview;
    }
    set({
      files: [...get().files, ...chosen],
      previews,
      currentFileId: get().currentFileId ?? chosen[0]?.fileId ?? null,
      check: null,
      outcome: null,
    });
  } finally {
    set({ updating: false });
  }
}

export async function removeFile(deps: WizardDeps, fileId: string): Promise<void> {
  await deps.api.removeImportFile({ fileId });
  const files = get().files.filter((file) => file.fileId !== fileId);
  const previews = Object.fromEntries(
    Object.entries(get().previews).filter(([id]) => id !== fileId),
  );
  const currentFileId =
    get().currentFileId === fileId ? (files[0]?.fileId ?? null) : get().currentFileId;
  set({ files, previews, currentFileId, check: null, outcome: null });
}

export interface FileChange {
  kind?: ImportFileKind;
  preset?: ImportPresetId;
  sheet?: string;
  mapping?: Record<string, string | null>;
}

/** Changes how a file is read; the check must then be run again. */
export async function updateFile(
  deps: WizardDeps,
  fileId: string,
  change: FileChange,
): Promise<void> {
  set({ updating: true });
  try {
    const preview = valueOf(await deps.api.updateImportFile({ fileId, ...change }), deps);
    if (!preview) return;
    set({
      previews: { ...get().previews, [fileId]: preview },
      files: get().files.map((file) => (file.fileId === fileId ? preview.file : file)),
      check: null,
      outcome: null,
    });
  } finally {
    set({ updating: false });
  }
}

export function showFile(fileId: string): void {
  set({ currentFileId: fileId });
}

export function setBlocksText(text: string): void {
  set({ blocksText: text, check: null });
}

function runInput(blocks: ImportBlocksInput | undefined) {
  return {
    fileIds: get().files.map((file) => file.fileId),
    ...(blocks ? { blocks } : {}),
  };
}

export async function runCheck(
  deps: WizardDeps,
  blocks: ImportBlocksInput | undefined,
): Promise<void> {
  set({ step: 'check', running: 'check', check: null, outcome: null });
  try {
    const result = await deps.api.checkImport(runInput(blocks));
    // A cancelled check is the user's own doing: nothing to report.
    if (!result.ok && result.error.code === 'cancelled') return;
    const check = valueOf(result, deps);
    if (check) set({ check });
  } finally {
    set({ running: null });
  }
}

export async function runImport(
  deps: WizardDeps,
  blocks: ImportBlocksInput | undefined,
  onImported: () => Promise<unknown>,
): Promise<void> {
  set({ step: 'import', running: 'import', outcome: null });
  try {
    const outcome = valueOf(await deps.api.runImport(runInput(blocks)), deps);
    if (!outcome) return;
    // Once imported, the check no longer describes the plan: it must be run again.
    set(outcome.outcome === 'imported' ? { outcome, check: null } : { outcome });
    if (outcome.outcome === 'imported') await onImported();
  } finally {
    set({ running: null });
  }
}
