import { openPlanFile } from '../../data/plan/plan-file';
import { readPlanSummary, type PlanSummary } from '../../data/plan/plan-summary';
import { ExitCode, type CliIo } from '../io';
import { formatTable } from '../text-table';

export interface InfoOptions {
  json?: boolean;
}

export function infoCommand(planPath: string, options: InfoOptions, io: CliIo): number {
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const summary = readPlanSummary(db);
    io.out(options.json ? JSON.stringify(summary, null, 2) : formatSummary(planPath, summary));
    return ExitCode.ok;
  } finally {
    db.close();
  }
}

export function formatSummary(planPath: string, summary: PlanSummary): string {
  const { counts, settings } = summary;
  const described = [settings.school_name, settings.cohort].filter(Boolean).join(', ');
  const lines = [
    `Plan: ${planPath}${described ? ` (${described})` : ''}`,
    `Blocks: ${summary.blocks.length > 0 ? summary.blocks.join(' ') : 'none yet'}`,
    `Pupils: ${counts.pupils} (${counts.pupilsWithChoices} with choices)   ` +
      `Courses: ${counts.courses}   Staff: ${counts.staff}   ` +
      `Choices: ${counts.choices}   Reserves: ${counts.reserves}   Scenarios: ${counts.scenarios}`,
  ];
  if (summary.demand.length > 0) {
    lines.push(
      '',
      'Demand per course',
      formatTable(summary.demand, [
        { header: 'Code', value: (row) => row.code },
        { header: 'Course', value: (row) => row.name },
        { header: '1st choice', value: (row) => row.firstChoice, align: 'right' },
        { header: 'All choices', value: (row) => row.total, align: 'right' },
        { header: 'Reserve', value: (row) => row.reserve, align: 'right' },
        { header: 'Max size', value: (row) => row.maxGroupSize, align: 'right' },
        { header: 'Groups needed', value: (row) => row.groupsNeeded, align: 'right' },
      ]),
    );
  }
  return lines.join('\n');
}
