import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The window's security settings and its guards, kept free of Electron imports so that unit
 * tests can check them without an Electron binary.
 */

/** The page is untrusted as far as Node is concerned: it only sees what the preload exposes. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export const APP_TITLE = 'KS4 Planner';

export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: APP_TITLE,
    backgroundColor: '#f6f7f9',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export function windowTitle(planFileName: string | null): string {
  return planFileName ? `${planFileName} — ${APP_TITLE}` : APP_TITLE;
}

/** The app is a single page: no link, script or drag-and-drop may navigate it away. */
export function blockNavigation(event: { preventDefault(): void }): void {
  event.preventDefault();
}

/** No new windows or popups, whatever the URL. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/** Camera, notifications, geolocation, …: the planner needs none. */
export function denyPermission(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** The parts of WebContents the guards use; a structural type so tests can pass a fake. */
export interface GuardableContents {
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  on(
    event: 'will-navigate' | 'will-redirect' | 'will-attach-webview',
    listener: (event: { preventDefault(): void }) => void,
  ): unknown;
}

export function installNavigationGuards(contents: GuardableContents): void {
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', blockNavigation);
}
