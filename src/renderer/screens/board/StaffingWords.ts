import { blocksText, listText, namesText } from '../../../core/counselling/text';
import type { CombingRowView, StaffedGroup } from './StaffingLookups';

export { blocksText, listText, namesText };

/** A teacher as a deputy head knows them: by name, with the code when that differs. */
export function teacherText(teacher: { code: string; name: string }): string {
  return teacher.name === teacher.code ? teacher.code : `${teacher.name} (${teacher.code})`;
}

/** A group with its subject, e.g. "Fr1 (French)". */
export function groupText(group: Pick<StaffedGroup, 'group' | 'courseName'>): string {
  return group.courseName && group.courseName !== group.group
    ? `${group.group} (${group.courseName})`
    : group.group;
}

/** Who teaches a group, for labels: "taught by Catherine Green (CGr)" or "with no teacher". */
export function taughtByText(group: StaffedGroup): string {
  return group.teacher ? `taught by ${teacherText(group.teacher)}` : 'with no teacher';
}

/** A teacher's load as the chart shows it: "3 / 4", or "3" with no set maximum. */
export function loadText(row: Pick<CombingRowView, 'load' | 'maxGroups'>): string {
  return row.maxGroups === null ? String(row.load) : `${row.load} / ${row.maxGroups}`;
}

/** The load in words, for screen readers and tooltips. */
export function loadWords(row: Pick<CombingRowView, 'load' | 'maxGroups' | 'overLoad'>): string {
  const taught = plural(row.load, 'group');
  if (row.maxGroups === null) return `${taught}, no set maximum beyond one a block`;
  const limit = `${taught} of at most ${row.maxGroups}`;
  return row.overLoad ? `${limit}: over their load` : limit;
}

/** "1 group", "3 groups". */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : pluralNoun}`;
}

/** What a teacher has in a group's blocks, e.g. "free in block B" or "teaches Hi2 in block A". */
export function blocksBusyText(row: CombingRowView, blocks: readonly string[]): string {
  const parts = blocks.map((block) => {
    const cell = row.cells.find((candidate) => candidate.block === block);
    if (!cell) return `not in block ${block}`;
    if (cell.unavailable) return `unavailable in block ${block}`;
    if (cell.groups.length === 0) return `free in block ${block}`;
    return `teaches ${listText(cell.groups.map((entry) => entry.group))} in block ${block}`;
  });
  return listText(parts);
}

/** Where a chip is over or was dropped: a teacher by name, or the Unstaffed strip. */
export function targetText(
  teachers: ReadonlyMap<string, CombingRowView>,
  teacher: string | null,
): string {
  if (teacher === null) return 'No teacher (Unstaffed)';
  const row = teachers.get(teacher);
  return row ? teacherText(row) : teacher;
}
