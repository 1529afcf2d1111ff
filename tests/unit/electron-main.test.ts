import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNEL } from '../../src/shared/api';
import { secureWebPreferences } from '../../electron/main/window-options';

/**
 * The main process's wiring, run against a stand-in for Electron's API: which window it
 * makes, which channel it serves and whom it answers. (The real binary is exercised by
 * tests/electron where one is installed.)
 */
const shell = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener>();
  const windows: { options: unknown; loaded: string[]; listeners: Map<string, Listener> }[] = [];
  const handlers = new Map<string, Listener>();
  const headerFilters: Listener[] = [];
  // Plain records, not vi.fn(): mocks are reset between tests, and these calls happen on import.
  const calls = { enableSandbox: 0 };
  class BrowserWindow {
    static getAllWindows = () => windows;
    record: (typeof windows)[number];
    constructor(options: unknown) {
      this.record = { options, loaded: [], listeners: new Map() };
      windows.push(this.record);
    }
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    once(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    loadFile(path: string) {
      this.record.loaded.push(path);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    setTitle() {}
  }
  return {
    appListeners,
    windows,
    handlers,
    headerFilters,
    calls,
    module: {
      app: {
        isPackaged: true,
        getName: () => 'KS4 Planner',
        getVersion: () => '9.9.9',
        getPath: () => '/nowhere',
        enableSandbox: () => {
          calls.enableSandbox += 1;
        },
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        on: (event: string, listener: Listener) => appListeners.set(event, listener),
        whenReady: () => Promise.resolve(),
      },
      BrowserWindow,
      ipcMain: { handle: (channel: string, listener: Listener) => handlers.set(channel, listener) },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: (filter: Listener) => headerFilters.push(filter) },
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
        },
      },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
      dialog: {},
    },
  };
});

vi.mock('electron', () => shell.module);

const mainDir = join(import.meta.dirname, '../../electron/main');
const indexFileUrl = pathToFileURL(join(mainDir, '../renderer/index.html')).href;

describe('the main process', () => {
  beforeAll(async () => {
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(shell.windows).toHaveLength(1));
  });

  it('sandboxes every renderer', () => {
    expect(shell.calls.enableSandbox).toBe(1);
  });

  it('opens one window with the secure preferences and the built page', () => {
    const [win] = shell.windows;
    expect((win?.options as { webPreferences: unknown }).webPreferences).toEqual(
      secureWebPreferences(join(mainDir, '../preload/index.cjs')),
    );
    expect(win?.loaded).toEqual([join(mainDir, '../renderer/index.html')]);
  });

  it('sends the strict Content-Security-Policy with every response', () => {
    const [filter] = shell.headerFilters;
    const callback = vi.fn();
    filter?.({ responseHeaders: { 'content-security-policy': ['*'], 'X-Other': ['1'] } }, callback);
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['X-Other']).toEqual(['1']);
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/^default-src 'self'/);
  });

  it('serves the API on one channel, to its own page only', async () => {
    expect([...shell.handlers.keys()]).toEqual([API_CHANNEL]);
    const handle = shell.handlers.get(API_CHANNEL);
    const fromPage = { senderFrame: { url: indexFileUrl, parent: null } };
    expect(await handle?.(fromPage, 'getAppInfo', undefined)).toMatchObject({
      ok: true,
      value: { name: 'KS4 Planner', version: '9.9.9' },
    });
    expect(await handle?.(fromPage, 'nope', undefined)).toMatchObject({
      ok: false,
      error: { code: 'unknown-method' },
    });
    const fromElsewhere = { senderFrame: { url: 'https://example.com/', parent: null } };
    expect(await handle?.(fromElsewhere, 'getAppInfo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    const fromSubFrame = { senderFrame: { url: indexFileUrl, parent: {} } };
    expect(await handle?.(fromSubFrame, 'getAppInfo', undefined)).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('guards every web contents against navigation and new windows', () => {
    const onCreated = shell.appListeners.get('web-contents-created');
    const contents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    onCreated?.({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('keeps the title its own', () => {
    const titleListener = shell.windows[0]?.listeners.get('page-title-updated');
    const event = { preventDefault: vi.fn() };
    titleListener?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
