import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { developmentCsp, PRODUCTION_CSP } from './electron/main/csp';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/;

/**
 * index.html carries the production policy as written; the build checks that it is the one
 * the shell sends, and the dev server swaps in the relaxed dev policy.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'ks4:csp-meta',
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const match = CSP_META.exec(html);
        if (!match) throw new Error('index.html must have a Content-Security-Policy meta tag.');
        if (context.server) {
          const devUrl = context.server.resolvedUrls?.local[0] ?? 'http://localhost:5173/';
          return html.replace(match[1] ?? '', developmentCsp(devUrl));
        }
        if (match[1] !== PRODUCTION_CSP) {
          throw new Error(`index.html's Content-Security-Policy must be: ${PRODUCTION_CSP}`);
        }
        return html;
      },
    },
  };
}

export default defineConfig({
  main: {
    build: {
      lib: {
        entry: {
          index: resolve('electron/main/index.ts'),
          // The solver's worker thread, loaded by file name: see builtSolverWorker.
          'solver-worker': resolve('src/services/solver-worker.ts'),
        },
      },
      // A native module: loaded from node_modules at run time, never bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('electron/preload/index.ts') },
      // A sandboxed preload cannot import packages or ES modules: one self-contained CJS file.
      externalizeDeps: false,
      rolldownOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
    plugins: [react(), contentSecurityPolicyMeta()],
  },
});
