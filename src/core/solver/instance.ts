import type { Cohort } from '../model';
import { SolverInputError } from './errors';
import { decideGroupCounts, plural, staffingPlanned } from './group-counts';
import { bitCount, masksOfSize, maskOfNames } from './masks';
import type { SolveOptions } from './types';

export interface CourseInfo {
  code: string;
  name: string;
  maxSize: number;
  minSize: number;
  span: 1 | 2;
  allowedMask: number;
  /** Every mask a group of this course may take. */
  placements: number[];
  groups: number[];
}

export interface GroupInfo {
  label: string;
  course: number;
}

export interface StaffInfo {
  code: string;
  courses: Set<number>;
  availableMask: number;
  /** Option groups this teacher can take; a double group counts once but fills two blocks. */
  maxGroups: number;
}

export interface PupilInfo {
  upn: string;
  choices: number[];
  reserves: number[];
  /** Course index to the group the pupil is locked into. */
  locks: Map<number, number>;
}

/** The cohort indexed for the search: courses, groups, staff and pupils by number. */
export interface Instance {
  blocks: string[];
  allMask: number;
  courses: CourseInfo[];
  groups: GroupInfo[];
  staff: StaffInfo[];
  /** False when the cohort has no staff: groups are then placed and seated, not staffed. */
  staffed: boolean;
  pupils: PupilInfo[];
  courseIndex: Map<string, number>;
  groupIndex: Map<string, number>;
  pins: Map<number, number>;
  apart: [number, number][];
  together: [number, number][];
}

const MAX_BLOCKS = 30;

export function groupLabel(code: string, ordinal: number): string {
  return `${code}${ordinal + 1}`;
}

/** Checks the input and indexes it; throws a SolverInputError naming every problem found. */
export function buildInstance(cohort: Cohort, options: SolveOptions = {}): Instance {
  const { blocks } = cohort;
  if (blocks.length === 0 || blocks.length > MAX_BLOCKS) {
    throw new SolverInputError([
      `A plan needs from 1 to ${MAX_BLOCKS} blocks, not ${blocks.length}.`,
    ]);
  }
  const allMask = (1 << blocks.length) - 1;
  const { counts, problems } = decideGroupCounts(cohort, options.groupCounts);
  const courseIndex = new Map(cohort.courses.map((course, i) => [course.code, i]));
  const courses: CourseInfo[] = [];
  const groups: GroupInfo[] = [];
  cohort.courses.forEach((course, c) => {
    const allowedMask =
      course.allowedBlocks.length === 0 ? allMask : maskOfNames(course.allowedBlocks, blocks);
    const unknown = course.allowedBlocks.filter((name) => !blocks.includes(name));
    if (unknown.length > 0) {
      problems.push(`${course.name} is allowed in ${unknown.join(', ')}, which is not a block.`);
    }
    const count = counts.get(course.code) ?? 0;
    if (course.blocksSpanned === 2 && bitCount(allowedMask) < 2) {
      problems.push(
        `${course.name} spans two blocks but is allowed in only ${plural(bitCount(allowedMask), 'block')}.`,
      );
    }
    const ids: number[] = [];
    for (let ordinal = 0; ordinal < count; ordinal += 1) {
      ids.push(groups.length);
      groups.push({ label: groupLabel(course.code, ordinal), course: c });
    }
    courses.push({
      code: course.code,
      name: course.name,
      maxSize: course.maxGroupSize,
      minSize: course.minGroupSize,
      span: course.blocksSpanned,
      allowedMask,
      placements: masksOfSize(allowedMask, course.blocksSpanned),
      groups: ids,
    });
  });
  const groupIndex = new Map(groups.map((group, g) => [group.label, g]));

  const staff: StaffInfo[] = cohort.staff.map((member) => ({
    code: member.code,
    courses: new Set(member.courses.flatMap((code) => courseIndex.get(code) ?? [])),
    availableMask: allMask & ~maskOfNames(member.unavailableBlocks, blocks),
    maxGroups: member.maxGroups ?? blocks.length,
  }));

  const pins = readPins(options.pins ?? {}, blocks, courses, groups, groupIndex, problems);
  if (staffingPlanned(cohort)) checkPinnedStaff(pins, blocks, courses, groups, staff, problems);
  const rules = readRules(options, groupIndex, problems);
  const pupils = readPupils(cohort, options, courseIndex, groupIndex, groups, problems);
  if (problems.length > 0) throw new SolverInputError(problems);
  return {
    blocks,
    allMask,
    courses,
    groups,
    staff,
    staffed: staffingPlanned(cohort),
    pupils,
    courseIndex,
    groupIndex,
    pins,
    ...rules,
  };
}

function readPins(
  given: Record<string, string[]>,
  blocks: readonly string[],
  courses: readonly CourseInfo[],
  groups: readonly GroupInfo[],
  groupIndex: ReadonlyMap<string, number>,
  problems: string[],
): Map<number, number> {
  const pins = new Map<number, number>();
  for (const [label, names] of Object.entries(given)) {
    const g = groupIndex.get(label);
    const course = g === undefined ? undefined : courses[groups[g]?.course ?? -1];
    if (g === undefined || course === undefined) {
      problems.push(`Group ${label} is pinned, but there is no such group.`);
      continue;
    }
    const unknown = names.filter((name) => !blocks.includes(name));
    const mask = maskOfNames(names, blocks);
    if (unknown.length > 0) {
      problems.push(`Group ${label} is pinned to ${unknown.join(', ')}, which is not a block.`);
    } else if (bitCount(mask) !== course.span || names.length !== course.span) {
      problems.push(
        `Group ${label} must be pinned to ${plural(course.span, 'block')}, not to ${names.join(', ') || 'none'}.`,
      );
    } else if ((mask & ~course.allowedMask) !== 0) {
      problems.push(
        `Group ${label} is pinned to block ${names.join(' and ')}, where ${course.name} is not allowed.`,
      );
    } else {
      pins.set(g, mask);
    }
  }
  return pins;
}

/** Each pinned group needs its own qualified teacher who is free in its block(s). */
function checkPinnedStaff(
  pins: ReadonlyMap<number, number>,
  blocks: readonly string[],
  courses: readonly CourseInfo[],
  groups: readonly GroupInfo[],
  staff: readonly StaffInfo[],
  problems: string[],
): void {
  const pinnedPerBlock = new Map<string, number[]>();
  for (const [g, mask] of pins) {
    blocks.forEach((name, b) => {
      if (mask & (1 << b)) pinnedPerBlock.set(name, [...(pinnedPerBlock.get(name) ?? []), g]);
    });
  }
  for (const [name, pinned] of pinnedPerBlock) {
    const bit = 1 << blocks.indexOf(name);
    const byCourse = new Map<number, number>();
    for (const g of pinned) {
      const c = groups[g]?.course ?? -1;
      byCourse.set(c, (byCourse.get(c) ?? 0) + 1);
    }
    for (const [c, count] of byCourse) {
      const free = staff.filter((t) => t.courses.has(c) && (t.availableMask & bit) !== 0).length;
      if (count > free) {
        problems.push(
          `${plural(count, 'group')} of ${courses[c]?.name ?? ''} are pinned to block ${name}, but only ${plural(free, 'teacher')} who can teach it ${free === 1 ? 'is' : 'are'} free there.`,
        );
      }
    }
  }
}

function readRules(
  options: SolveOptions,
  groupIndex: ReadonlyMap<string, number>,
  problems: string[],
): { apart: [number, number][]; together: [number, number][] } {
  const apart: [number, number][] = [];
  const together: [number, number][] = [];
  for (const rule of options.rules ?? []) {
    const [first, second] = rule.groups.map((label) => groupIndex.get(label));
    if (first === undefined || second === undefined || first === second) {
      problems.push(`The rule on ${rule.groups.join(' and ')} must name two different groups.`);
      continue;
    }
    (rule.kind === 'apart' ? apart : together).push([first, second]);
  }
  return { apart, together };
}

function readPupils(
  cohort: Cohort,
  options: SolveOptions,
  courseIndex: ReadonlyMap<string, number>,
  groupIndex: ReadonlyMap<string, number>,
  groups: readonly GroupInfo[],
  problems: string[],
): PupilInfo[] {
  const unknownCodes = new Set<string>();
  const codesToIndexes = (codes: readonly string[]): number[] =>
    codes.flatMap((code) => {
      const index = courseIndex.get(code);
      if (index === undefined) unknownCodes.add(code);
      return index ?? [];
    });
  const pupils: PupilInfo[] = cohort.choices.map((list) => {
    const choices = [...new Set(codesToIndexes(list.choices))];
    const reserves = [...new Set(codesToIndexes(list.reserves))].filter(
      (c) => !choices.includes(c),
    );
    return { upn: list.upn, choices, reserves, locks: new Map<number, number>() };
  });
  if (unknownCodes.size > 0) {
    problems.push(`Pupils chose ${[...unknownCodes].join(', ')}, which is not a course on offer.`);
  }
  const byUpn = new Map(pupils.map((pupil) => [pupil.upn, pupil]));
  for (const lock of options.lockedPlacements ?? []) {
    const pupil = byUpn.get(lock.upn);
    const g = groupIndex.get(lock.group);
    const c = courseIndex.get(lock.course);
    if (pupil === undefined)
      problems.push(`Pupil ${lock.upn} is locked into a group but has no choices.`);
    else if (g === undefined || c === undefined || groups[g]?.course !== c) {
      problems.push(
        `Pupil ${lock.upn} is locked into ${lock.group}, which is not a ${lock.course} group.`,
      );
    } else pupil.locks.set(c, g);
  }
  return pupils;
}
