import { z } from 'zod';
import { noPayload } from './core';

/** Courses and staff: size limits, group counts, blocks, who teaches what, staffing capacity. */

const code = z.string().trim().min(1).max(40);
const blockName = z.string().trim().min(1).max(40);
/** Free text fields on a course; the services refuse overlong text with a message. */
const shortText = z.string().max(200).nullable();

export const courseRow = z.object({
  code: z.string(),
  name: z.string(),
  maxGroupSize: z.int(),
  minGroupSize: z.int(),
  /** Fixed number of groups; null when the blocking engine decides from the demand. */
  groups: z.int().nullable(),
  blocksSpanned: z.union([z.literal(1), z.literal(2)]),
  /** Empty: any block. */
  allowedBlocks: z.array(z.string()),
  qualification: z.string().nullable(),
  category: z.string().nullable(),
  /** Pupils who chose it (reserves excluded). */
  demand: z.int(),
  /** The fixed count, else enough groups to seat the demand at the maximum size. */
  groupsNeeded: z.int(),
});

export const staffRow = z.object({
  code: z.string(),
  name: z.string(),
  courses: z.array(z.string()),
  /** null: one group per block. */
  maxGroups: z.int().nullable(),
  unavailableBlocks: z.array(z.string()),
  /** Groups the teacher could take in all: one per free block, within their maximum. */
  teachingTime: z.int(),
  /** Groups they teach in the latest scenario; null when no scenario has been made. */
  load: z.int().nullable(),
});

export const courseStaffing = z.object({
  code: z.string(),
  name: z.string(),
  demand: z.int(),
  groupsNeeded: z.int(),
  fixedGroups: z.boolean(),
  teachers: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      capacity: z.int(),
      alsoNeededFor: z.array(z.string()),
    }),
  ),
  capacity: z.int(),
  status: z.enum([
    'no-groups',
    'ok',
    'relies-on-shared',
    'shared-shortage',
    'shortage',
    'no-teacher',
  ]),
  warning: z.string().nullable(),
});

export const coursesAndStaff = z.object({
  blocks: z.array(z.string()),
  courses: z.array(courseRow),
  staff: z.array(staffRow),
  /** The scenario the staff loads come from; null when the plan has none. */
  loadScenario: z.string().nullable(),
  staffing: z.object({
    staffingPlanned: z.boolean(),
    courses: z.array(courseStaffing),
    sharedShortages: z.array(
      z.object({
        courses: z.array(z.string()),
        groupsNeeded: z.int(),
        capacity: z.int(),
        teachers: z.array(z.string()),
        message: z.string(),
      }),
    ),
  }),
});

/** Whole numbers only: ranges are checked by the services, whose messages name the course. */
export const courseChanges = z.strictObject({
  maxGroupSize: z.int().optional(),
  minGroupSize: z.int().optional(),
  groups: z.int().nullable().optional(),
  blocksSpanned: z.int().optional(),
  allowedBlocks: z.array(blockName).max(40).optional(),
  qualification: shortText.optional(),
  category: shortText.optional(),
});

export const staffChanges = z.strictObject({
  courses: z.array(code).max(200).optional(),
  maxGroups: z.int().nullable().optional(),
  unavailableBlocks: z.array(blockName).max(40).optional(),
});

export const coursesContract = {
  getCoursesAndStaff: { input: noPayload, output: coursesAndStaff },
  /** Saves the changes to one course, or refuses them all (invalid-edit) naming the rule. */
  updateCourse: {
    input: z.strictObject({ code, changes: courseChanges }),
    output: coursesAndStaff,
  },
  /** Saves the changes to one member of staff, or refuses them all (invalid-edit). */
  updateStaffMember: {
    input: z.strictObject({ code, changes: staffChanges }),
    output: coursesAndStaff,
  },
} as const;

export type CoursesAndStaffView = z.output<typeof coursesAndStaff>;
export type CourseRowView = z.output<typeof courseRow>;
export type StaffRowView = z.output<typeof staffRow>;
export type CourseStaffingView = z.output<typeof courseStaffing>;
export type CourseChangesInput = z.input<typeof courseChanges>;
export type StaffChangesInput = z.input<typeof staffChanges>;
