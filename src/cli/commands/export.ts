import { writeFileSync } from 'node:fs';
import { allocationsCsv, groupsCsv, unresolvedCsv } from '../../data/export/solution-csv';
import { openPlanFile } from '../../data/plan/plan-file';
import { scenarioNamedOrLatest } from '../scenario-lookup';
import { BadInputError } from '../errors';
import { ExitCode, type CliIo } from '../io';

export interface ExportOptions {
  scenario?: string;
  allocations?: string;
  groups?: string;
  unresolved?: string;
}

export function exportCommand(planPath: string, options: ExportOptions, io: CliIo): number {
  if (!options.allocations && !options.groups && !options.unresolved) {
    throw new BadInputError('Nothing to export: give --allocations, --groups and/or --unresolved.');
  }
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const scenario = scenarioNamedOrLatest(db, options.scenario);
    const files: [string | undefined, () => string][] = [
      [options.allocations, () => allocationsCsv(scenario.solution)],
      [options.groups, () => groupsCsv(scenario.solution)],
      [options.unresolved, () => unresolvedCsv(scenario.unresolved)],
    ];
    for (const [path, render] of files) {
      if (!path) continue;
      writeFileSync(path, render());
      io.out(`Wrote ${path}`);
    }
    io.out(`(scenario "${scenario.name}")`);
    return ExitCode.ok;
  } finally {
    db.close();
  }
}
