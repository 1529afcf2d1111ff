import type {
  ImportCountsView,
  ImportFileKind,
  ImportIssueView,
  ImportPreviewView,
} from '../../../shared/contract/import';

/** What each kind of file holds, as the wizard offers it. */
export const KIND_LABELS: Record<ImportFileKind, string> = {
  subjects: 'Courses',
  pupils: 'Pupils',
  choices: 'Option choices',
  staff: 'Staff',
  aliases: 'Course aliases',
};

/** The order a deputy head thinks in: what is taught, who, their choices, then the rest. */
export const KIND_ORDER: readonly ImportFileKind[] = [
  'subjects',
  'pupils',
  'choices',
  'staff',
  'aliases',
];

const COUNT_NOUNS: Record<string, [string, string]> = {
  blocks: ['block', 'blocks'],
  subjects: ['course', 'courses'],
  aliases: ['course alias', 'course aliases'],
  pupils: ['pupil', 'pupils'],
  staff: ['member of staff', 'staff'],
  choices: ['pupil’s choices', 'pupils’ choices'],
};

export function plural(count: number, singular: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : many}`;
}

/** One line per kind: "30 pupils: 28 added, 2 updated". */
export function countLines(counts: ImportCountsView): string[] {
  return Object.entries(counts).map(([kind, { added, updated }]) => {
    const [one, many] = COUNT_NOUNS[kind] ?? [kind, kind];
    const parts = [`${added.toLocaleString('en-GB')} added`];
    if (updated > 0) parts.push(`${updated.toLocaleString('en-GB')} updated`);
    return `${plural(added + updated, one, many)}: ${parts.join(', ')}`;
  });
}

/** "CSV · Windows-1252 · comma-separated" or "Excel workbook · sheet Pupils". */
export function formatDescription(preview: ImportPreviewView): string {
  if (preview.format === 'xlsx') {
    return preview.sheet ? `Excel workbook · sheet “${preview.sheet}”` : 'Excel workbook';
  }
  if (preview.format === 'csv') {
    const parts = ['CSV'];
    if (preview.encoding) parts.push(preview.encoding);
    if (preview.delimiter) parts.push(`${preview.delimiter}-separated`);
    return parts.join(' · ');
  }
  return 'Not readable';
}

/** Where a problem is: "Row 7, column “UPN”", "Column “Year”" or "Whole file". */
export function issuePlace(issue: ImportIssueView): string {
  if (issue.row !== null && issue.column !== null) {
    return `Row ${issue.row}, column “${issue.column}”`;
  }
  if (issue.row !== null) return `Row ${issue.row}`;
  if (issue.column !== null) return `Column “${issue.column}”`;
  return 'Whole file';
}

/** Messages from the data layer start in lower case, to follow a place; here they stand alone. */
export function sentence(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}
