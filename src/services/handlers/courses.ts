import { courseDemand } from '../../core/demand';
import { checkStaffingCapacity, groupsNeededFor, teacherTime } from '../../core/staffing-capacity';
import { readCohort } from '../../data/plan/cohort-repository';
import { editCourse, PlanEditError } from '../../data/plan/course-edits';
import type { PlanDatabase } from '../../data/plan/plan-file';
import { agreedOrLatestScenarioName, readScenario } from '../../data/plan/scenario-repository';
import { editStaffMember } from '../../data/plan/staff-edits';
import type { CoursesAndStaffView, coursesContract } from '../../shared/contract/courses';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function coursesHandlers({
  session,
  exclusive,
}: ServiceContext): HandlersFor<typeof coursesContract> {
  return {
    getCoursesAndStaff: () => coursesAndStaff(session.db),

    updateCourse: ({ code, changes }) =>
      exclusive(() => {
        const db = session.db;
        refusingBadEdits(() => editCourse(db, code, changes));
        return coursesAndStaff(db);
      }),

    updateStaffMember: ({ code, changes }) =>
      exclusive(() => {
        const db = session.db;
        refusingBadEdits(() => editStaffMember(db, code, changes));
        return coursesAndStaff(db);
      }),
  };
}

/** A rule an edit broke reaches the user as an invalid-edit value with the data layer's words. */
function refusingBadEdits(edit: () => unknown): void {
  try {
    edit();
  } catch (error) {
    if (error instanceof PlanEditError) throw new ServiceError('invalid-edit', error.message);
    throw error;
  }
}

function coursesAndStaff(db: PlanDatabase): CoursesAndStaffView {
  const cohort = readCohort(db);
  const demand = new Map(courseDemand(cohort).map((entry) => [entry.code, entry.total]));
  const loadScenario = agreedOrLatestScenarioName(db);
  const loads = new Map<string, number>();
  if (loadScenario !== null) {
    for (const group of readScenario(db, loadScenario)?.solution.groups ?? []) {
      if (group.teacher !== null) loads.set(group.teacher, (loads.get(group.teacher) ?? 0) + 1);
    }
  }
  const staffing = checkStaffingCapacity(cohort);
  return {
    blocks: cohort.blocks,
    courses: cohort.courses.map((course) => ({
      code: course.code,
      name: course.name,
      maxGroupSize: course.maxGroupSize,
      minGroupSize: course.minGroupSize,
      groups: course.groups,
      blocksSpanned: course.blocksSpanned,
      allowedBlocks: course.allowedBlocks,
      qualification: course.qualification,
      category: course.category,
      demand: demand.get(course.code) ?? 0,
      groupsNeeded: groupsNeededFor(course, demand.get(course.code) ?? 0),
    })),
    staff: cohort.staff.map((member) => ({
      code: member.code,
      name: member.name,
      courses: member.courses,
      maxGroups: member.maxGroups,
      unavailableBlocks: member.unavailableBlocks,
      teachingTime: teacherTime(cohort.blocks, member),
      load: loadScenario === null ? null : (loads.get(member.code) ?? 0),
    })),
    loadScenario,
    staffing: {
      staffingPlanned: staffing.staffingPlanned,
      courses: staffing.courses.map((course) => ({
        code: course.code,
        name: course.name,
        demand: course.demand,
        groupsNeeded: course.groupsNeeded,
        fixedGroups: course.fixedGroups,
        teachers: course.teachers.map((teacher) => ({
          code: teacher.code,
          name: teacher.name,
          capacity: teacher.capacity,
          alsoNeededFor: teacher.alsoNeededFor,
        })),
        capacity: course.capacity,
        status: course.status,
        warning: course.warning,
      })),
      sharedShortages: staffing.sharedShortages.map((shortage) => ({
        courses: shortage.courses,
        groupsNeeded: shortage.groupsNeeded,
        capacity: shortage.capacity,
        teachers: shortage.teachers,
        message: shortage.message,
      })),
    },
  };
}
