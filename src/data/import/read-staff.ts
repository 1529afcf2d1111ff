import type { StaffMember } from '../../core/model';
import type { BlockNames } from './block-names';
import { courseInCell, type CourseCatalog } from './course-catalog';
import { codeKey } from './keys';
import { DuplicateCheck, type MappedRow } from './mapped-rows';
import { parseWholeNumber, splitList } from './values';

/** Teachers from a staff file; courses may be given by code, name or alias. */
export function readStaff(
  rows: readonly MappedRow[],
  catalog: CourseCatalog,
  blocks: BlockNames,
): StaffMember[] {
  const codes = new DuplicateCheck((code) => `duplicate staff code '${code}'`);
  const staff: StaffMember[] = [];
  for (const row of rows) {
    const member = readMember(row, catalog, blocks);
    const code = row.text('code');
    const unique = code === '' || codes.check(row, 'code', codeKey(code), code);
    if (member && unique) staff.push(member);
  }
  return staff;
}

function readMember(
  row: MappedRow,
  catalog: CourseCatalog,
  blocks: BlockNames,
): StaffMember | undefined {
  const code = row.required('code', 'the staff code');
  const name = row.required('name', 'the name');
  const taught = row.required('subjects', 'the list of courses taught');
  const courses: (string | undefined)[] = splitList(taught ?? '').map((text) =>
    courseInCell(row, 'subjects', text, catalog),
  );
  const maxGroups = row.readOptional(
    'max_groups',
    (text) => parseWholeNumber(text, { min: 0, what: 'the most groups' }),
    null,
  );
  const unavailableBlocks = blocks.readList(row, 'unavailable_blocks');
  if (
    code === undefined ||
    name === undefined ||
    taught === undefined ||
    maxGroups === undefined ||
    courses.includes(undefined)
  ) {
    return undefined;
  }
  return {
    code,
    name,
    courses: [...new Set(courses.filter((course) => course !== undefined))],
    maxGroups,
    unavailableBlocks,
  };
}
