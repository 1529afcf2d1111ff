import type { DemoPlanOptions, PlanInfo } from '../shared/api';

/**
 * What only the host can do for the services: native dialogs and knowing where the user keeps
 * documents. Electron implements it with its dialogs; the end-to-end tests with prepared temp
 * paths. Dialogs resolve to null when the user cancels.
 */
export interface ShellHooks {
  /** Ask where to save a new plan. */
  choosePlanToCreate(): Promise<string | null>;
  /** Ask which plan file to open. */
  choosePlanToOpen(): Promise<string | null>;
  /** Where the demo plan for these options lives (its folder is created if needed). */
  demoPlanPath(options: DemoPlanOptions): string;
  /** Ask where to save a copy of the open plan. */
  choosePlanCopyPath(suggestedName: string): Promise<string | null>;
  /** Ask for one or more files to import (CSV or XLSX). */
  chooseImportFiles(): Promise<string[] | null>;
  /** Ask where to save the plan's pathways as a pathways file (JSON). */
  choosePathwaysFileToSave(suggestedName: string): Promise<string | null>;
  /** Ask which pathways file to import. */
  choosePathwaysFileToOpen(): Promise<string | null>;
  /** Ask where to write an export: a file name to save as, or a folder for many files. */
  chooseExportTarget(request: ExportTargetRequest): Promise<string | null>;
  /** Ask which image (PNG or JPEG) to print on the offer letters. */
  chooseLogoFile(): Promise<string | null>;
  /** A folder of this user's own where the app keeps its preferences (created if needed). */
  userDataDir(): string;
  /** Told whenever the open plan changes, e.g. to set the window title. */
  planChanged?(plan: PlanInfo | null): void;
}

/** What an export dialog asks for. */
export interface ExportTargetRequest {
  /** The dialog's title, e.g. "Export the MIS class lists". */
  title: string;
  /** A file name (or folder name) to start from. */
  suggestedName: string;
  /** 'file': a save dialog; 'folder': choose (or make) a folder. */
  kind: 'file' | 'folder';
  /** File name endings offered, without the dot, e.g. ['csv']. */
  extensions: string[];
}
