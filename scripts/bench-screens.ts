/**
 * How long each screen's data takes to prepare on the Node side, through the real planner API
 * (validation, SQLite reads, the pathway and fairness analysis), on demo plans with a solved
 * blocking saved. Prints a table: median and worst of several calls, and the reply's size.
 *
 *   npm run bench:screens            (or: npx tsx scripts/bench-screens.ts [pupils …])
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatTable } from '../src/cli/text-table';
import { solve } from '../src/core/solver';
import { writeDemoPlan } from '../src/data/demo-plan';
import { readSolverCohort } from '../src/data/pathways/solver-cohort';
import { openPlanFile } from '../src/data/plan/plan-file';
import { saveScenario } from '../src/data/plan/scenario-repository';
import { createPlanner, type ShellHooks } from '../src/services';
import { cohortSizes } from './bench-timing';

const CALLS = 7;

/** Each screen's first call when it opens. */
const SCREEN_CALLS: { screen: string; method: string; payload?: unknown }[] = [
  { screen: 'Overview', method: 'getPlanSummary' },
  { screen: 'Status bar', method: 'getStatusFigures' },
  { screen: 'Cohort', method: 'getCohort' },
  { screen: 'Choices analysis', method: 'getChoicesAnalysis' },
  { screen: 'Courses and staff', method: 'getCoursesAndStaff' },
  { screen: 'Pathways', method: 'getPathways', payload: { scenarioName: null } },
];

interface Row {
  pupils: number;
  screen: string;
  median: string;
  worst: string;
  reply: string;
}

function demoWithBlocks(dir: string, pupils: number): string {
  const path = join(dir, `demo-${pupils}.ks4`);
  writeDemoPlan(path, { pupils, seed: 1 });
  const db = openPlanFile(path);
  try {
    const result = solve(readSolverCohort(db), { seed: 1, timeLimitMs: 20_000 });
    saveScenario(db, {
      name: 'Benchmark',
      solution: result.solution,
      figures: { metrics: result.metrics, unresolved: result.unresolved },
    });
  } finally {
    db.close();
  }
  return path;
}

function hooksOpening(path: string, dir: string): ShellHooks {
  return {
    choosePlanToCreate: async () => null,
    choosePlanToOpen: async () => path,
    choosePlanCopyPath: async () => null,
    chooseImportFiles: async () => null,
    choosePathwaysFileToSave: async () => null,
    choosePathwaysFileToOpen: async () => null,
    chooseExportTarget: async () => null,
    chooseLogoFile: async () => null,
    userDataDir: () => dir,
    demoPlanPath: () => join(dir, 'unused.ks4'),
  };
}

async function benchmark(pupils: number, dir: string): Promise<Row[]> {
  const path = demoWithBlocks(dir, pupils);
  const planner = createPlanner({
    hooks: hooksOpening(path, dir),
    appName: 'KS4 Planner',
    appVersion: 'bench',
    createSolverWorker: () => {
      throw new Error('The screens benchmark does not run the solver through the API.');
    },
  });
  try {
    const opened = await planner.dispatcher.dispatch('choosePlanToOpen', undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    const rows: Row[] = [];
    for (const { screen, method, payload } of SCREEN_CALLS) {
      const times: number[] = [];
      let size = 0;
      for (let call = 0; call < CALLS; call++) {
        const start = performance.now();
        const result = await planner.dispatcher.dispatch(method, payload);
        times.push(performance.now() - start);
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        size = JSON.stringify(result.value).length;
      }
      times.sort((a, b) => a - b);
      rows.push({
        pupils,
        screen,
        median: `${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} ms`,
        worst: `${(times[times.length - 1] ?? 0).toFixed(1)} ms`,
        reply: `${(size / 1024).toFixed(0)} KB`,
      });
    }
    return rows;
  } finally {
    planner.dispose();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'ks4-bench-screens-'));
try {
  const rows: Row[] = [];
  for (const pupils of cohortSizes([400, 2000])) {
    rows.push(...(await benchmark(pupils, dir)));
  }
  console.log(
    formatTable(rows, [
      { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
      { header: 'Screen (first call)', value: (row) => row.screen },
      { header: 'Median', value: (row) => row.median, align: 'right' },
      { header: 'Worst', value: (row) => row.worst, align: 'right' },
      { header: 'Reply', value: (row) => row.reply, align: 'right' },
    ]),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
