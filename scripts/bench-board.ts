/**
 * The blocks board: how long the live board takes to preview a drop, apply a group move (with
 * the seats kept stable and every figure measured again), move a pupil, and open, on a solved
 * synthetic cohort. Prints a table.
 *
 *   npm run bench:board            (or: npx tsx scripts/bench-board.ts [pupils …])
 */
import { performance } from 'node:perf_hooks';
import { formatTable } from '../src/cli/text-table';
import type { Cohort } from '../src/core/model';
import { createRandom, type Random } from '../src/core/random';
import {
  checkGroupDrop,
  createLiveBoard,
  type BoardState,
  type LiveBoard,
} from '../src/core/board';
import { solve } from '../src/core/solver';
import { generateSyntheticCohort } from '../src/core/synthetic';
import { cohortSizes, milliseconds, quantile, timeSummary } from './bench-timing';

const EDITS = 200;
const OPENS = 20;

interface Row {
  pupils: number;
  action: string;
  median: string;
  p95: string;
  worst: string;
  cpu: string;
}

/** Wall-clock time, and the process's own processor time (which other work cannot inflate). */
interface Timing {
  wall: number;
  cpu: number;
}

function summarise(pupils: number, action: string, times: Timing[]): Row {
  const cpu = times.map((time) => time.cpu).sort((a, b) => a - b);
  return {
    pupils,
    action,
    ...timeSummary(times.map((time) => time.wall)),
    cpu: milliseconds(quantile(cpu, 0.5)),
  };
}

function timed(run: () => void): Timing {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpuStarted);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** A group and blocks it may move to on this board; the board refuses the rest. */
function allowedDrop(cohort: Cohort, board: LiveBoard, random: Random): [string, string[]] {
  for (;;) {
    const group = random.pick(board.state.solution.groups);
    const course = cohort.courses.find((candidate) => candidate.code === group.course);
    const allowed = course?.allowedBlocks.length ? course.allowedBlocks : cohort.blocks;
    const blocks = random.shuffle(allowed).slice(0, group.blocks.length);
    const check = checkGroupDrop(cohort, board.state.solution, group.label, blocks, board.state);
    if (check.allowed) return [group.label, blocks];
  }
}

function benchmark(pupils: number): Row[] {
  const { cohort } = generateSyntheticCohort({ pupils, seed: 1 });
  const { solution } = solve(cohort, { seed: 1, timeLimitMs: 20_000 });
  const start: BoardState = { solution, pins: {}, lockedPlacements: [] };
  const opens: Timing[] = [];
  for (let open = 0; open < OPENS; open++) opens.push(timed(() => createLiveBoard(cohort, start)));

  const board = createLiveBoard(cohort, start);
  const random = createRandom(7);
  const previews: Timing[] = [];
  const groupMoves: Timing[] = [];
  const pupilMoves: Timing[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const [previewed, previewBlocks] = allowedDrop(cohort, board, random);
    previews.push(timed(() => board.previewGroupDrop(previewed, previewBlocks)));

    const [moved, blocks] = allowedDrop(cohort, board, random);
    groupMoves.push(timed(() => board.moveGroup(moved, blocks)));

    const placement = random.pick(board.state.solution.placements);
    const parallel = board.state.solution.groups.filter(
      (other) => other.course === placement.course,
    );
    const to = random.pick(parallel).label;
    pupilMoves.push(timed(() => board.movePupil(placement.upn, placement.course, to)));
  }
  return [
    summarise(pupils, 'preview a group drop', previews),
    summarise(pupils, 'move a group to other blocks', groupMoves),
    summarise(pupils, 'move a pupil to another group', pupilMoves),
    summarise(pupils, 'open the board', opens),
  ];
}

const rows = cohortSizes([400, 2000]).flatMap(benchmark);
console.log(
  `${EDITS} random edits of each kind (${OPENS} opens), seats kept and every figure measured after each; Node ${process.version}.`,
);
console.log(
  formatTable(rows, [
    { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
    { header: 'Action', value: (row) => row.action },
    { header: 'Median', value: (row) => row.median, align: 'right' },
    { header: '95th percentile', value: (row) => row.p95, align: 'right' },
    { header: 'Worst', value: (row) => row.worst, align: 'right' },
    { header: 'Processor time (median)', value: (row) => row.cpu, align: 'right' },
  ]),
);
