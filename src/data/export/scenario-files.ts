import type { PlanDatabase } from '../plan/plan-file';
import type { StoredScenario } from '../plan/scenario-repository';
import { bookletCsv } from './booklet-csv';
import { bookletPdf } from './booklet-pdf';
import { governorsPdf } from './governors-pdf';
import { governorsSummary } from './governors-summary';
import { misClassListCsv } from './mis-csv';
import { readScenarioExport, type ScenarioExport } from './scenario-export';
import { allocationsCsv, groupsCsv, unresolvedCsv } from './solution-csv';
import { staffingCsv } from './staffing-csv';

/**
 * The files a scenario can be exported as, each made in memory so that the caller checks its
 * target first and writes it whole. Shared by `ks4plan export` and the app.
 */
export const SCENARIO_FILE_KINDS = [
  'allocations-csv',
  'groups-csv',
  'unresolved-csv',
  'mis-csv',
  'booklet-csv',
  'booklet-pdf',
  'staffing-csv',
  'governors-pdf',
] as const;

export type ScenarioFileKind = (typeof SCENARIO_FILE_KINDS)[number];

/** One scenario read once for every file made from it. */
export interface ScenarioFileSource {
  db: PlanDatabase;
  scenario: StoredScenario;
  plan: ScenarioExport;
}

export function scenarioFileSource(db: PlanDatabase, scenario: StoredScenario): ScenarioFileSource {
  return { db, scenario, plan: readScenarioExport(db, scenario) };
}

interface ScenarioFileRenderer {
  /** What the file is, for messages: "the MIS class lists". */
  what: string;
  /** The file name ending, lower case. */
  ending: '.csv' | '.pdf';
  render(source: ScenarioFileSource): string | Promise<Buffer>;
}

export const SCENARIO_FILES: Record<ScenarioFileKind, ScenarioFileRenderer> = {
  'allocations-csv': {
    what: 'the allocations',
    ending: '.csv',
    render: ({ scenario }) => allocationsCsv(scenario.solution),
  },
  'groups-csv': {
    what: 'the groups',
    ending: '.csv',
    render: ({ scenario }) => groupsCsv(scenario.solution),
  },
  'unresolved-csv': {
    what: 'the unresolved choices',
    ending: '.csv',
    render: ({ scenario }) => unresolvedCsv(scenario.unresolved),
  },
  'mis-csv': {
    what: 'the MIS class lists',
    ending: '.csv',
    render: ({ plan }) => misClassListCsv(plan),
  },
  'booklet-csv': {
    what: 'the booklet block grid',
    ending: '.csv',
    render: ({ plan }) => bookletCsv(plan),
  },
  'booklet-pdf': {
    what: 'the booklet block grid',
    ending: '.pdf',
    render: ({ plan }) => bookletPdf(plan),
  },
  'staffing-csv': {
    what: 'staffing by block',
    ending: '.csv',
    render: ({ plan }) => staffingCsv(plan),
  },
  'governors-pdf': {
    what: "the governors' summary",
    ending: '.pdf',
    render: ({ db, scenario }) => governorsPdf(governorsSummary(db, scenario)),
  },
};

/** The file's content, ready for writeExportFile. */
export function renderScenarioFile(
  kind: ScenarioFileKind,
  source: ScenarioFileSource,
): string | Promise<Buffer> {
  return SCENARIO_FILES[kind].render(source);
}
