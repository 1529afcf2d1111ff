import { describe, expect, it } from 'vitest';
import type { ChoiceList, Cohort, Course, StaffMember } from '../../src/core/model';
import { checkStaffingCapacity } from '../../src/core/staffing-capacity';

const BLOCKS = ['A', 'B', 'C', 'D'];

function course(code: string, extra: Partial<Course> = {}): Course {
  return {
    code,
    name: `Course ${code}`,
    maxGroupSize: 20,
    minGroupSize: 1,
    groups: null,
    blocksSpanned: 1,
    allowedBlocks: [],
    qualification: null,
    category: null,
    ...extra,
  };
}

function teacher(code: string, courses: string[], extra: Partial<StaffMember> = {}): StaffMember {
  return {
    code,
    name: `Teacher ${code}`,
    courses,
    maxGroups: null,
    unavailableBlocks: [],
    ...extra,
  };
}

/** `count` pupils who each chose the given courses. */
function pupils(count: number, codes: string[], prefix: string): ChoiceList[] {
  return Array.from({ length: count }, (_, i) => ({
    upn: `${prefix}${i}`,
    choices: codes,
    reserves: [],
  }));
}

function cohort(courses: Course[], staff: StaffMember[], choices: ChoiceList[]): Cohort {
  return { blocks: BLOCKS, courses, pupils: [], choices, staff };
}

const byCode = (report: ReturnType<typeof checkStaffingCapacity>, code: string) => {
  const found = report.courses.find((entry) => entry.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

describe('the staffing capacity check', () => {
  it('reports a shortage when the qualified teachers have too little time', () => {
    // 70 pupils at 20 a group: 4 groups; one teacher with a maximum of 3.
    const report = checkStaffingCapacity(
      cohort([course('Fr')], [teacher('T1', ['Fr'], { maxGroups: 3 })], pupils(70, ['Fr'], 'p')),
    );
    const fr = byCode(report, 'Fr');
    expect(fr).toMatchObject({ demand: 70, groupsNeeded: 4, capacity: 3, status: 'shortage' });
    expect(fr.warning).toBe(
      'Course Fr needs 4 groups, but its teachers (T1) have time for 3 between them.',
    );
  });

  it('counts only the blocks a teacher is free in and the course may use', () => {
    // T1 is away in A and B; the course may run in B, C or D: T1 has C and D, so 2 groups.
    const report = checkStaffingCapacity(
      cohort(
        [course('Hi', { allowedBlocks: ['B', 'C', 'D'] })],
        [teacher('T1', ['Hi'], { unavailableBlocks: ['A', 'B'] })],
        pupils(50, ['Hi'], 'p'),
      ),
    );
    expect(byCode(report, 'Hi')).toMatchObject({
      groupsNeeded: 3,
      capacity: 2,
      status: 'shortage',
    });
    expect(byCode(report, 'Hi').teachers).toEqual([
      { code: 'T1', name: 'Teacher T1', capacity: 2, alsoNeededFor: [] },
    ]);
  });

  it('needs two free blocks for each group of a double course', () => {
    // Triple Science spans two blocks: a teacher free in 3 blocks can take one group, not 1.5.
    const report = checkStaffingCapacity(
      cohort(
        [course('TSc', { blocksSpanned: 2, groups: 2 })],
        [teacher('T1', ['TSc'], { unavailableBlocks: ['D'] }), teacher('T2', ['TSc'])],
        pupils(10, ['TSc'], 'p'),
      ),
    );
    const tsc = byCode(report, 'TSc');
    expect(tsc.teachers.map((entry) => entry.capacity)).toEqual([1, 2]);
    expect(tsc).toMatchObject({ groupsNeeded: 2, fixedGroups: true, capacity: 3, status: 'ok' });
  });

  it('finds courses that look fine alone but share a teacher who cannot cover both', () => {
    // Fr needs 3 groups, Ge 2. T1 teaches both with a maximum of 3, T2 only Fr with 1:
    // Fr alone has 3 + 1 = 4, Ge alone 3, but together they need 5 and have only 4.
    const report = checkStaffingCapacity(
      cohort(
        [course('Fr'), course('Ge')],
        [teacher('T1', ['Fr', 'Ge'], { maxGroups: 3 }), teacher('T2', ['Fr'], { maxGroups: 1 })],
        [...pupils(60, ['Fr'], 'f'), ...pupils(40, ['Ge'], 'g')],
      ),
    );
    expect(byCode(report, 'Fr')).toMatchObject({ groupsNeeded: 3, capacity: 4 });
    expect(byCode(report, 'Ge')).toMatchObject({ groupsNeeded: 2, capacity: 3 });
    expect(report.sharedShortages).toEqual([
      {
        courses: ['Fr', 'Ge'],
        groupsNeeded: 5,
        capacity: 4,
        teachers: ['T1', 'T2'],
        message:
          'Course Fr and Course Ge need 5 groups between them, but the teachers who can teach ' +
          'them (T1, T2) have time for 4 of them: they share teachers, so each looks fine on ' +
          'its own but not all can run.',
      },
    ]);
    expect(byCode(report, 'Fr').status).toBe('shared-shortage');
    expect(byCode(report, 'Ge').status).toBe('shared-shortage');
  });

  it('warns when a course cannot run without a teacher whose time other courses also need', () => {
    // T1 (Fr and Ge, at most 2 groups) and T2 (Fr only, at most 2). Fr needs 3 groups: T2 takes
    // 2, so T1 must take 1. Ge needs 1, which only T1 can take. Enough in all (4 for 4), but
    // every group of T1's time is spoken for.
    const report = checkStaffingCapacity(
      cohort(
        [course('Fr'), course('Ge')],
        [teacher('T1', ['Fr', 'Ge'], { maxGroups: 2 }), teacher('T2', ['Fr'], { maxGroups: 2 })],
        [...pupils(60, ['Fr'], 'f'), ...pupils(20, ['Ge'], 'g')],
      ),
    );
    expect(report.sharedShortages).toEqual([]);
    const fr = byCode(report, 'Fr');
    expect(fr).toMatchObject({ groupsNeeded: 3, capacity: 4, status: 'relies-on-shared' });
    expect(fr.warning).toBe(
      'Course Fr cannot run 3 groups without Teacher T1 (T1), who must take at least 1 of them ' +
        'and is also needed for Course Ge (1 group): that is all of T1’s time (2 groups), with ' +
        'none to spare.',
    );
    expect(fr.teachers.find((entry) => entry.code === 'T1')?.alsoNeededFor).toEqual(['Ge']);
    expect(byCode(report, 'Ge').status).toBe('relies-on-shared');
  });

  it('stays quiet about a shared teacher who has time to spare', () => {
    // The same, but T1 may take 3 groups: one is left over whatever happens.
    const report = checkStaffingCapacity(
      cohort(
        [course('Fr'), course('Ge')],
        [teacher('T1', ['Fr', 'Ge'], { maxGroups: 3 }), teacher('T2', ['Fr'], { maxGroups: 2 })],
        [...pupils(60, ['Fr'], 'f'), ...pupils(20, ['Ge'], 'g')],
      ),
    );
    expect(report.courses.map((entry) => [entry.code, entry.status, entry.warning])).toEqual([
      ['Fr', 'ok', null],
      ['Ge', 'ok', null],
    ]);
  });

  it('says when nobody can teach a chosen course, and stays quiet about unchosen ones', () => {
    const report = checkStaffingCapacity(
      cohort([course('La'), course('Mu')], [teacher('T1', ['Mu'])], pupils(5, ['La'], 'p')),
    );
    expect(byCode(report, 'La')).toMatchObject({ status: 'no-teacher', groupsNeeded: 1 });
    expect(byCode(report, 'La').warning).toBe(
      'Course La needs 1 group, but nobody on the staff list can teach it.',
    );
    expect(byCode(report, 'Mu')).toMatchObject({ status: 'no-groups', groupsNeeded: 0 });
  });

  it('checks nothing when the plan has no staff yet', () => {
    const report = checkStaffingCapacity(cohort([course('Fr')], [], pupils(30, ['Fr'], 'p')));
    expect(report.staffingPlanned).toBe(false);
    expect(byCode(report, 'Fr')).toMatchObject({ status: 'no-groups', warning: null });
  });
});
