import { solve } from '../../core/solver';
import type { SolverMetrics, SolveResult } from '../../core/solver/types';
import { readSolverCohort } from '../../data/pathways/solver-cohort';
import { openPlanFile } from '../../data/plan/plan-file';
import {
  saveScenario,
  scenarioExists,
  ScenarioExistsError,
} from '../../data/plan/scenario-repository';
import { BadInputError, withSolverInputReport } from '../errors';
import { ExitCode, type CliIo } from '../io';
import { formatTable } from '../text-table';

export interface SolveCommandOptions {
  timeLimit: number;
  seed: string;
  scenario?: string;
  replace?: boolean;
  json?: boolean;
}

/** How often progress is printed while the search runs. */
const PROGRESS_EVERY_MS = 1000;

export function solveCommand(planPath: string, options: SolveCommandOptions, io: CliIo): number {
  const db = openPlanFile(planPath);
  try {
    const cohort = readSolverCohort(db);
    if (cohort.choices.length === 0) {
      throw new BadInputError('The plan has no choices to build blocks from: import them first.');
    }
    const scenario = options.scenario ?? `Solver run ${new Date().toISOString().slice(0, 19)}`;
    // Checked before the search too, so that nobody waits for a result that cannot be saved.
    if (!options.replace && scenarioExists(db, scenario)) {
      throw new BadInputError(scenarioTaken(new ScenarioExistsError(scenario)));
    }
    let lastReport = 0;
    const result = withSolverInputReport('The blocks cannot be built from this plan:', () =>
      solve(cohort, {
        seed: options.seed,
        timeLimitMs: options.timeLimit * 1000,
        onProgress: ({ elapsedMs, best }) => {
          if (options.json || elapsedMs - lastReport < PROGRESS_EVERY_MS) return;
          lastReport = elapsedMs;
          io.err(
            `  ${(elapsedMs / 1000).toFixed(1)} s: ${best.fullySatisfied} of ${best.pupils} ` +
              'pupils have all their choices',
          );
        },
      }),
    );
    try {
      db.transaction(() =>
        saveScenario(db, {
          name: scenario,
          solution: result.solution,
          figures: {
            metrics: result.metrics,
            unresolved: result.unresolved,
            origin: { seed: options.seed, timeLimitSeconds: options.timeLimit },
          },
          replace: Boolean(options.replace),
        }),
      )();
    } catch (error) {
      if (error instanceof ScenarioExistsError) {
        throw new BadInputError(
          `${error.message} Choose another --scenario name, or add --replace.`,
        );
      }
      throw error;
    }
    io.out(
      options.json
        ? JSON.stringify(
            {
              scenario,
              metrics: result.metrics,
              stats: result.stats,
              unresolved: result.unresolved,
            },
            null,
            2,
          )
        : formatResult(scenario, result),
    );
    return ExitCode.ok;
  } finally {
    db.close();
  }
}

const scenarioTaken = (error: ScenarioExistsError) =>
  `${error.message} Choose another --scenario name, or add --replace.`;

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

export function formatMetrics(metrics: SolverMetrics): string[] {
  const blocks = Object.entries(metrics.groupsPerBlock)
    .map(([block, count]) => `${block}: ${count}`)
    .join(', ');
  return [
    `Pupils:            ${metrics.pupils}`,
    `Fully satisfied:   ${metrics.fullySatisfied} (${percent(metrics.fullySatisfied, metrics.pupils)})`,
    `Choices met:       ${metrics.choicesMet} of ${metrics.choicesRequested} (${percent(metrics.choicesMet, metrics.choicesRequested)})`,
    `Reserves used:     ${metrics.reservesUsed}`,
    `Unresolved pupils: ${metrics.unresolved}`,
    `Groups per block:  ${blocks}`,
    `Teacher clashes:   ${metrics.teacherClashes}`,
    // Figures saved before staffing could be left out have no flag: they were staffed.
    metrics.staffingPlanned === false
      ? 'Staffing:          not planned (no staff in the plan)'
      : `Unstaffed groups:  ${metrics.unstaffedGroups}`,
  ];
}

function formatResult(scenario: string, result: SolveResult): string {
  const sizes = Object.entries(result.metrics.groupSizes).map(([course, range]) => ({
    course,
    ...range,
  }));
  return [
    `Saved as scenario "${scenario}" (best found after ${(result.stats.timeToBestMs / 1000).toFixed(1)} s, ` +
      `search stopped: ${result.stats.stoppedBy}).`,
    ...formatMetrics(result.metrics),
    '',
    'Group sizes per course',
    formatTable(sizes, [
      { header: 'Course', value: (row) => row.course },
      { header: 'Smallest', value: (row) => row.min, align: 'right' },
      { header: 'Largest', value: (row) => row.max, align: 'right' },
    ]),
  ].join('\n');
}
