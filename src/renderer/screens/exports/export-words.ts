import type { ExportKind, ExportResultView } from '../../../shared/contract/exports';

export type FileExportKind = Exclude<ExportKind, 'letters-batch' | 'letters-per-pupil'>;

export interface ExportEntry {
  kind: FileExportKind;
  title: string;
  /** One line on what it is for. */
  purpose: string;
}

/** The "Other exports" panel, in the order a school usually needs them. */
export const OTHER_EXPORTS: readonly ExportEntry[] = [
  {
    kind: 'mis-csv',
    title: 'MIS class lists',
    purpose:
      'Class lists for the MIS (SIMS, Arbor, Bromcom): Class, UPN, Subject, Surname, Forename, ' +
      'Block, Teacher; one row per pupil per class.',
  },
  {
    kind: 'booklet-pdf',
    title: 'Options booklet grid (PDF)',
    purpose: "An A4 page of each option block's courses, for the booklet and the timetabler.",
  },
  {
    kind: 'booklet-csv',
    title: 'Options booklet grid (CSV)',
    purpose: 'The same block grid as a spreadsheet, to lay out in your own booklet.',
  },
  {
    kind: 'staffing-csv',
    title: 'Staffing by block',
    purpose: "Each teacher's groups in every block and their load, for the timetabler.",
  },
  {
    kind: 'governors-pdf',
    title: "Governors' summary (PDF)",
    purpose:
      'Headline figures, who got their choices (disadvantaged, SEND, gender) and the fairness ' +
      'findings in words.',
  },
  {
    kind: 'groups-csv',
    title: 'Teaching groups (groups.csv)',
    purpose: 'One row per group: group, course code, block, teacher and size.',
  },
  {
    kind: 'allocations-csv',
    title: 'Allocations (allocations.csv)',
    purpose: 'One row per pupil per course: UPN, course code, group and block.',
  },
  {
    kind: 'unresolved-csv',
    title: 'Choices not met (unresolved.csv)',
    purpose: 'Every choice the blocks could not meet and why, for counselling conversations.',
  },
];

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Able Amy U1.pdf, Brown Ben U2.pdf and 116 more". */
function someNames(files: readonly string[], shown = 3): string {
  const first = files.slice(0, shown).join(', ');
  return files.length > shown ? `${first} and ${files.length - shown} more` : first;
}

/** What the notice after an export says was written. */
export function exportOutcome(result: ExportResultView): string {
  const scenario = `scenario "${result.scenario}"`;
  if (result.letters === undefined) return `Wrote ${result.files.join(', ')} (${scenario}).`;
  if (result.letters === 0) {
    return `No letters were written (${scenario}): no pupil's options are settled yet.`;
  }
  const pending =
    result.pending && result.pending > 0
      ? ` ${plural(result.pending, 'letter')} say${result.pending === 1 ? 's' : ''} that the ` +
        "pupil's options are still being discussed."
      : '';
  const withheld = result.withheld?.length ?? 0;
  const notSent =
    withheld > 0
      ? ` ${plural(withheld, 'pupil')} ${withheld === 1 ? 'was' : 'were'} not written to; ` +
        'the reasons are listed under Offer letters.'
      : '';
  if (result.kind === 'letters-per-pupil') {
    return (
      `Wrote ${plural(result.letters, 'letter')}, one PDF per pupil, into the folder ` +
      `"${result.target}" (${scenario}): ${someNames(result.files)}.${pending}${notSent}`
    );
  }
  return (
    `Wrote ${plural(result.letters, 'letter')} to ${result.target} (${scenario}).` +
    `${pending}${notSent}`
  );
}
