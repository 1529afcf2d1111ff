import type { Cohort, Course, StaffMember } from '../../../src/core/model';
import {
  defaultTimetableFrame,
  type Period,
  type TimetableFrame,
} from '../../../src/core/timetable';

export function course(code: string, name: string, extra: Partial<Course> = {}): Course {
  return {
    code,
    name,
    maxGroupSize: 30,
    minGroupSize: 5,
    groups: null,
    blocksSpanned: 1,
    allowedBlocks: [],
    qualification: null,
    category: null,
    ...extra,
  };
}

export function teacher(code: string, name: string): StaffMember {
  return { code, name, courses: [], maxGroups: null, unavailableBlocks: [] };
}

/** Four blocks, French, History, a double Science and a college Construction course. */
export function smallCohort(): Cohort {
  return {
    blocks: ['A', 'B', 'C', 'D'],
    courses: [
      course('Fr', 'French'),
      course('Hi', 'History', { allowedBlocks: ['B', 'C'] }),
      course('TS', 'Triple Science', { blocksSpanned: 2, allowedBlocks: ['A', 'B', 'C'] }),
      course('Con', 'Construction', { allowedBlocks: ['D'] }),
    ],
    pupils: [],
    choices: [],
    staff: [teacher('JSM', 'Jo Smith'), teacher('RPA', 'Ravi Patel')],
  };
}

/** Week 1 periods on one day, e.g. `periods(1, 1, [1, 2])` for Monday periods 1 and 2. */
export function periods(week: number, day: number, numbers: number[]): Period[] {
  return numbers.map((period) => ({ week, day, period }));
}

export function frameWith(changes: Partial<TimetableFrame>): TimetableFrame {
  return { ...defaultTimetableFrame(), ...changes };
}
