import type {
  Breakdown,
  BreakdownGroup,
  CountShare,
  FairnessReport,
} from '../../core/fairness/types';
import { STARTER_PATHWAYS, type RuleSetProblem } from '../../core/pathways';
import { analysePathways, recommendAndSave } from '../../data/pathways/analysis';
import type { PathwaysAnalysis } from '../../data/pathways/analysis-types';
import { exportPathwaysFile, importPathwaysFile } from '../../data/pathways/pathway-file';
import { PathwayDataError } from '../../data/pathways/pathway-errors';
import { ruleSetProblems } from '../../data/pathways/rule-set';
import { addPathways } from '../../data/plan/pathway-repository';
import { openPlanFile, type PlanDatabase } from '../../data/plan/plan-file';
import { BadInputError } from '../errors';
import { ExitCode, type CliIo } from '../io';
import { formatTable, type Column } from '../text-table';

export interface PathwaysOptions {
  json?: boolean;
  scenario?: string;
  import?: string;
  export?: string;
  starter?: boolean;
  recommend?: boolean;
}

/**
 * The changes asked for (import, then the starter set, then recommendations) and the report are
 * one transaction: if anything is refused, the plan is left as it was. The file is exported
 * after, so it holds the result.
 */
export function pathwaysCommand(planPath: string, options: PathwaysOptions, io: CliIo): number {
  const changes = Boolean(options.import || options.starter || options.recommend);
  const db = openPlanFile(planPath, { readonly: !changes });
  try {
    const run = () => ({
      done: applyChanges(db, options),
      analysis: analysePathways(db, { scenarioName: options.scenario }),
    });
    const { done, analysis } = withPathwayReport(changes ? db.transaction(run) : run);
    if (options.export) {
      const file = options.export;
      const pathways = withPathwayReport(() => exportPathwaysFile(db, file));
      done.push(`Wrote ${countOf(pathways.length, 'pathway')} to ${file}.`);
    }
    if (options.json) {
      io.out(JSON.stringify(analysis, null, 2));
    } else {
      io.out([...done, ...(done.length > 0 ? [''] : []), formatAnalysis(analysis)].join('\n'));
    }
    return ExitCode.ok;
  } finally {
    db.close();
  }
}

function applyChanges(db: PlanDatabase, options: PathwaysOptions): string[] {
  const done: string[] = [];
  if (options.import) {
    const result = importPathwaysFile(db, options.import);
    done.push(
      `Imported ${result.fileName}: ${countOf(result.added.length, 'pathway')} added` +
        `${listed(result.added)}, ${result.replaced.length} replaced${listed(result.replaced)}.`,
      ...result.warnings.map(problemLine),
    );
  }
  if (options.starter) {
    addPathways(db, STARTER_PATHWAYS);
    const warnings = ruleSetProblems(db, STARTER_PATHWAYS);
    done.push(
      `Added the starter pathways: ${STARTER_PATHWAYS.map((pathway) => pathway.code).join(', ')}. ` +
        'Edit them to fit your school before relying on them.',
      ...warnings.map(problemLine),
    );
  }
  if (options.recommend) {
    const saved = recommendAndSave(db);
    done.push(
      `Saved recommendations for ${countOf(saved.pupils, 'pupil')} ` +
        `(${saved.needsReview} to be decided by a person); agreed routes were not changed.`,
    );
  }
  return done;
}

/** Pathway files and rules the data layer refuses are bad input: exit code 2. */
function withPathwayReport<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof PathwayDataError) throw new BadInputError(error.message);
    throw error;
  }
}

const PROBLEM_KINDS: Record<RuleSetProblem['kind'], string> = {
  contradiction: 'Contradiction',
  'unknown-course': 'Unknown course',
  'unknown-category': 'Unknown category',
  warning: 'Warning',
};

/** The message names the route already. */
const problemLine = (problem: RuleSetProblem) =>
  `  ${PROBLEM_KINDS[problem.kind]}: ${problem.message}`;

const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const listed = (codes: readonly string[]) => (codes.length > 0 ? ` (${codes.join(', ')})` : '');
const percent = (share: number) => `${Math.round(share * 100)}%`;
const countAndShare = ({ count, share }: CountShare) => `${count} (${percent(share)})`;

export function formatAnalysis(analysis: PathwaysAnalysis): string {
  if (analysis.pathways.length === 0) {
    return 'The plan has no pathways yet: add the starter set with --starter, or import a pathways file with --import.';
  }
  return [
    `Pathways: ${analysis.pathways.map((pathway) => `${pathway.code} (${pathway.name})`).join(', ')}`,
    '',
    ...formatRuleSetProblems(analysis),
    '',
    ...formatUnknownRoutes(analysis),
    ...formatViolations(analysis),
    '',
    ...formatRecommendations(analysis),
    ...(analysis.fairness ? ['', ...formatFairness(analysis, analysis.fairness)] : []),
  ].join('\n');
}

function formatRuleSetProblems({ ruleSetProblems: problems }: PathwaysAnalysis): string[] {
  if (problems.length === 0) return ['Rule-set problems: none'];
  return [`Rule-set problems (${problems.length})`, ...problems.map(problemLine)];
}

function formatUnknownRoutes({ unknownRoutes }: PathwaysAnalysis): string[] {
  if (unknownRoutes.length === 0) return [];
  return [
    'Pupils on a route the plan has no pathway for (define it, or move them to another route)',
    ...unknownRoutes.map(
      (route) =>
        `  ${route.code}: ${countOf(route.pupils.length, 'pupil')}: ${route.pupils.join(', ')}`,
    ),
    '',
  ];
}

function formatViolations({ pathways, violations }: PathwaysAnalysis): string[] {
  const pupils = new Set(violations.map((violation) => violation.upn)).size;
  if (violations.length === 0) return ["Choices that break their route's rules: none"];
  const lines = [`Choices that break their route's rules (${countOf(pupils, 'pupil')})`];
  for (const pathway of pathways) {
    const onRoute = violations.filter((violation) => violation.route === pathway.code);
    if (onRoute.length === 0) continue;
    lines.push(`  ${pathway.name} (${pathway.code})`);
    for (const violation of onRoute) {
      const recommended = violation.source === 'recommended' ? ', recommended' : '';
      lines.push(
        `    ${violation.name} (${violation.upn}${recommended}): ${violation.rule} — ${violation.problem}`,
      );
    }
  }
  return lines;
}

function formatRecommendations({ pathways, recommendations }: PathwaysAnalysis): string[] {
  const rows = [
    ...pathways.map((pathway) => ({ code: pathway.code, name: pathway.name })),
    { code: null, name: 'No route fits' },
  ].map((route) => {
    const forRoute = recommendations.filter((row) => row.recommended === route.code);
    return {
      route: route.code ?? '–',
      name: route.name,
      pupils: forRoute.length,
      review: forRoute.filter((row) => row.needsReview).length,
    };
  });
  const review = recommendations.filter((row) => row.needsReview);
  return [
    'Recommended routes',
    formatTable(
      rows.filter((row) => row.route !== '–' || row.pupils > 0),
      [
        { header: 'Route', value: (row) => row.route },
        { header: 'Name', value: (row) => row.name },
        { header: 'Pupils', value: (row) => row.pupils, align: 'right' },
        { header: 'To decide', value: (row) => row.review, align: 'right' },
      ],
    ),
    ...(review.length === 0
      ? ['No recommendation needs a decision by a person.']
      : [
          `For a person to decide (${review.length}): a lower route than the pupil's or than one their choices fit`,
          ...review.map(
            (row) =>
              `  ${row.name} (${row.upn}): ${row.recommended ?? 'no route'}: ${row.reviewReasons.join('; ')}`,
          ),
        ]),
  ];
}

function formatFairness(analysis: PathwaysAnalysis, report: FairnessReport): string[] {
  const basis = {
    named: 'as asked',
    agreed: 'the agreed scenario',
    latest: 'the latest scenario',
  };
  const placements = analysis.scenario
    ? `places from scenario "${analysis.scenario.name}" (${basis[analysis.scenario.basis]})`
    : 'no blocking scenario yet: offers are read from choices';
  const lines = [`Fairness (${report.pupils} pupils; ${placements})`];
  if (report.lowerRoutes.length > 0) {
    lines.push('Lower routes');
    for (const route of report.lowerRoutes) {
      lines.push(
        `  ${route.name} (${route.code})`,
        ...route.reasons.map((reason) => `    ${reason}`),
      );
    }
  }
  for (const breakdown of report.breakdowns) {
    lines.push('', breakdown.title, formatBreakdown(breakdown, analysis));
  }
  lines.push('');
  if (report.flags.length === 0) {
    lines.push('Flags: none');
  } else {
    lines.push(`Flags (${report.flags.length})`);
    for (const flag of report.flags) {
      lines.push(`  ${flag.severity === 'concern' ? 'Concern' : 'Note'}: ${flag.message}`);
    }
  }
  return lines;
}

function formatBreakdown(breakdown: Breakdown, analysis: PathwaysAnalysis): string {
  const columns: Column<BreakdownGroup>[] = [
    { header: 'Group', value: (group) => group.label },
    { header: 'Pupils', value: (group) => group.pupils, align: 'right' },
    ...analysis.pathways.map((pathway): Column<BreakdownGroup> => ({
      header: pathway.code,
      value: (group) => {
        const route = group.routes.find((count) => count.code === pathway.code);
        return route ? countAndShare(route) : '–';
      },
      align: 'right',
    })),
    { header: 'No route', value: (group) => countAndShare(group.noRoute), align: 'right' },
    { header: 'Lower route', value: (group) => countAndShare(group.lowerRoute), align: 'right' },
  ];
  if (analysis.scenario) {
    columns.push(
      {
        header: '1st choice met',
        value: (group) =>
          group.satisfaction ? countAndShare(group.satisfaction.firstChoiceMet) : '–',
        align: 'right',
      },
      {
        header: 'All choices met',
        value: (group) =>
          group.satisfaction ? countAndShare(group.satisfaction.fullySatisfied) : '–',
        align: 'right',
      },
    );
  }
  return formatTable(breakdown.groups, columns);
}
