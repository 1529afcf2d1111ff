import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { cspHeader, developmentCsp, PRODUCTION_CSP } from '../../electron/main/csp';
import { isTrustedSender, trustedPageFor } from '../../electron/main/ipc-guard';
import {
  blockNavigation,
  denyPermission,
  denyWindowOpen,
  installNavigationGuards,
  mainWindowOptions,
  secureWebPreferences,
  windowTitle,
  type GuardableContents,
} from '../../electron/main/window-options';

describe('the window', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    const preferences = secureWebPreferences('/app/out/preload/index.cjs');
    expect(preferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('uses the secure preferences for the main window', () => {
    const options = mainWindowOptions('/preload.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/preload.cjs'));
    expect(options.width).toBeGreaterThanOrEqual(1024);
  });

  it('names the open plan in the title', () => {
    expect(windowTitle(null)).toBe('KS4 Planner');
    expect(windowTitle('Year 9.ks4')).toBe('Year 9.ks4 — KS4 Planner');
  });
});

describe('navigation and new windows', () => {
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: (() => { action: 'deny' }) | undefined;
    const contents: GuardableContents = {
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
      on: (event, listener) => listeners.set(event, listener),
    };
    return { contents, listeners, openHandler: () => openHandler };
  }

  it('blocks every navigation, including to the app itself', () => {
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'file:///app/index.html']) {
      const event = { preventDefault: vi.fn(), url };
      blockNavigation(event);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('denies every new window', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('installs the guards on a web contents', () => {
    const fake = fakeContents();
    installNavigationGuards(fake.contents);
    expect(fake.openHandler()?.()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      fake.listeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalledOnce();
    }
  });

  it('denies permission requests', () => {
    const callback = vi.fn();
    denyPermission(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });
});

describe('which page may call the API', () => {
  const built = trustedPageFor({ indexFileUrl: 'file:///app/out/renderer/index.html' });
  const dev = trustedPageFor({
    devServerUrl: 'http://localhost:5173/',
    indexFileUrl: 'file:///app/out/renderer/index.html',
  });

  it("accepts the app's own page in the main frame", () => {
    expect(
      isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: null }, built),
    ).toBe(true);
    expect(
      isTrustedSender({ url: 'file:///app/out/renderer/index.html#x', parent: null }, built),
    ).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/src/x', parent: null }, dev)).toBe(true);
  });

  it('refuses other pages, sub-frames and missing frames', () => {
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, built)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, built)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, dev)).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/out/renderer/index.html', parent: {} }, built)).toBe(
      false,
    );
    expect(isTrustedSender(null, built)).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null }, built)).toBe(false);
  });
});

describe('Content-Security-Policy', () => {
  it('allows only the app itself in production', () => {
    expect(PRODUCTION_CSP).toContain("default-src 'self'");
    expect(PRODUCTION_CSP).toContain("script-src 'self'");
    expect(PRODUCTION_CSP).toContain("object-src 'none'");
    expect(PRODUCTION_CSP).not.toContain('unsafe-inline');
    expect(PRODUCTION_CSP).not.toContain('unsafe-eval');
    expect(PRODUCTION_CSP).not.toMatch(/https?:|ws:|\*/);
    expect(cspHeader(PRODUCTION_CSP)).toContain("frame-ancestors 'none'");
  });

  it('is the policy written in index.html', () => {
    const html = readFileSync(new URL('../../src/renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(PRODUCTION_CSP);
  });

  it('relaxes only what the dev server needs, and only for its host', () => {
    const policy = developmentCsp('http://localhost:5173/');
    expect(policy).toContain('ws://localhost:5173');
    expect(policy).not.toMatch(/https?:/);
    expect(policy).not.toContain('unsafe-eval');
  });
});
