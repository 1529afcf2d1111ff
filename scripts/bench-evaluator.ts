/**
 * Interactive use: how long the incremental evaluator takes to bring every figure up to date
 * after a group moves block or a pupil moves group, on a solved synthetic cohort. Prints a table.
 *
 *   npm run bench:evaluator            (or: npx tsx scripts/bench-evaluator.ts [pupils …])
 */
import { performance } from 'node:perf_hooks';
import { formatTable } from '../src/cli/text-table';
import { createRandom } from '../src/core/random';
import { createEvaluator, solve } from '../src/core/solver';
import { generateSyntheticCohort } from '../src/core/synthetic';
import { cohortSizes, timeSummary } from './bench-timing';

const EDITS = 500;

interface Row {
  pupils: number;
  edit: string;
  median: string;
  p95: string;
  worst: string;
}

function summarise(pupils: number, edit: string, times: number[]): Row {
  return { pupils, edit, ...timeSummary(times) };
}

function benchmark(pupils: number): Row[] {
  const { cohort } = generateSyntheticCohort({ pupils, seed: 1 });
  const { solution } = solve(cohort, { seed: 1, timeLimitMs: 10_000 });
  const evaluator = createEvaluator(cohort, solution);
  const random = createRandom(7);
  const groupMoves: number[] = [];
  const pupilMoves: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const group = random.pick(solution.groups);
    const course = cohort.courses.find((candidate) => candidate.code === group.course);
    const allowed = course?.allowedBlocks.length ? course.allowedBlocks : cohort.blocks;
    const blocks = random.shuffle(allowed).slice(0, group.blocks.length);
    let started = performance.now();
    evaluator.moveGroup(group.label, blocks);
    groupMoves.push(performance.now() - started);

    const placement = random.pick(solution.placements);
    const parallel = solution.groups.filter((other) => other.course === placement.course);
    started = performance.now();
    evaluator.movePupil(placement.upn, placement.course, random.pick(parallel).label);
    pupilMoves.push(performance.now() - started);
  }
  return [
    summarise(pupils, 'move a group to other blocks', groupMoves),
    summarise(pupils, 'move a pupil to another group', pupilMoves),
  ];
}

const rows = cohortSizes([240, 400]).flatMap(benchmark);
console.log(
  `${EDITS} random edits each, every figure recomputed after each; Node ${process.version}.`,
);
console.log(
  formatTable(rows, [
    { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
    { header: 'Edit', value: (row) => row.edit },
    { header: 'Median', value: (row) => row.median, align: 'right' },
    { header: '95th percentile', value: (row) => row.p95, align: 'right' },
    { header: 'Worst', value: (row) => row.worst, align: 'right' },
  ]),
);
