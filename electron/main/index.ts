import { app, BrowserWindow, ipcMain, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtSolverWorker, createPlanner } from '../../src/services';
import { API_CHANNEL, fail, type PlanInfo } from '../../src/shared/api';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../src/shared/menu-commands';
import { cspHeader, developmentCsp, PRODUCTION_CSP } from './csp';
import { isTrustedSender, trustedPageFor } from './ipc-guard';
import { installAppMenu, type RecentMenuEntry } from './menu';
import { createElectronShellHooks } from './shell-hooks';
import { denyPermission, installNavigationGuards, mainWindowOptions } from './window-options';

// Set by `electron-vite dev` only; a packaged app always loads its page from disk.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const indexFile = join(import.meta.dirname, '../renderer/index.html');
const trustedPage = trustedPageFor({
  devServerUrl,
  indexFileUrl: pathToFileURL(indexFile).href,
});

let mainWindow: BrowserWindow | null = null;
let planOpen = false;
let recentPlans: RecentMenuEntry[] = [];

const shellHooks = createElectronShellHooks({
  window: () => mainWindow,
  documentsFolder: () => app.getPath('documents'),
  userDataFolder: () => app.getPath('userData'),
});

const planner = createPlanner({
  appName: app.getName(),
  appVersion: app.getVersion(),
  // electron.vite.config.ts builds the worker beside this bundle.
  createSolverWorker: builtSolverWorker(import.meta.dirname),
  hooks: {
    ...shellHooks,
    planChanged(plan: PlanInfo | null) {
      shellHooks.planChanged?.(plan);
      // Opening a plan also moved it up the recent list.
      planOpen = plan !== null;
      void refreshMenu();
    },
  },
  onInternalError: (method, error) => console.error(`Planner API ${method} failed:`, error),
});

// Every renderer runs sandboxed, whatever a window asks for.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => planner.dispose());
  void app.whenReady().then(() => {
    installMenu();
    void refreshMenu();
    secureSession();
    ipcMain.handle(API_CHANNEL, async (event, method: unknown, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedPage)) {
        return fail('untrusted-sender', 'This page is not allowed to use the planner.');
      }
      const result = await planner.dispatcher.dispatch(method, payload);
      if (method === 'forgetRecentPlan') void refreshMenu();
      return result;
    });
    createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
    });
  });
}

function installMenu(): void {
  installAppMenu({
    isMac: process.platform === 'darwin',
    isDevelopment: Boolean(devServerUrl),
    planOpen,
    recentPlans,
    send: sendMenuCommand,
  });
}

/** Rebuilds the menu with the recent plans as the services list them now. */
async function refreshMenu(): Promise<void> {
  const listed = await planner.dispatcher.dispatch('listRecentPlans', undefined);
  // A preferences folder that cannot be read leaves the menu as it was.
  if (listed.ok) recentPlans = listed.value as RecentMenuEntry[];
  installMenu();
}

/** Menu items act on the page, which runs each command as its own button would. */
function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function secureSession(): void {
  const policy = cspHeader(devServerUrl ? developmentCsp(devServerUrl) : PRODUCTION_CSP);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
  session.defaultSession.setPermissionRequestHandler(denyPermission);
  session.defaultSession.setPermissionCheckHandler(() => false);
}

function createMainWindow(): void {
  const win = new BrowserWindow(mainWindowOptions(preloadPath));
  mainWindow = win;
  // The shell owns the title (it names the open plan); the page cannot change it.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(indexFile);
}
