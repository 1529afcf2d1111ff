#!/usr/bin/env node
// Starts the ks4plan command line on a Node new enough for its dependencies: the one the
// project pins (installed by `npm install`) when the Node that launched this is older.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const MINIMUM = [22, 14];

function isRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

function pinnedNode() {
  try {
    const require = createRequire(import.meta.url);
    const candidate = join(dirname(require.resolve('node/package.json')), 'bin', 'node');
    return existsSync(candidate) ? candidate : null;
  } catch {
    return null;
  }
}

if (!isRecentEnough(process.versions.node)) {
  const node = pinnedNode();
  if (!node) {
    console.error(
      `ks4plan needs Node ${MINIMUM.join('.')} or newer (this is ${process.version}). ` +
        'Run `npm install` in the project folder, which installs the Node it needs.',
    );
    process.exit(1);
  }
  const result = spawnSync(node, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}

const { register } = await import('tsx/esm/api');
register();
const entry = new URL('../src/cli/main.ts', import.meta.url);
const { runCli } = await import(pathToFileURL(fileURLToPath(entry)).href);
process.exitCode = await runCli(process.argv);
