import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Course, StaffMember } from '../../src/core/model';
import {
  readCourses,
  readStaff,
  upsertCourses,
  upsertStaff,
  writeBlocks,
} from '../../src/data/plan/cohort-repository';
import { editCourse, PlanEditError, type CourseChanges } from '../../src/data/plan/course-edits';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { editStaffMember, type StaffChanges } from '../../src/data/plan/staff-edits';
import { makeTempDir, sha256OfFile } from './plan/temp-plan';

let db: PlanDatabase;
let path: string;
let cleanup: () => void;

const course = (code: string, name: string, extra: Partial<Course> = {}): Course => ({
  code,
  name,
  maxGroupSize: 30,
  minGroupSize: 10,
  groups: null,
  blocksSpanned: 1,
  allowedBlocks: [],
  qualification: 'GCSE',
  category: 'language',
  ...extra,
});

const laura: StaffMember = {
  code: 'LHa',
  name: 'Laura Harrison',
  courses: ['Fr'],
  maxGroups: 3,
  unavailableBlocks: [],
};

beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  path = join(temp.dir, 'plan.ks4');
  db = openPlanFile(path, { create: true });
  db.transaction(() => {
    writeBlocks(db, ['A', 'B', 'C', 'D']);
    upsertCourses(db, [
      course('Fr', 'French'),
      course('Ge', 'German'),
      course('TSc', 'Triple Science', { blocksSpanned: 2, category: 'science' }),
    ]);
    upsertStaff(db, [laura]);
  })();
});

afterEach(() => {
  db.close();
  cleanup();
});

/** The file's bytes after a checkpoint, so that a refused edit can be shown to change nothing. */
function fileHash(): string {
  db.pragma('wal_checkpoint(TRUNCATE)');
  return sha256OfFile(path);
}

const courseOf = (code: string) => readCourses(db).find((entry) => entry.code === code);

describe('course edits', () => {
  it('saves size limits, a fixed group count, blocks and labels', () => {
    const saved = editCourse(db, 'fr', {
      maxGroupSize: 24,
      minGroupSize: 6,
      groups: 3,
      allowedBlocks: ['c', 'A'],
      qualification: '  GCSE (9-1) ',
      category: '',
    });
    const expected = {
      ...course('Fr', 'French'),
      maxGroupSize: 24,
      minGroupSize: 6,
      groups: 3,
      allowedBlocks: ['A', 'C'],
      qualification: 'GCSE (9-1)',
      category: null,
    };
    expect(saved).toEqual(expected);
    expect(courseOf('Fr')).toEqual(expected);
    // Clearing the fixed count hands the decision back to the blocking engine.
    editCourse(db, 'Fr', { groups: null });
    expect(courseOf('Fr')?.groups).toBeNull();
    expect(readCourses(db).map((entry) => entry.code)).toEqual(['Fr', 'Ge', 'TSc']);
  });

  const refusals: [string, string, CourseChanges, string][] = [
    [
      'min above max',
      'Fr',
      { minGroupSize: 31 },
      'French: the minimum group size (31) cannot be larger than the maximum (30).',
    ],
    [
      'a maximum below the minimum',
      'Fr',
      { maxGroupSize: 8 },
      'French: the minimum group size (10) cannot be larger than the maximum (8).',
    ],
    [
      'negative groups',
      'Ge',
      { groups: -1 },
      'German: the number of groups cannot be less than 0 (you gave -1).',
    ],
    [
      'a zero maximum',
      'Ge',
      { maxGroupSize: 0 },
      'German: the maximum group size cannot be less than 1 (you gave 0).',
    ],
    [
      'three blocks spanned',
      'Ge',
      { blocksSpanned: 3 },
      'German: a course spans one block or two, not 3.',
    ],
    [
      'a double course with one allowed block',
      'TSc',
      { allowedBlocks: ['B'] },
      'Triple Science spans two blocks, so it needs at least two allowed blocks; only block B is ticked. Tick another block, or none to allow any block.',
    ],
    [
      'an unknown block',
      'Fr',
      { allowedBlocks: ['A', 'Z'] },
      'French: the plan has no block called “Z” (its blocks are A, B, C, D).',
    ],
    ['an unknown course', 'Xx', { maxGroupSize: 20 }, 'The plan has no course with the code “Xx”.'],
  ];

  it.each(refusals)(
    'refuses %s, naming the course, and leaves the file unchanged',
    (_, code, changes, message) => {
      const before = fileHash();
      expect(() => editCourse(db, code, changes)).toThrow(new PlanEditError(message));
      expect(fileHash()).toBe(before);
    },
  );

  it('refuses the whole edit when one part is wrong', () => {
    expect(() => editCourse(db, 'Fr', { maxGroupSize: 20, minGroupSize: 25 })).toThrow(
      PlanEditError,
    );
    expect(courseOf('Fr')).toMatchObject({ maxGroupSize: 30, minGroupSize: 10 });
  });
});

describe('staff edits', () => {
  it('saves the courses a teacher can teach, their maximum and their blocks away', () => {
    const saved = editStaffMember(db, 'LHa', {
      courses: ['ge', 'Fr'],
      maxGroups: null,
      unavailableBlocks: ['d'],
    });
    const expected = { ...laura, courses: ['Fr', 'Ge'], maxGroups: null, unavailableBlocks: ['D'] };
    expect(saved).toEqual(expected);
    expect(readStaff(db)).toEqual([expected]);
  });

  const refusals: [string, string, StaffChanges, string][] = [
    [
      'an unknown course',
      'LHa',
      { courses: ['Fr', 'Zz'] },
      'Laura Harrison (LHa): the plan has no course with the code “Zz”.',
    ],
    [
      'more groups than blocks',
      'LHa',
      { maxGroups: 5 },
      'Laura Harrison (LHa): the most groups cannot be more than 4 (you gave 5).',
    ],
    [
      'negative groups',
      'LHa',
      { maxGroups: -2 },
      'Laura Harrison (LHa): the most groups cannot be less than 0 (you gave -2).',
    ],
    [
      'an unknown block',
      'LHa',
      { unavailableBlocks: ['Q'] },
      'Laura Harrison (LHa): the plan has no block called “Q” (its blocks are A, B, C, D).',
    ],
    [
      'an unknown teacher',
      'ZZZ',
      { maxGroups: 1 },
      'The plan has no member of staff with the code “ZZZ”.',
    ],
  ];

  it.each(refusals)('refuses %s and leaves the file unchanged', (_, code, changes, message) => {
    const before = fileHash();
    expect(() => editStaffMember(db, code, changes)).toThrow(new PlanEditError(message));
    expect(fileHash()).toBe(before);
    expect(readStaff(db)).toEqual([laura]);
  });
});
