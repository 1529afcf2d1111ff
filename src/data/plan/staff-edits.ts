import type { StaffMember } from '../../core/model';
import { readBlocks, readCourses, readStaff, upsertStaff } from './cohort-repository';
import { canonicalBlocks, PlanEditError, requireWhole } from './course-edits';
import type { PlanDatabase } from './plan-file';

/** The staff fields the courses screen may change; absent fields stay as they are. */
export interface StaffChanges {
  /** Codes of every course the teacher can teach (the whole list, not additions). */
  courses?: string[];
  /** null: one group per block. */
  maxGroups?: number | null;
  unavailableBlocks?: string[];
}

/**
 * Applies changes to one member of staff in a single transaction, after checking them; a
 * refused edit leaves the plan exactly as it was. Returns the saved staff member.
 */
export function editStaffMember(
  db: PlanDatabase,
  code: string,
  changes: StaffChanges,
): StaffMember {
  return db.transaction(() => {
    const current = readStaff(db).find(
      (member) => member.code.toUpperCase() === code.toUpperCase(),
    );
    if (!current)
      throw new PlanEditError(`The plan has no member of staff with the code “${code}”.`);
    const edited = applyStaffChanges(
      current,
      changes,
      readBlocks(db),
      readCourses(db).map((course) => course.code),
    );
    upsertStaff(db, [edited]);
    return edited;
  })();
}

export function applyStaffChanges(
  member: StaffMember,
  changes: StaffChanges,
  blocks: readonly string[],
  courseCodes: readonly string[],
): StaffMember {
  const who = `${member.name} (${member.code})`;
  const maxGroups = changes.maxGroups === undefined ? member.maxGroups : changes.maxGroups;
  if (maxGroups !== null) {
    // A teacher takes at most one group per block, so more than the blocks means nothing.
    requireWhole(maxGroups, `${who}: the most groups`, 0, blocks.length);
  }
  const unavailableBlocks = changes.unavailableBlocks
    ? canonicalBlocks(changes.unavailableBlocks, blocks, who)
    : member.unavailableBlocks;
  return {
    ...member,
    courses: changes.courses ? canonicalCourses(changes.courses, courseCodes, who) : member.courses,
    maxGroups,
    unavailableBlocks,
  };
}

/** Course codes as the plan spells them, in the plan's order; unknown codes are refused. */
function canonicalCourses(
  codes: readonly string[],
  known: readonly string[],
  who: string,
): string[] {
  const wanted = new Set(codes.map((code) => code.trim().toUpperCase()));
  for (const code of codes) {
    if (!known.some((course) => course.toUpperCase() === code.trim().toUpperCase())) {
      throw new PlanEditError(`${who}: the plan has no course with the code “${code}”.`);
    }
  }
  return known.filter((code) => wanted.has(code.toUpperCase()));
}
