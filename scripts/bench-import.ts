/**
 * Import benchmark: writes synthetic cohorts as canonical CSV files, then times importing them
 * into a new plan file (reading, checking and writing in one transaction). Prints a table.
 *
 *   npm run bench:import     (or: npx tsx scripts/bench-import.ts [pupils …])
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatTable } from '../src/cli/text-table';
import { generateSyntheticCohort } from '../src/core/synthetic';
import { writeCanonicalCsvs } from '../src/data/export/canonical-csv';
import { importIntoPlan } from '../src/data/import';
import { readPlanSummary } from '../src/data/plan/plan-summary';
import { openPlanFile } from '../src/data/plan/plan-file';
import { cohortSizes } from './bench-timing';

const RUNS = 5;
const sizes = cohortSizes([240, 400, 1000, 2000]);

interface Row {
  pupils: number;
  choices: number;
  median: string;
  fastest: string;
  slowest: string;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function benchmark(pupils: number, workDir: string): Promise<Row> {
  const { cohort } = generateSyntheticCohort({ pupils, seed: 1 });
  const csvDir = join(workDir, `csv-${pupils}`);
  writeCanonicalCsvs(cohort, csvDir);
  const times: number[] = [];
  let choices = 0;
  for (let run = 0; run < RUNS; run++) {
    const planPath = join(workDir, `bench-${pupils}-${run}.ks4`);
    const db = openPlanFile(planPath, { create: true });
    const started = performance.now();
    await importIntoPlan(db, {
      blocks: cohort.blocks,
      subjects: { path: join(csvDir, 'subjects.csv') },
      pupils: { path: join(csvDir, 'pupils.csv') },
      choices: { path: join(csvDir, 'choices.csv') },
      staff: { path: join(csvDir, 'staff.csv') },
    });
    times.push(performance.now() - started);
    const summary = readPlanSummary(db);
    if (summary.counts.pupils !== pupils) {
      throw new Error(`Imported ${summary.counts.pupils} pupils, expected ${pupils}.`);
    }
    choices = summary.counts.choices + summary.counts.reserves;
    db.close();
  }
  return {
    pupils,
    choices,
    median: ms(median(times)),
    fastest: ms(Math.min(...times)),
    slowest: ms(Math.max(...times)),
  };
}

const workDir = mkdtempSync(join(tmpdir(), 'ks4plan-bench-'));
try {
  const rows: Row[] = [];
  for (const pupils of sizes) rows.push(await benchmark(pupils, workDir));
  console.log(
    `Import of canonical CSVs (subjects, pupils, choices, staff) into a new plan file; ` +
      `${RUNS} runs each, Node ${process.version}.`,
  );
  console.log(
    formatTable(rows, [
      { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
      { header: 'Choices+reserves', value: (row) => row.choices, align: 'right' },
      { header: 'Median', value: (row) => row.median, align: 'right' },
      { header: 'Fastest', value: (row) => row.fastest, align: 'right' },
      { header: 'Slowest', value: (row) => row.slowest, align: 'right' },
    ]),
  );
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
