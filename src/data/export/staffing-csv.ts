import type { Cell } from './csv-text';
import { toCsv } from './csv-text';
import type { ScenarioExport } from './scenario-export';

/**
 * Staffing by block for the timetabler: a row per teacher with the groups they take in each
 * block, how many groups that is and the most they may take. A block a teacher is not in
 * school for reads "Unavailable" (or the group, marked, when one was put there anyway), and
 * groups still without a teacher are listed on a last row so none is overlooked.
 */

const UNSTAFFED = 'No teacher yet';

export function staffingCsv(plan: ScenarioExport): string {
  const byTeacher = new Map<string, Map<string, string[]>>();
  const unstaffed = new Map<string, string[]>();
  for (const group of plan.solution.groups) {
    let blocks = unstaffed;
    if (group.teacher !== null) {
      blocks = byTeacher.get(group.teacher) ?? new Map<string, string[]>();
      byTeacher.set(group.teacher, blocks);
    }
    for (const block of group.blocks)
      blocks.set(block, [...(blocks.get(block) ?? []), group.label]);
  }
  const groupCount = (blocks: Map<string, string[]> | undefined) =>
    new Set([...(blocks?.values() ?? [])].flat()).size;

  const known = new Set(plan.staff.map((member) => member.code));
  const rows: Cell[][] = plan.staff.map((member) => {
    const blocks = byTeacher.get(member.code);
    const available = plan.blocks.filter((block) => !member.unavailableBlocks.includes(block));
    return [
      member.code,
      member.name,
      ...plan.blocks.map((block) => {
        const labels = (blocks?.get(block) ?? []).join('; ');
        if (available.includes(block)) return labels;
        return labels === '' ? 'Unavailable' : `${labels} (unavailable)`;
      }),
      groupCount(blocks),
      member.maxGroups ?? available.length,
    ];
  });
  // A scenario may name a teacher since removed from the staff list: still show their groups.
  for (const [code, blocks] of byTeacher) {
    if (known.has(code)) continue;
    rows.push([
      code,
      'Not in the staff list',
      ...plan.blocks.map((block) => (blocks.get(block) ?? []).join('; ')),
      groupCount(blocks),
      null,
    ]);
  }
  if (unstaffed.size > 0) {
    rows.push([
      null,
      UNSTAFFED,
      ...plan.blocks.map((block) => (unstaffed.get(block) ?? []).join('; ')),
      groupCount(unstaffed),
      null,
    ]);
  }
  return toCsv(
    ['Code', 'Teacher', ...plan.blocks.map((block) => `Block ${block}`), 'Groups', 'Most groups'],
    rows,
  );
}
