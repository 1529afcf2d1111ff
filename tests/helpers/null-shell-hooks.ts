import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShellHooks } from '../../src/services';

/**
 * ShellHooks whose dialogs are all cancelled and which has no demo folder; a test overrides
 * what it needs. Preferences go to a fresh temp folder.
 */
export function nullShellHooks(overrides: Partial<ShellHooks> = {}): ShellHooks {
  let userDir: string | null = null;
  return {
    choosePlanToCreate: async () => null,
    choosePlanToOpen: async () => null,
    choosePlanCopyPath: async () => null,
    chooseImportFiles: async () => null,
    choosePathwaysFileToSave: async () => null,
    choosePathwaysFileToOpen: async () => null,
    chooseExportTarget: async () => null,
    chooseLogoFile: async () => null,
    userDataDir: () => (userDir ??= mkdtempSync(join(tmpdir(), 'ks4-user-'))),
    demoPlanPath: () => {
      throw new Error('no demo folder in this test');
    },
    ...overrides,
  };
}
