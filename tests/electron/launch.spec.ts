import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { API_METHODS } from '../../src/shared/api-methods';

/**
 * Finds the Electron binary the way the electron package does, without its fallback of
 * downloading one: a test must never reach for the network.
 */
function findElectron(): { path: string } | { reason: string } {
  const packageDir = resolve('node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (!relative && !override) {
    return {
      reason:
        'no Electron binary is installed (node_modules/electron/path.txt is missing: ' +
        "the electron package's install step could not download it)",
    };
  }
  const path = override
    ? join(override, relative ?? 'electron')
    : join(packageDir, 'dist', relative ?? '');
  if (!existsSync(path)) return { reason: `the Electron binary ${path} does not exist` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'there is no display to open a window on (run it under xvfb-run)' };
  }
  return { path };
}

test('the built app opens its window on the start screen, with no Node in the page', async () => {
  const electronBinary = findElectron();
  if ('reason' in electronBinary) {
    console.log(`Skipped the Electron launch test: ${electronBinary.reason}.`);
    test.skip(true, electronBinary.reason);
    return;
  }
  expect(existsSync('out/main/index.js'), 'build the app first: electron-vite build').toBe(true);

  // The built page, not a dev server.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL',
    ),
  );
  const app = await electron.launch({
    executablePath: electronBinary.path,
    // Chromium refuses to run as root with its sandbox (as in some CI containers).
    args: [resolve('.'), ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env,
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { level: 1, name: 'KS4 Planner' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open demo plan' })).toBeVisible();

    const reach = await page.evaluate(() => ({
      require: typeof (window as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      planner: Object.keys(window.planner ?? {}).sort(),
    }));
    expect(reach.require).toBe('undefined');
    expect(reach.process).toBe('undefined');
    expect(reach.planner).toEqual([...API_METHODS].sort());

    // A real round trip through the preload, IPC and the services.
    const info = await page.evaluate(() => window.planner?.getAppInfo());
    expect(info).toMatchObject({ ok: true, value: { name: expect.any(String) } });

    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(title).toBe('KS4 Planner');
  } finally {
    await app.close();
  }
});
