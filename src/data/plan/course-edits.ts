import type { BlocksSpanned, Course } from '../../core/model';
import { readBlocks, readCourses, upsertCourses } from './cohort-repository';
import type { PlanDatabase } from './plan-file';

/** Largest group size and fixed group count accepted: far beyond any school's, but a typo stops. */
export const COURSE_LIMITS = { maxGroupSize: 200, groups: 40, textLength: 40 } as const;

/** The course fields the courses screen may change; absent fields stay as they are. */
export interface CourseChanges {
  maxGroupSize?: number;
  minGroupSize?: number;
  /** null: the blocking engine decides from the demand. */
  groups?: number | null;
  blocksSpanned?: number;
  allowedBlocks?: string[];
  qualification?: string | null;
  category?: string | null;
}

/** An edit that breaks a rule; the message names the course and the rule. Nothing was saved. */
export class PlanEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanEditError';
  }
}

/**
 * Applies changes to one course in a single transaction, after checking them against the
 * plan's rules; a refused edit leaves the plan exactly as it was. Returns the saved course.
 */
export function editCourse(db: PlanDatabase, code: string, changes: CourseChanges): Course {
  return db.transaction(() => {
    const blocks = readBlocks(db);
    const current = readCourses(db).find(
      (course) => course.code.toUpperCase() === code.toUpperCase(),
    );
    if (!current) throw new PlanEditError(`The plan has no course with the code “${code}”.`);
    const edited = applyCourseChanges(current, changes, blocks);
    upsertCourses(db, [edited]);
    return edited;
  })();
}

/** The course with the changes made, or a PlanEditError naming the course and the rule broken. */
export function applyCourseChanges(
  course: Course,
  changes: CourseChanges,
  blocks: readonly string[],
): Course {
  const name = course.name;
  const maxGroupSize = changes.maxGroupSize ?? course.maxGroupSize;
  const minGroupSize = changes.minGroupSize ?? course.minGroupSize;
  const groups = changes.groups === undefined ? course.groups : changes.groups;
  const spanned = changes.blocksSpanned ?? course.blocksSpanned;

  requireWhole(maxGroupSize, `${name}: the maximum group size`, 1, COURSE_LIMITS.maxGroupSize);
  requireWhole(minGroupSize, `${name}: the minimum group size`, 1, COURSE_LIMITS.maxGroupSize);
  if (minGroupSize > maxGroupSize) {
    throw new PlanEditError(
      `${name}: the minimum group size (${minGroupSize}) cannot be larger than the maximum ` +
        `(${maxGroupSize}).`,
    );
  }
  if (groups !== null) {
    requireWhole(groups, `${name}: the number of groups`, 0, COURSE_LIMITS.groups);
  }
  if (spanned !== 1 && spanned !== 2) {
    throw new PlanEditError(`${name}: a course spans one block or two, not ${spanned}.`);
  }
  const blocksSpanned: BlocksSpanned = spanned;
  const allowedBlocks = changes.allowedBlocks
    ? canonicalBlocks(changes.allowedBlocks, blocks, name)
    : course.allowedBlocks;
  if (blocksSpanned === 2 && blocks.length < 2) {
    throw new PlanEditError(
      `${name} cannot span two blocks: the plan has only ${blocks.length === 1 ? 'one block' : 'no blocks'}.`,
    );
  }
  if (blocksSpanned === 2 && allowedBlocks.length === 1) {
    throw new PlanEditError(
      `${name} spans two blocks, so it needs at least two allowed blocks; only block ` +
        `${allowedBlocks[0]} is ticked. Tick another block, or none to allow any block.`,
    );
  }
  return {
    ...course,
    maxGroupSize,
    minGroupSize,
    groups,
    blocksSpanned,
    allowedBlocks,
    qualification:
      changes.qualification === undefined
        ? course.qualification
        : cleanText(changes.qualification, `${name}: the qualification`),
    category:
      changes.category === undefined
        ? course.category
        : cleanText(changes.category, `${name}: the category`),
  };
}

/** Block names as the plan spells them, in the plan's order; unknown names are refused. */
export function canonicalBlocks(
  names: readonly string[],
  blocks: readonly string[],
  owner: string,
): string[] {
  const wanted = new Set(names.map((block) => block.trim().toUpperCase()));
  for (const block of names) {
    if (!blocks.some((known) => known.toUpperCase() === block.trim().toUpperCase())) {
      throw new PlanEditError(
        `${owner}: the plan has no block called “${block}” (its blocks are ${blocks.join(', ')}).`,
      );
    }
  }
  return blocks.filter((block) => wanted.has(block.toUpperCase()));
}

export function requireWhole(value: number, what: string, min: number, max: number): void {
  if (!Number.isInteger(value)) {
    throw new PlanEditError(`${what} must be a whole number, not ${value}.`);
  }
  if (value < min)
    throw new PlanEditError(`${what} cannot be less than ${min} (you gave ${value}).`);
  if (value > max)
    throw new PlanEditError(`${what} cannot be more than ${max} (you gave ${value}).`);
}

/** Trimmed text, null when blank; long text is refused rather than cut. */
function cleanText(value: string | null, what: string): string | null {
  const text = value?.trim() ?? '';
  if (text.length > COURSE_LIMITS.textLength) {
    throw new PlanEditError(`${what} is too long: at most ${COURSE_LIMITS.textLength} characters.`);
  }
  return text === '' ? null : text;
}
