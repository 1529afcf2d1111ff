import type { Solution, UnresolvedChoice } from '../../core/solver/types';
import { toCsv } from './csv-text';

/**
 * The solution outputs of data-formats.md. A double course's group sits in two blocks, written
 * in one cell separated by a semicolon, as lists are everywhere else in the formats.
 */

function blocksByGroup(solution: Solution): Map<string, string> {
  return new Map(solution.groups.map((group) => [group.label, group.blocks.join(';')]));
}

/** `upn, subject_code, group, block`: one row per pupil per course allocated. */
export function allocationsCsv(solution: Solution): string {
  const blocks = blocksByGroup(solution);
  return toCsv(
    ['upn', 'subject_code', 'group', 'block'],
    solution.placements.map((placement) => [
      placement.upn,
      placement.course,
      placement.group,
      blocks.get(placement.group) ?? '',
    ]),
  );
}

/** `group, subject_code, block, teacher, size`: one row per teaching group. */
export function groupsCsv(solution: Solution): string {
  const sizes = new Map<string, number>();
  for (const placement of solution.placements) {
    sizes.set(placement.group, (sizes.get(placement.group) ?? 0) + 1);
  }
  return toCsv(
    ['group', 'subject_code', 'block', 'teacher', 'size'],
    solution.groups.map((group) => [
      group.label,
      group.course,
      group.blocks.join(';'),
      group.teacher,
      sizes.get(group.label) ?? 0,
    ]),
  );
}

/** `upn, subject_code, reason`: every choice the solution could not meet, and why. */
export function unresolvedCsv(unresolved: readonly UnresolvedChoice[]): string {
  return toCsv(
    ['upn', 'subject_code', 'reason'],
    unresolved.map((item) => [item.upn, item.course, item.reason]),
  );
}
