import type { BlocksSpanned, Course } from '../../core/model';
import type { BlockNames } from './block-names';
import type { CatalogCourse } from './course-catalog';
import { codeKey } from './keys';
import { DuplicateCheck, type MappedRow } from './mapped-rows';
import { optionalText, parseWholeNumber } from './values';

export interface ReadCourse {
  course: Course;
  row: MappedRow;
}

export interface ReadSubjects {
  /** Courses read without problems. */
  courses: ReadCourse[];
  /**
   * Every course the file names, problems or not, so that other files naming one of them are
   * not also told that the course is unknown.
   */
  named: CatalogCourse[];
}

/** Courses from a subjects file; rows with any problem are reported and left out. */
export function readSubjects(rows: readonly MappedRow[], blocks: BlockNames): ReadSubjects {
  const codes = new DuplicateCheck((code) => `duplicate course code '${code}'`);
  const result: ReadSubjects = { courses: [], named: [] };
  for (const row of rows) {
    const course = readCourse(row, blocks);
    const code = row.text('code');
    const unique = code === '' || codes.check(row, 'code', codeKey(code), code);
    if (course && unique) result.courses.push({ course, row });
    if (code !== '' && unique) result.named.push({ code, name: row.text('name') || code });
  }
  return result;
}

function readCourse(row: MappedRow, blocks: BlockNames): Course | undefined {
  const code = row.required('code', 'the course code');
  const name = row.required('name', 'the course name');
  const maxGroupSize = row.readRequired('max_group_size', 'the largest group size', (text) =>
    parseWholeNumber(text, { min: 1, what: 'the largest group size' }),
  );
  const minGroupSize = row.readOptional(
    'min_group_size',
    (text) => parseWholeNumber(text, { min: 1, what: 'the smallest group size' }),
    1,
  );
  const groups = row.readOptional(
    'groups',
    (text) => parseWholeNumber(text, { min: 0, what: 'the number of groups' }),
    null,
  );
  const blocksSpanned = row.readOptional(
    'blocks_spanned',
    (text) => parseWholeNumber(text, { min: 1, max: 2, what: 'the number of blocks spanned' }),
    1,
  );
  const allowedBlocks = blocks.readList(row, 'allowed_blocks');
  if (
    code === undefined ||
    name === undefined ||
    maxGroupSize === undefined ||
    minGroupSize === undefined ||
    groups === undefined ||
    blocksSpanned === undefined
  ) {
    return undefined;
  }
  if (minGroupSize > maxGroupSize) {
    row.error(
      'min_group_size',
      'invalid-value',
      `the smallest group size (${minGroupSize}) is larger than the largest (${maxGroupSize}).`,
    );
    return undefined;
  }
  if (blocksSpanned === 2 && allowedBlocks.length === 1) {
    row.error(
      'allowed_blocks',
      'invalid-value',
      'a course that spans two blocks needs at least two allowed blocks.',
    );
    return undefined;
  }
  return {
    code,
    name,
    maxGroupSize,
    minGroupSize,
    groups,
    blocksSpanned: blocksSpanned as BlocksSpanned,
    allowedBlocks,
    qualification: optionalText(row.text('qualification')),
    category: optionalText(row.text('category')),
  };
}
