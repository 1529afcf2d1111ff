import type { BreakdownGroup, FairnessReport, FlagSeverity } from '../../core/fairness/types';
import { computeMetrics } from '../../core/solver';
import { analysePathways } from '../pathways/analysis';
import { readSolverCohort } from '../pathways/solver-cohort';
import type { PlanDatabase } from '../plan/plan-file';
import type { StoredScenario } from '../plan/scenario-repository';
import { readSetting } from '../plan/settings-repository';

/**
 * What governors are shown about a blocking scenario: the headline figures, how far each group
 * of pupils got their first and all their choices, and the fairness report's findings in words.
 */

export interface HeadlineFigures {
  pupils: number;
  fullySatisfied: number;
  choicesRequested: number;
  choicesMet: number;
  reservesUsed: number;
  /** Pupils who did not get all their original choices. */
  unresolved: number;
  groups: number;
  /** Different teachers the scenario's groups are given. */
  teachersNeeded: number;
  unstaffedGroups: number;
}

export interface ChartBar {
  label: string;
  pupilsWithChoices: number;
  firstChoiceMet: number;
  allChoicesMet: number;
}

export interface SummaryChart {
  title: string;
  bars: ChartBar[];
}

export interface SummaryFinding {
  severity: FlagSeverity;
  message: string;
}

export interface GovernorsSummary {
  schoolName: string | null;
  cohort: string | null;
  scenarioName: string;
  headline: HeadlineFigures;
  charts: SummaryChart[];
  findings: SummaryFinding[];
}

/** The rows of the fairness breakdowns that governors compare, by dimension. */
const CHARTED: { dimension: string; title: string; keys: ((key: string) => boolean) | null }[] = [
  {
    dimension: 'disadvantaged',
    title: 'Disadvantaged pupils and the rest',
    keys: null,
  },
  {
    dimension: 'send',
    title: 'Pupils with special educational needs (SEND) and the rest',
    keys: (key) => key === 'send:any' || key === 'send:N',
  },
  { dimension: 'gender', title: 'By gender, as recorded', keys: null },
];

const GENDER_WORDS: Record<string, string> = { F: 'Female', M: 'Male' };

function bar(group: BreakdownGroup, dimension: string): ChartBar | null {
  const satisfaction = group.satisfaction;
  if (satisfaction === null || satisfaction.pupilsWithChoices === 0) return null;
  const label =
    dimension === 'gender' ? (GENDER_WORDS[group.label.toUpperCase()] ?? group.label) : group.label;
  return {
    label,
    pupilsWithChoices: satisfaction.pupilsWithChoices,
    firstChoiceMet: satisfaction.firstChoiceMet.count,
    allChoicesMet: satisfaction.fullySatisfied.count,
  };
}

function charts(report: FairnessReport | null): SummaryChart[] {
  if (report === null) return [];
  return CHARTED.flatMap(({ dimension, title, keys }) => {
    const breakdown = report.breakdowns.find((entry) => entry.dimension === dimension);
    if (!breakdown) return [];
    const bars = breakdown.groups
      .filter((group) => (keys ? keys(group.key) : !group.combined))
      .map((group) => bar(group, dimension))
      .filter((entry) => entry !== null);
    return bars.length === 0 ? [] : [{ title, bars }];
  });
}

export function governorsSummary(db: PlanDatabase, scenario: StoredScenario): GovernorsSummary {
  // Measured afresh from the groups and places, so hand edits since the solve are counted.
  const metrics = computeMetrics(readSolverCohort(db), scenario.solution);
  const teachers = new Set(
    scenario.solution.groups.map((group) => group.teacher).filter((code) => code !== null),
  );
  const fairness = analysePathways(db, { scenarioName: scenario.name }).fairness;
  return {
    schoolName: readSetting(db, 'school_name'),
    cohort: readSetting(db, 'cohort'),
    scenarioName: scenario.name,
    headline: {
      pupils: metrics.pupils,
      fullySatisfied: metrics.fullySatisfied,
      choicesRequested: metrics.choicesRequested,
      choicesMet: metrics.choicesMet,
      reservesUsed: metrics.reservesUsed,
      unresolved: metrics.unresolved,
      groups: scenario.solution.groups.length,
      teachersNeeded: teachers.size,
      unstaffedGroups: metrics.unstaffedGroups,
    },
    charts: charts(fairness),
    findings: (fairness?.flags ?? []).map(({ severity, message }) => ({ severity, message })),
  };
}
