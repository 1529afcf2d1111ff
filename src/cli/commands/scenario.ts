import { describeWhatIf, type ScenarioComparison, type WhatIfEdit } from '../../core/scenarios';
import { solve } from '../../core/solver';
import { readSolverCohort } from '../../data/pathways/solver-cohort';
import { openPlanFile, type PlanDatabase } from '../../data/plan/plan-file';
import { agreedOrLatestScenarioName } from '../../data/plan/scenario-repository';
import {
  compareNamedScenarios,
  createScenario,
  listScenarioRecords,
  readScenarioCohort,
  readScenarioRecord,
  saveScenarioSolve,
  scenarioMetrics,
  ScenarioError,
} from '../../data/scenarios';
import { BadInputError, withSolverInputReport } from '../errors';
import { ExitCode, type CliIo } from '../io';
import { formatTable } from '../text-table';
import { formatMetrics } from './solve';

/** Opens the plan, runs the command and closes it; a refused scenario operation is bad input. */
function withPlan(planPath: string, run: (db: PlanDatabase) => void): number {
  const db = openPlanFile(planPath);
  try {
    run(db);
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof ScenarioError) throw new BadInputError(error.message);
    throw error;
  } finally {
    db.close();
  }
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

export function scenarioListCommand(
  planPath: string,
  options: { json?: boolean },
  io: CliIo,
): number {
  return withPlan(planPath, (db) => {
    const base = readSolverCohort(db);
    const scenarios = listScenarioRecords(db).map((record) => ({
      name: record.name,
      createdAt: record.createdAt,
      isAgreed: record.isAgreed,
      needsSolve: record.needsSolve,
      whatIfs: record.whatIfs,
      whatIfWords: record.whatIfs.map((edit) => describeWhatIf(base, edit)),
      metrics: scenarioMetrics(db, record),
    }));
    if (options.json) {
      io.out(JSON.stringify({ scenarios }, null, 2));
      return;
    }
    if (scenarios.length === 0) {
      io.out('The plan has no scenarios yet: run `ks4plan solve` first.');
      return;
    }
    const table = formatTable(scenarios, [
      { header: 'Scenario', value: (row) => row.name },
      { header: 'Agreed', value: (row) => (row.isAgreed ? 'yes' : '') },
      {
        header: 'Fully satisfied',
        value: (row) =>
          row.metrics
            ? `${row.metrics.fullySatisfied} of ${row.metrics.pupils} (${percent(row.metrics.fullySatisfied, row.metrics.pupils)})`
            : '–',
        align: 'right',
      },
      { header: 'Unresolved', value: (row) => row.metrics?.unresolved ?? '–', align: 'right' },
      { header: 'Solve again', value: (row) => (row.needsSolve ? 'yes' : '') },
      { header: 'What-ifs', value: (row) => row.whatIfWords.join('; ') || 'none' },
    ]);
    io.out(table);
  });
}

export interface ScenarioCreateOptions {
  name: string;
  from?: string;
  dropCourse: string[];
  groups: string[];
  sizeLimit: string[];
  removeTeacher: string[];
  blocks?: string[];
  solve?: boolean;
  timeLimit: number;
  seed: string;
}

export function scenarioCreateCommand(
  planPath: string,
  options: ScenarioCreateOptions,
  io: CliIo,
): number {
  return withPlan(planPath, (db) => {
    const from = options.from ?? agreedOrLatestScenarioName(db);
    if (from === null) {
      throw new BadInputError('The plan has no scenarios yet: run `ks4plan solve` first.');
    }
    const whatIfs = whatIfsFromOptions(options);
    const name = createScenario(db, { name: options.name, from, whatIfs });
    const base = readSolverCohort(db);
    const words = whatIfs.map((edit) => describeWhatIf(base, edit));
    io.out(
      `Created scenario "${name}" from "${from}"` +
        (words.length === 0 ? ' (an exact copy).' : `: ${words.join('; ')}.`),
    );
    if (!options.solve) {
      if (whatIfs.length > 0) {
        io.out(
          'Its layout is copied and cut to fit; add --solve (or solve it in the app) to build ' +
            'its blocks again.',
        );
      }
      return;
    }
    const cohort = readScenarioCohort(db, name);
    const result = withSolverInputReport(`The blocks of "${name}" cannot be built:`, () =>
      solve(cohort, { seed: options.seed, timeLimitMs: options.timeLimit * 1000 }),
    );
    const record = readScenarioRecord(db, name);
    saveScenarioSolve(db, name, record?.whatIfs ?? [], {
      solution: result.solution,
      metrics: result.metrics,
      unresolved: result.unresolved,
      origin: { seed: options.seed, timeLimitSeconds: options.timeLimit },
    });
    io.out([`Solved "${name}":`, ...formatMetrics(result.metrics)].join('\n'));
  });
}

/** The what-ifs the options ask for, in a fixed order: courses, groups, limits, staff, blocks. */
function whatIfsFromOptions(options: ScenarioCreateOptions): WhatIfEdit[] {
  return [
    ...options.dropCourse.map((course): WhatIfEdit => ({ kind: 'drop-course', course })),
    ...options.groups.map((spec): WhatIfEdit => {
      const { code, count } = codeAndCount(spec, '--groups', 0, 30);
      return { kind: 'set-groups', course: code, groups: count };
    }),
    ...options.sizeLimit.map((spec): WhatIfEdit => {
      const { code, count } = codeAndCount(spec, '--size-limit', 1, 200);
      return { kind: 'set-size-limit', course: code, maxGroupSize: count };
    }),
    ...options.removeTeacher.map((staff): WhatIfEdit => ({ kind: 'remove-teacher', staff })),
    ...(options.blocks ? [{ kind: 'set-blocks', blocks: options.blocks } as const] : []),
  ];
}

/** "Fr=3" as a course code and a whole number within the limits. */
function codeAndCount(
  spec: string,
  option: string,
  min: number,
  max: number,
): { code: string; count: number } {
  const match = /^\s*([^=\s]+)\s*=\s*(\d+)\s*$/.exec(spec);
  const count = match ? Number(match[2]) : NaN;
  if (!match?.[1] || !Number.isInteger(count) || count < min || count > max) {
    throw new BadInputError(
      `${option} ${spec}: expected a course code and a whole number from ${min} to ${max}, ` +
        `e.g. ${option} Fr=2.`,
    );
  }
  return { code: match[1], count };
}

export function scenarioCompareCommand(
  planPath: string,
  names: string[],
  options: { json?: boolean; pupils?: boolean },
  io: CliIo,
): number {
  return withPlan(planPath, (db) => {
    if (names.length < 2 || names.length > 4) {
      throw new BadInputError(`Name two to four scenarios to compare; ${names.length} given.`);
    }
    const comparison = compareNamedScenarios(db, names);
    io.out(
      options.json
        ? JSON.stringify(comparison, null, 2)
        : formatComparison(comparison, Boolean(options.pupils)),
    );
  });
}

type Figures = ScenarioComparison['scenarios'][number];

function formatComparison(comparison: ScenarioComparison, everyPupil: boolean): string {
  const figureRows: { label: string; value: (figures: Figures) => string | number }[] = [
    { label: 'Pupils', value: (f) => f.pupils },
    {
      label: 'Fully satisfied',
      value: (f) => `${f.fullySatisfied} (${percent(f.fullySatisfied, f.pupils)})`,
    },
    { label: 'Choices met', value: (f) => `${f.choicesMet} of ${f.choicesRequested}` },
    { label: 'Reserves used', value: (f) => f.reservesUsed },
    { label: 'Unresolved pupils', value: (f) => f.unresolved },
    { label: 'Groups', value: (f) => f.groups },
    { label: 'Teachers needed', value: (f) => f.teachersNeeded },
    { label: 'Unstaffed groups', value: (f) => f.unstaffedGroups },
    { label: 'Group sizes', value: (f) => `${f.smallestGroup}–${f.largestGroup}` },
    ...(comparison.scenarios[0]?.fullySatisfiedBy ?? []).map(({ group, pupils }) => ({
      label: `Fully satisfied: ${group} (${pupils})`,
      value: (f: Figures) => {
        const share = f.fullySatisfiedBy.find((entry) => entry.group === group)?.share;
        return share === undefined ? '–' : `${(share * 100).toFixed(1)}%`;
      },
    })),
  ];
  const figures = formatTable(figureRows, [
    { header: '', value: (row) => row.label },
    ...comparison.scenarios.map((scenario) => ({
      header: scenario.name,
      value: (row: (typeof figureRows)[number]) => row.value(scenario),
      align: 'right' as const,
    })),
  ]);

  const baseline = comparison.scenarios[0]?.name ?? '';
  const summary = comparison.summary.map((entry) => {
    const by = entry.lossesBy
      .filter(({ group }) => !group.startsWith('Not ') && !group.startsWith('No '))
      .map(({ group, pupils }) => `${group} ${pupils}`)
      .join(', ');
    return (
      `${entry.scenario} against ${baseline}: ${pupilsWho(entry.gains, 'gain')} a full timetable, ` +
      `${pupilsWho(entry.losses, 'lose')} one${by ? ` (${by})` : ''}; ` +
      `${pupilCount(entry.choicesDropped)} had a choice dropped.`
    );
  });

  const shown = comparison.pupils.filter(
    (pupil) =>
      everyPupil ||
      pupil.changes.some((change) => change.outcome === 'loses' || change.lost.length > 0),
  );
  const pupilLines =
    shown.length === 0
      ? ['No pupil loses anything.']
      : [
          everyPupil ? 'Every pupil whose courses differ' : 'Pupils who lose',
          formatTable(shown, [
            { header: 'UPN', value: (pupil) => pupil.upn },
            { header: 'Name', value: (pupil) => pupil.name },
            { header: 'Form', value: (pupil) => pupil.form ?? '' },
            { header: 'Flags', value: (pupil) => flagWords(pupil.flags) },
            ...comparison.summary.map(({ scenario }) => ({
              header: scenario,
              value: (pupil: (typeof shown)[number]) =>
                changeWords(pupil.changes.find((change) => change.scenario === scenario)),
            })),
          ]),
        ];
  return [figures, '', ...summary, '', ...pupilLines].join('\n');
}

function pupilCount(count: number): string {
  return count === 1 ? '1 pupil' : `${count} pupils`;
}

/** "1 pupil gains", "3 pupils gain". */
function pupilsWho(count: number, verb: string): string {
  return `${pupilCount(count)} ${count === 1 ? `${verb}s` : verb}`;
}

function flagWords(flags: ScenarioComparison['pupils'][number]['flags']): string {
  const words = [
    flags.disadvantaged ? 'Disadvantaged' : '',
    flags.send ? 'SEND' : '',
    flags.eal ? 'EAL' : '',
  ].filter((word) => word !== '');
  return words.join(', ') || '–';
}

function changeWords(change: ScenarioComparison['pupils'][number]['changes'][number] | undefined) {
  if (!change) return '';
  const parts = [
    change.outcome === 'loses' ? 'loses full timetable' : '',
    change.outcome === 'gains' ? 'gains full timetable' : '',
    change.lost.length > 0 ? `loses ${change.lost.join(', ')}` : '',
    change.gained.length > 0 ? `gains ${change.gained.join(', ')}` : '',
  ].filter((part) => part !== '');
  return parts.join('; ') || 'no change';
}
