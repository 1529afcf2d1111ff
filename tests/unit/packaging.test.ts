import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import type { Configuration } from 'app-builder-lib';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The installers cannot be built here (electron-builder downloads Electron for each target), so
 * the configuration is checked as far as it can be without building: read and validated by
 * electron-builder's own code, and every file it names present and of the right kind.
 */

const root = join(import.meta.dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

let config: Configuration;
beforeAll(async () => {
  config = await getConfig(root, null, null);
});

type PlatformConfig = { icon?: string | null; target?: unknown } | null | undefined;
const iconOf = (platform: PlatformConfig) => platform?.icon ?? '';
const targetNames = (platform: PlatformConfig) =>
  (Array.isArray(platform?.target) ? platform.target : [platform?.target]).map((target) =>
    typeof target === 'string' ? target : (target as { target: string }).target,
  );

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config.appId).toBe('uk.sch.ks4planner');
    expect(config.productName).toBe('KS4 Planner');
  });

  it('would be refused by that same check if an option were misspelt', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneclick: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /configuration\.nsis/,
    );
  });

  it('builds an NSIS installer, a dmg and an AppImage', () => {
    expect(targetNames(config.win)).toEqual(['nsis']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(targetNames(config.linux)).toEqual(['AppImage']);
  });

  it('opens plan files, the extension the app saves them with', () => {
    const shell = readFileSync(join(root, 'electron', 'main', 'shell-hooks.ts'), 'utf8');
    const associations = [config.fileAssociations ?? []].flat();
    for (const association of associations) {
      expect(shell).toContain(`extensions: ['${String(association.ext)}']`);
    }
    expect(associations.map((association) => association.ext)).toEqual(['ks4']);
  });

  it('keeps the native database module outside the archive, where it can be loaded', () => {
    expect([config.asarUnpack].flat()).toContain('node_modules/better-sqlite3/**');
    expect(packageJson.dependencies['better-sqlite3']).toBeDefined();
  });
});

/** A PNG's width and height, from its header. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the files the configuration names', () => {
  it('has its build resources folder', () => {
    const folder = join(root, config.directories?.buildResources ?? '');
    expect(statSync(folder).isDirectory()).toBe(true);
  });

  it('has a 1024 pixel square PNG icon for Linux', () => {
    const path = join(root, iconOf(config.linux));
    expect(pngSize(readFileSync(path))).toEqual({ width: 1024, height: 1024 });
  });

  it('has a Windows icon with every size from 16 to 256 pixels', () => {
    const data = readFileSync(join(root, iconOf(config.win)));
    expect(data.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const sizes = Array.from({ length: data.readUInt16LE(4) }, (_, i) => {
      const entry = 6 + 16 * i;
      const width = data.readUInt8(entry) || 256;
      const image = data.subarray(data.readUInt32LE(entry + 12));
      expect(pngSize(image).width).toBe(width);
      return width;
    });
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS icon up to 1024 pixels', () => {
    const data = readFileSync(join(root, iconOf(config.mac)));
    expect(data.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(data.readUInt32BE(4)).toBe(data.length);
    const types = new Map<string, number>();
    for (let offset = 8; offset < data.length; offset += data.readUInt32BE(offset + 4)) {
      const type = data.subarray(offset, offset + 4).toString('latin1');
      types.set(type, pngSize(data.subarray(offset + 8)).width);
    }
    expect(types.get('ic10')).toBe(1024);
    expect(types.get('ic07')).toBe(128);
    expect(types.get('icp4')).toBe(16);
  });

  it('packages the main process that electron-vite builds and package.json starts', () => {
    expect(packageJson.main).toBe('out/main/index.js');
    expect(existsSync(join(root, 'electron', 'main', 'index.ts'))).toBe(true);
    const vite = readFileSync(join(root, 'electron.vite.config.ts'), 'utf8');
    expect(vite).toMatch(/index: resolve\('electron\/main\/index\.ts'\)/);
    const patterns = [config.files]
      .flat()
      .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry?.filter ?? []].flat()));
    expect(patterns).toContain('out/**');
  });

  it('is built by `npm run dist` after the app itself', () => {
    expect(packageJson.scripts.dist).toBe('electron-vite build && electron-builder');
  });
});
