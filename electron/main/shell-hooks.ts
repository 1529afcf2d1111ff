import {
  dialog,
  type BrowserWindow,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { demoPlanFileName, type ShellHooks } from '../../src/services';
import { windowTitle } from './window-options';

const PLAN_FILTER = { name: 'KS4 Planner plans', extensions: ['ks4'] };
const PATHWAYS_FILTER = { name: 'Pathways files', extensions: ['json'] };

/** ShellHooks over Electron's native dialogs; the window is looked up at call time. */
export function createElectronShellHooks(deps: {
  window: () => BrowserWindow | null;
  documentsFolder: () => string;
  userDataFolder: () => string;
}): ShellHooks {
  const appFolder = () => join(deps.documentsFolder(), 'KS4 Planner');

  /** A save dialog attached to the window when there is one; null when cancelled. */
  async function askWhereToSave(options: SaveDialogOptions): Promise<string | null> {
    const win = deps.window();
    const result = win
      ? await dialog.showSaveDialog(win, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }

  /** An open dialog attached to the window when there is one; null when cancelled. */
  async function askWhichFiles(options: OpenDialogOptions): Promise<string[] | null> {
    const win = deps.window();
    const result = win
      ? await dialog.showOpenDialog(win, options)
      : await dialog.showOpenDialog(options);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  }

  async function askWhichFile(options: OpenDialogOptions): Promise<string | null> {
    return (await askWhichFiles(options))?.[0] ?? null;
  }

  return {
    choosePlanToCreate() {
      return askWhereToSave({
        title: 'New plan',
        buttonLabel: 'Create plan',
        defaultPath: join(deps.documentsFolder(), 'New plan.ks4'),
        filters: [PLAN_FILTER],
        // No overwrite prompt: the services refuse an existing file whatever the answer.
        properties: ['createDirectory'],
      });
    },

    choosePlanToOpen() {
      return askWhichFile({
        title: 'Open plan',
        buttonLabel: 'Open plan',
        defaultPath: deps.documentsFolder(),
        // "All files" too: picking a CSV by mistake gets a clear message instead of a greyed-out file.
        filters: [PLAN_FILTER, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      });
    },

    choosePlanCopyPath(suggestedName) {
      return askWhereToSave({
        title: 'Save a copy of the plan',
        buttonLabel: 'Save copy',
        defaultPath: join(deps.documentsFolder(), suggestedName),
        filters: [PLAN_FILTER],
        properties: ['createDirectory'],
      });
    },

    chooseImportFiles() {
      return askWhichFiles({
        title: 'Import',
        buttonLabel: 'Choose',
        defaultPath: deps.documentsFolder(),
        filters: [
          { name: 'Spreadsheets and CSV files', extensions: ['csv', 'txt', 'xlsx'] },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile', 'multiSelections'],
      });
    },

    choosePathwaysFileToSave(suggestedName) {
      return askWhereToSave({
        title: 'Export pathways',
        buttonLabel: 'Export',
        defaultPath: join(deps.documentsFolder(), suggestedName),
        filters: [PATHWAYS_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },

    choosePathwaysFileToOpen() {
      return askWhichFile({
        title: 'Import pathways',
        buttonLabel: 'Import',
        defaultPath: deps.documentsFolder(),
        filters: [PATHWAYS_FILTER, { name: 'All files', extensions: ['*'] }],
        properties: ['openFile'],
      });
    },

    chooseExportTarget(request) {
      const defaultPath = join(deps.documentsFolder(), request.suggestedName);
      if (request.kind === 'folder') {
        return askWhichFile({
          title: request.title,
          buttonLabel: 'Export here',
          defaultPath: deps.documentsFolder(),
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        });
      }
      return askWhereToSave({
        title: request.title,
        buttonLabel: 'Export',
        defaultPath,
        filters: [
          {
            name: request.extensions.map((ending) => ending.toUpperCase()).join(', '),
            extensions: request.extensions,
          },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
    },

    chooseLogoFile() {
      return askWhichFile({
        title: 'Choose the logo for the offer letters',
        buttonLabel: 'Use this logo',
        defaultPath: deps.documentsFolder(),
        filters: [{ name: 'Images (PNG or JPEG)', extensions: ['png', 'jpg', 'jpeg'] }],
        properties: ['openFile'],
      });
    },

    userDataDir() {
      const folder = deps.userDataFolder();
      mkdirSync(folder, { recursive: true });
      return folder;
    },

    demoPlanPath(options) {
      const folder = appFolder();
      mkdirSync(folder, { recursive: true });
      return join(folder, demoPlanFileName(options));
    },

    planChanged(plan) {
      deps.window()?.setTitle(windowTitle(plan?.fileName ?? null));
    },
  };
}
