import { writeFileSync } from 'node:fs';
import {
  counsel,
  type CounsellingFix,
  type CounsellingReport,
  type PupilCounsel,
} from '../../core/counselling';
import { counsellingCsv } from '../../data/export/counselling-csv';
import { readSolverCohort } from '../../data/pathways/solver-cohort';
import { openPlanFile } from '../../data/plan/plan-file';
import { scenarioNamedOrLatest } from '../scenario-lookup';
import { withSolverInputReport } from '../errors';
import { ExitCode, type CliIo } from '../io';

export interface CounselCommandOptions {
  scenario?: string;
  json?: boolean;
  out?: string;
}

/** Why each pupil of a scenario lacks a choice, and the fixes cheapest first. */
export function counselCommand(
  planPath: string,
  options: CounselCommandOptions,
  io: CliIo,
): number {
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const scenario = scenarioNamedOrLatest(db, options.scenario);
    const report = withSolverInputReport('The scenario no longer matches the plan:', () =>
      // The cohort as the solver saw it: a route's must-include course counts as chosen.
      counsel(readSolverCohort(db), scenario.solution, {
        pins: scenario.pins,
        lockedPlacements: scenario.lockedPlacements,
      }),
    );
    if (options.out) writeFileSync(options.out, counsellingCsv(report));
    if (options.json) {
      io.out(JSON.stringify({ scenario: scenario.name, ...report }, null, 2));
    } else {
      io.out(formatReport(scenario.name, report));
      if (options.out) io.out(`Wrote ${options.out}`);
    }
    return ExitCode.ok;
  } finally {
    db.close();
  }
}

const KIND_TEXT: Record<CounsellingFix['kind'], string> = {
  reseat: 're-seat',
  reserve: 'reserve',
  swap: 'swap',
  'move-group': 'move a group',
  none: 'no single step',
};

function formatPupil(pupil: PupilCounsel): string[] {
  const lines = [
    `${pupil.name} (${pupil.upn}): missing ${pupil.unmetNames.join(', ')}`,
    `  Why: ${pupil.reason}.`,
    ...pupil.fixes.map(
      (fix, i) =>
        `  ${i + 1}. [${KIND_TEXT[fix.kind]}${fix.kind === 'none' ? '' : `, cost ${fix.cost}`}] ${fix.description}`,
    ),
  ];
  if (pupil.swapsLeftOff > 0) {
    lines.push(`  (${pupil.swapsLeftOff} more swaps would also fit: see --json or --out.)`);
  }
  return lines;
}

export function formatReport(scenario: string, report: CounsellingReport): string {
  const { totals } = report;
  const best = totals.byBestFix;
  const lines = [
    `Scenario "${scenario}": ${totals.fullySatisfied} of ${totals.pupils} pupils have all their choices; ` +
      `${totals.unresolved} to counsel.`,
  ];
  if (totals.unresolved === 0) return lines.join('\n');
  lines.push(
    `Cheapest fix: re-seat ${best.reseat}, reserve ${best.reserve}, swap ${best.swap}, ` +
      `move a group ${best['move-group']}, none ${best.none}.`,
  );
  if (totals.movesNotMeasured > 0) {
    lines.push(
      `Group moves: the ${totals.movesMeasured} most promising were measured, ` +
        `${totals.movesNotMeasured} more were not.`,
    );
  }
  for (const pupil of report.pupils) lines.push('', ...formatPupil(pupil));
  if (report.groupMoves.length > 0) {
    lines.push('', 'Group moves that give more pupils all their choices than they cost');
    for (const move of report.groupMoves) {
      lines.push(
        `  ${move.group} from ${move.from.join('+')} to ${move.to.join('+')}: ` +
          `+${move.gains.length} −${move.losses.length} (net +${move.net})`,
      );
    }
  }
  return lines.join('\n');
}
