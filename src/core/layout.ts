import type { Course } from './model';

/**
 * A teaching group placed in the block grid: which course it teaches, the block(s) it sits in
 * (two for a double course) and, when staff are planned, who teaches it.
 */
export interface PlacedGroup {
  course: string;
  /** Unique within a layout, e.g. "Fr-2". */
  label: string;
  blocks: string[];
  teacher: string | null;
}

/** A pupil's place in a layout: the label of the group taken for each choice that is met. */
export interface PupilAllocation {
  upn: string;
  groups: string[];
}

/** How many groups a course runs: as the school fixed it, or enough to seat its demand. */
export function groupsToRun(course: Course, demand: number): number {
  if (course.groups !== null) return course.groups;
  return Math.max(1, Math.ceil(demand / course.maxGroupSize));
}

export function groupLabel(course: string, index: number): string {
  return `${course}-${index + 1}`;
}

/** Bit i stands for block i, so that clash tests are one AND (at most 31 blocks). */
export function blockMask(blockIndices: readonly number[]): number {
  let mask = 0;
  for (const index of blockIndices) mask |= 1 << index;
  return mask;
}

/** Looks block names up by index; a name that is not one of the plan's blocks is an error. */
export function blockIndexer(blocks: readonly string[]): (name: string) => number {
  const index = new Map(blocks.map((name, i) => [name, i]));
  return (name) => {
    const found = index.get(name);
    if (found === undefined)
      throw new RangeError(`Block "${name}" is not one of the plan's blocks.`);
    return found;
  };
}

/** Indices of the blocks a course may sit in (all of them when it names none). */
export function allowedIndices(allowed: readonly string[], blocks: readonly string[]): number[] {
  const all = blocks.map((_, b) => b);
  return allowed.length === 0 ? all : all.filter((b) => allowed.includes(blocks[b] ?? ''));
}

/** The single blocks, or for a double course every pair of blocks. */
export function blockSets(indices: readonly number[], spanned: number): number[][] {
  if (spanned === 1) return indices.map((b) => [b]);
  return indices.flatMap((first, i) => indices.slice(i + 1).map((second) => [first, second]));
}
