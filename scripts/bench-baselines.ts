/**
 * Baseline figures for the blocking engine. On the SVWS instances and on planted cohorts (each
 * of which has a layout satisfying every pupil), it prints the pupils fully satisfied by the
 * greedy baseline (within group sizes, and ignoring them) and by the solver, with times.
 * Figures only: nothing is asserted.
 *
 *   npx tsx scripts/bench-baselines.ts [solver time limit in ms, default 5000]
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatTable } from '../src/cli/text-table';
import { greedyBlocking } from '../src/core/baselines';
import type { Cohort } from '../src/core/model';
import { plantedInstance, type PlantedOptions } from '../src/core/planted';
import { solve, SolverInputError } from '../src/core/solver';
import { loadSvwsInstance, type SvwsOptions } from '../src/data/benchmarks/svws';

interface Row {
  instance: string;
  pupils: number;
  known: string;
  greedy: string;
  sizeless: string;
  greedyTime: string;
  solver: string;
  solverTime: string;
}

const timeLimitMs = Number(process.argv[2] ?? 5000);

const SVWS: { name: string; options: SvwsOptions; known: boolean }[] = [
  { name: 'blockung001', options: {}, known: true },
  // The reference layout breaks three teacher clashes: the optimum with staff is not known.
  { name: 'blockung001', options: { withStaff: true }, known: false },
  { name: 'blockung002', options: {}, known: true },
];

const PLANTED: PlantedOptions[] = [
  { pupils: 150, blocks: 4, courses: 16, seed: 1 },
  { pupils: 240, blocks: 5, courses: 20, seed: 1 },
  { pupils: 360, blocks: 5, courses: 26, seed: 1 },
  { pupils: 150, blocks: 4, courses: 28, seed: 1, seatSlack: 0.1 },
  { pupils: 120, blocks: 4, courses: 36, seed: 1 },
];

const share = (part: number, whole: number) =>
  whole === 0 ? '-' : `${part} (${((100 * part) / whole).toFixed(1)}%)`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function row(instance: string, cohort: Cohort, known: boolean): Row {
  const pupils = cohort.choices.length;
  const start = performance.now();
  const greedy = greedyBlocking(cohort);
  const greedyTime = ms(performance.now() - start);
  const { solver, solverTime } = runSolver(cohort);
  return {
    instance,
    pupils,
    known: known ? share(pupils, pupils) : '?',
    greedy: share(greedy.metrics.fullySatisfied, pupils),
    sizeless: share(greedy.ignoringSizes.fullySatisfied, pupils),
    greedyTime,
    solver,
    solverTime,
  };
}

/** The solver's figures, or why it refused the input. */
function runSolver(cohort: Cohort): { solver: string; solverTime: string } {
  try {
    const result = solve(cohort, { seed: 1, timeLimitMs });
    return {
      solver: share(result.metrics.fullySatisfied, cohort.choices.length),
      solverTime: `best at ${ms(result.stats.timeToBestMs)}`,
    };
  } catch (error) {
    if (!(error instanceof SolverInputError)) throw error;
    return { solver: 'input refused', solverTime: '-' };
  }
}

const rows: Row[] = [];
for (const { name, options, known } of SVWS) {
  const { cohort } = loadSvwsInstance(
    join(import.meta.dirname, '../benchmarks/svws', name),
    options,
  );
  rows.push(row(`svws ${name}${options.withStaff ? ' + staff' : ''}`, cohort, known));
}
for (const options of PLANTED) {
  const { cohort } = plantedInstance(options);
  const slack = options.seatSlack === undefined ? '' : ` slack ${options.seatSlack}`;
  const label = `planted ${options.pupils}p ${String(options.blocks)}b ${options.courses}c${slack}`;
  rows.push(row(label, cohort, true));
}

console.log(
  formatTable(rows, [
    { header: 'instance', value: (r) => r.instance },
    { header: 'pupils', value: (r) => r.pupils, align: 'right' },
    { header: 'optimum', value: (r) => r.known, align: 'right' },
    { header: 'greedy', value: (r) => r.greedy, align: 'right' },
    { header: 'greedy, no sizes', value: (r) => r.sizeless, align: 'right' },
    { header: 'greedy time', value: (r) => r.greedyTime, align: 'right' },
    { header: `solver (${ms(timeLimitMs)})`, value: (r) => r.solver, align: 'right' },
    { header: 'solver time', value: (r) => r.solverTime, align: 'right' },
  ]),
);
