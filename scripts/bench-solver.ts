/**
 * The blocking engine's benchmark: on synthetic cohorts, planted cohorts (each built around a
 * layout that satisfies every pupil, so 100% is the proven optimum) and the two public SVWS
 * instances (a perfect layout is known for both), it compares in one run the engine (several
 * seeds), a greedy baseline, and the whole-problem MIP in javascript-lp-solver under the same
 * time limit. Prints a table; asserts nothing.
 *
 *   npm run bench:solver                        (time limit 20 s per run, 3 seeds)
 *   npx tsx scripts/bench-solver.ts --time-limit 60 --seeds 5 --only svws
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { formatTable } from '../src/cli/text-table';
import { greedyBlocking } from '../src/core/baselines';
import type { Cohort } from '../src/core/model';
import { plantedInstance } from '../src/core/planted';
import { solve } from '../src/core/solver';
import { generateSyntheticCohort } from '../src/core/synthetic';
import { loadSvwsInstance } from '../src/data/benchmarks/svws';

const { values: args } = parseArgs({
  options: {
    'time-limit': { type: 'string', default: '20' },
    seeds: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-mip': { type: 'boolean', default: false },
  },
});
const timeLimitMs = Number(args['time-limit']) * 1000;
const seeds = Array.from({ length: Number(args.seeds) }, (_, index) => index + 1);

interface Instance {
  name: string;
  cohort: Cohort;
  /** Pupils fully satisfied by the best layout, where it is known. */
  optimum: number | null;
}

function instances(): Instance[] {
  const svws = (name: string): Instance => {
    const { cohort } = loadSvwsInstance(join(import.meta.dirname, '../benchmarks/svws', name));
    return { name: `SVWS ${name}`, cohort, optimum: cohort.choices.length };
  };
  const planted = (pupils: number, blocks: number, courses: number, seed: number): Instance => {
    const { cohort } = plantedInstance({ pupils, blocks, courses, seed });
    return { name: `planted ${pupils}p ${blocks}b ${courses}c s${seed}`, cohort, optimum: pupils };
  };
  const synthetic = (pupils: number): Instance => ({
    name: `synthetic ${pupils}p 5b`,
    cohort: generateSyntheticCohort({ pupils, seed: 1 }).cohort,
    optimum: null,
  });
  const all = [
    // Small enough for the MIP to prove its answer: the one place it competes.
    planted(30, 4, 8, 1),
    synthetic(120),
    synthetic(240),
    synthetic(400),
    planted(240, 5, 22, 1),
    planted(240, 5, 22, 2),
    planted(240, 4, 20, 3),
    planted(400, 5, 26, 1),
    planted(120, 4, 36, 1),
    svws('blockung001'),
    svws('blockung002'),
  ];
  return args.only ? all.filter((instance) => instance.name.includes(args.only ?? '')) : all;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

interface MipOutcome {
  fullySatisfied: number | null;
  elapsedMs: number;
}

/** The MIP in a child process, killed at the time limit (the package cannot be interrupted). */
function runMip(cohort: Cohort): string {
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'bench', 'mip-child.ts')],
    {
      input: JSON.stringify({ cohort, timeLimitMs }),
      encoding: 'utf8',
      timeout: timeLimitMs + 5000,
      maxBuffer: 1 << 20,
    },
  );
  if (child.signal)
    return `no answer in the limit (stopped at ${seconds(performance.now() - started)})`;
  if (child.error || child.status !== 0) {
    const failure = /(\w*Error: .*)/.exec(child.stderr)?.[1] ?? child.error?.message ?? 'failed';
    return `failed: ${failure}`;
  }
  const outcome = JSON.parse(child.stdout) as MipOutcome;
  return outcome.fullySatisfied === null
    ? `no integer solution (${seconds(outcome.elapsedMs)})`
    : `${percent(outcome.fullySatisfied, cohort.choices.length)} in ${seconds(outcome.elapsedMs)}`;
}

interface Row {
  instance: string;
  pupils: number;
  blocks: number;
  courses: number;
  optimum: string;
  greedy: string;
  engine: string;
  choicesMet: string;
  timeToCount: string;
  timeToBest: string;
  atOptimum: string;
  mip: string;
}

function benchmark(instance: Instance): Row {
  const { cohort, optimum } = instance;
  const pupils = cohort.choices.length;
  const greedyStart = performance.now();
  const greedy = greedyBlocking(cohort);
  const greedyMs = performance.now() - greedyStart;
  const reachedAt: number[] = [];
  const runs = seeds.map((seed) => {
    // Progress comes every 200 ms: the first report at the final count dates it to that.
    const reports: { elapsedMs: number; fullySatisfied: number }[] = [];
    const result = solve(cohort, {
      seed,
      timeLimitMs,
      onProgress: ({ elapsedMs, best }) =>
        reports.push({ elapsedMs, fullySatisfied: best.fullySatisfied }),
    });
    const final = result.metrics.fullySatisfied;
    const first = reports.find((report) => report.fullySatisfied >= final);
    reachedAt.push(Math.min(first?.elapsedMs ?? Infinity, result.stats.timeToBestMs));
    return result;
  });
  const satisfied = runs.map((run) => run.metrics.fullySatisfied);
  const worst = Math.min(...satisfied);
  const best = Math.max(...satisfied);
  return {
    instance: instance.name,
    pupils,
    blocks: cohort.blocks.length,
    courses: cohort.courses.length,
    optimum: optimum === null ? '?' : percent(optimum, pupils),
    greedy: `${percent(greedy.metrics.fullySatisfied, pupils)} in ${seconds(greedyMs)}`,
    engine:
      worst === best ? percent(best, pupils) : `${percent(worst, pupils)}–${percent(best, pupils)}`,
    choicesMet: percent(
      median(runs.map((run) => run.metrics.choicesMet)),
      runs[0]?.metrics.choicesRequested ?? 0,
    ),
    timeToCount: seconds(median(reachedAt)),
    timeToBest: seconds(median(runs.map((run) => run.stats.timeToBestMs))),
    atOptimum:
      optimum === null
        ? '-'
        : `${satisfied.filter((count) => count >= optimum).length}/${runs.length}`,
    mip: args['no-mip'] ? '-' : runMip(cohort),
  };
}

const rows: Row[] = [];
for (const instance of instances()) {
  rows.push(benchmark(instance));
  process.stderr.write(`done: ${instance.name}\n`);
}
console.log(
  `Time limit ${seconds(timeLimitMs)} per run; engine seeds ${seeds.join(', ')}; ` +
    `Node ${process.version}.`,
);
console.log(
  formatTable(rows, [
    { header: 'Instance', value: (row) => row.instance },
    { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
    { header: 'Blocks', value: (row) => row.blocks, align: 'right' },
    { header: 'Courses', value: (row) => row.courses, align: 'right' },
    { header: 'Optimum', value: (row) => row.optimum, align: 'right' },
    { header: 'Greedy', value: (row) => row.greedy, align: 'right' },
    { header: 'Engine (fully satisfied)', value: (row) => row.engine, align: 'right' },
    { header: 'Choices met', value: (row) => row.choicesMet, align: 'right' },
    { header: 'Time to that count', value: (row) => row.timeToCount, align: 'right' },
    { header: 'Time to best incl. balance', value: (row) => row.timeToBest, align: 'right' },
    { header: 'Runs at optimum', value: (row) => row.atOptimum, align: 'right' },
    { header: 'MIP (javascript-lp-solver)', value: (row) => row.mip, align: 'right' },
  ]),
);
