import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cspHeader, PRODUCTION_CSP } from '../../electron/main/csp';
import { windowTitle } from '../../electron/main/window-options';
import {
  builtSolverWorker,
  createPlanner,
  demoPlanFileName,
  type ExportTargetRequest,
  type Planner,
  type ShellHooks,
} from '../../src/services';
import { API_METHODS, type DemoPlanOptions, type PlanInfo } from '../../src/shared/api';
import { serveFolder } from './static-server';

/** Where `electron-vite build` wrote the app (test:e2e builds first); `--outDir` may move it. */
const BUILD_DIR = resolve(process.env.KS4_BUILD_DIR ?? 'out');
const RENDERER_DIR = join(BUILD_DIR, 'renderer');
/** The solver worker as the build emits it for the shell. */
const MAIN_BUILD_DIR = join(BUILD_DIR, 'main');
const BINDING = '__ks4PlannerCall';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

/**
 * ShellHooks for tests: each dialog answers with the next prepared path (null, like a cancel,
 * when none is prepared) and the demo plan lives in the test's temp folder.
 */
export class TestShell implements ShellHooks {
  private readonly createAnswers: (string | null)[] = [];
  private readonly openAnswers: (string | null)[] = [];
  private readonly copyAnswers: (string | null)[] = [];
  private readonly importAnswers: (string[] | null)[] = [];
  private readonly pathwaysSaveAnswers: (string | null)[] = [];
  private readonly pathwaysOpenAnswers: (string | null)[] = [];
  private readonly exportAnswers: (string | null)[] = [];
  private readonly logoAnswers: (string | null)[] = [];
  /** What the services last asked the export dialog, for tests to check. */
  lastExportRequest: ExportTargetRequest | null = null;
  /** What the Electron shell would show as the window title. */
  title = windowTitle(null);

  constructor(readonly dir: string) {}

  answerNextCreate(path: string | null): void {
    this.createAnswers.push(path);
  }

  answerNextOpen(path: string | null): void {
    this.openAnswers.push(path);
  }

  answerNextCopy(path: string | null): void {
    this.copyAnswers.push(path);
  }

  answerNextImport(paths: string[] | null): void {
    this.importAnswers.push(paths);
  }

  answerNextPathwaysSave(path: string | null): void {
    this.pathwaysSaveAnswers.push(path);
  }

  answerNextPathwaysOpen(path: string | null): void {
    this.pathwaysOpenAnswers.push(path);
  }

  answerNextExport(path: string | null): void {
    this.exportAnswers.push(path);
  }

  answerNextLogo(path: string | null): void {
    this.logoAnswers.push(path);
  }

  async chooseExportTarget(request: ExportTargetRequest): Promise<string | null> {
    this.lastExportRequest = request;
    return this.exportAnswers.shift() ?? null;
  }

  async chooseLogoFile(): Promise<string | null> {
    return this.logoAnswers.shift() ?? null;
  }

  async choosePathwaysFileToSave(): Promise<string | null> {
    return this.pathwaysSaveAnswers.shift() ?? null;
  }

  async choosePathwaysFileToOpen(): Promise<string | null> {
    return this.pathwaysOpenAnswers.shift() ?? null;
  }

  async choosePlanCopyPath(): Promise<string | null> {
    return this.copyAnswers.shift() ?? null;
  }

  async chooseImportFiles(): Promise<string[] | null> {
    return this.importAnswers.shift() ?? null;
  }

  userDataDir(): string {
    const folder = join(this.dir, 'user-data');
    mkdirSync(folder, { recursive: true });
    return folder;
  }

  async choosePlanToCreate(): Promise<string | null> {
    return this.createAnswers.shift() ?? null;
  }

  async choosePlanToOpen(): Promise<string | null> {
    return this.openAnswers.shift() ?? null;
  }

  demoPlanPath(options: DemoPlanOptions): string {
    return join(this.dir, demoPlanFileName(options));
  }

  planChanged(plan: PlanInfo | null): void {
    this.title = windowTitle(plan?.fileName ?? null);
  }
}

/**
 * Runs in the page before its scripts, in place of the preload: window.planner gets one
 * function per contract method, each calling the test's real services through the binding.
 */
function installPlannerBridge({ binding, methods }: { binding: string; methods: string[] }) {
  const target = window as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const api = Object.fromEntries(
    methods.map((method) => [
      method,
      (payload?: unknown) => {
        const call = target[binding];
        if (!call) throw new Error('The planner binding is missing.');
        return call(method, payload);
      },
    ]),
  );
  Object.defineProperty(window, 'planner', { value: Object.freeze(api), enumerable: true });
}

interface Fixtures {
  /** A fresh temp folder for this test's plan files. */
  planDir: string;
  shell: TestShell;
  planner: Planner;
}

export const test = base.extend<Fixtures, { rendererUrl: string }>({
  rendererUrl: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
    async ({}, use) => {
      const server = await serveFolder(RENDERER_DIR, {
        'Content-Security-Policy': cspHeader(PRODUCTION_CSP),
      });
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their first argument.
  planDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'ks4-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },

  shell: async ({ planDir }, use) => {
    await use(new TestShell(planDir));
  },

  planner: async ({ shell }, use) => {
    const planner = createPlanner({
      hooks: shell,
      appName: 'KS4 Planner',
      appVersion: version,
      createSolverWorker: builtSolverWorker(MAIN_BUILD_DIR),
    });
    await use(planner);
    planner.dispose();
  },

  page: async ({ page, planner, rendererUrl }, use) => {
    // Console errors, failed requests and page errors: each test must end with none.
    const pageProblems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') pageProblems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => pageProblems.push(`request failed: ${request.url()}`));
    await page.exposeBinding(BINDING, (_source, method: unknown, payload: unknown) =>
      planner.dispatcher.dispatch(method, payload),
    );
    await page.addInitScript(installPlannerBridge, { binding: BINDING, methods: [...API_METHODS] });
    await page.goto(rendererUrl);
    await use(page);
    // A CSP violation or a crash shows up here even when the screen looked right.
    expect(pageProblems, 'the page logged problems').toEqual([]);
  },
});

export { expect };

/** Saves a screenshot under test-results/screenshots (git-ignored) to look at after a run. */
export async function snap(page: Page, name: string): Promise<void> {
  const folder = resolve('test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: false });
}
