import type { ChoiceList, Cohort, Course, StaffMember } from '../model';
import { closestCourse } from '../pathways/suggest';
import { describeWhatIf } from './describe';
import { courseHint, findCourse, findStaff, sameCode } from './lookup';
import type { WhatIfEdit, WhatIfResult } from './types';

/**
 * The cohort as a scenario sees it: each what-if applied in order over a copy. An edit that
 * cannot be applied (an unknown course, a teacher already in the plan) is skipped and named in
 * `problems`, so a caller can refuse the whole set before saving it.
 */
export function applyWhatIfs(base: Cohort, edits: readonly WhatIfEdit[]): WhatIfResult {
  const cohort = copyCohort(base);
  const problems: string[] = [];
  const dropped: Course[] = [];
  edits.forEach((edit, index) => {
    const problem = applyOne(cohort, edit, dropped);
    if (problem !== null) {
      problems.push(`What-if ${index + 1} ("${describeWhatIf(base, edit)}"): ${problem}`);
    }
  });
  return { cohort, problems };
}

/** Applies one edit in place; returns what is wrong with it instead, or null. */
function applyOne(cohort: Cohort, edit: WhatIfEdit, dropped: Course[]): string | null {
  switch (edit.kind) {
    case 'drop-course': {
      const course = findCourse(cohort, edit.course);
      if (!course) return unknownCourse(cohort, edit.course, dropped);
      dropCourse(cohort, course.code);
      dropped.push(course);
      return null;
    }
    case 'set-groups': {
      const course = findCourse(cohort, edit.course);
      if (!course) return unknownCourse(cohort, edit.course, dropped);
      course.groups = edit.groups;
      return null;
    }
    case 'set-size-limit': {
      const course = findCourse(cohort, edit.course);
      if (!course) return unknownCourse(cohort, edit.course, dropped);
      course.maxGroupSize = edit.maxGroupSize;
      // A smallest viable group above the new limit could never run.
      course.minGroupSize = Math.min(course.minGroupSize, edit.maxGroupSize);
      return null;
    }
    case 'remove-teacher': {
      const member = findStaff(cohort, edit.staff);
      if (!member) return `the plan has no teacher with the code ${edit.staff}.`;
      cohort.staff = cohort.staff.filter((entry) => entry !== member);
      return null;
    }
    case 'add-teacher':
      return addTeacher(cohort, edit, dropped);
    case 'set-blocks':
      return setBlocks(cohort, edit.blocks);
    case 'change-choices':
      return changeChoices(cohort, edit, dropped);
  }
}

function unknownCourse(cohort: Cohort, code: string, dropped: readonly Course[]): string {
  const gone = dropped.find((course) => sameCode(course.code, code));
  if (gone) return `${gone.name} (${gone.code}) is dropped by an earlier what-if.`;
  const hint = courseHint(cohort, code);
  const droppedLikely = hint === '' ? closestCourse(code, dropped) : undefined;
  const droppedHint = droppedLikely
    ? ` Did you mean ${droppedLikely.code} (${droppedLikely.name})? An earlier what-if drops it.`
    : '';
  return `the plan has no course with the code ${code}.${hint}${droppedHint}`;
}

/** The course goes, and with it every pupil's choice or reserve of it and every qualification. */
function dropCourse(cohort: Cohort, code: string): void {
  cohort.courses = cohort.courses.filter((course) => course.code !== code);
  cohort.choices = cohort.choices.map((list) => ({
    upn: list.upn,
    choices: list.choices.filter((choice) => choice !== code),
    reserves: list.reserves.filter((reserve) => reserve !== code),
  }));
  cohort.staff = cohort.staff.map((member) => ({
    ...member,
    courses: member.courses.filter((course) => course !== code),
  }));
}

function addTeacher(
  cohort: Cohort,
  edit: Extract<WhatIfEdit, { kind: 'add-teacher' }>,
  dropped: readonly Course[],
): string | null {
  const existing = findStaff(cohort, edit.staff);
  if (existing) {
    return `the plan already has a teacher with the code ${edit.staff} (${existing.name}); choose a new code.`;
  }
  const courses: string[] = [];
  for (const code of edit.courses) {
    const course = findCourse(cohort, code);
    if (!course) return unknownCourse(cohort, code, dropped);
    if (courses.includes(course.code)) return `${course.name} is listed twice.`;
    courses.push(course.code);
  }
  const member: StaffMember = {
    code: edit.staff.trim(),
    name: edit.name.trim(),
    courses,
    maxGroups: edit.maxGroups,
    unavailableBlocks: [],
  };
  cohort.staff = [...cohort.staff, member];
  return null;
}

/**
 * The blocks become exactly `names`. Courses kept to blocks and staff away in blocks keep only
 * the blocks still in the list: a constraint on a block that no longer exists cannot hold.
 */
function setBlocks(cohort: Cohort, names: readonly string[]): string | null {
  const blocks = names.map((name) => name.trim());
  const repeated = blocks.find((name, index) =>
    blocks.slice(0, index).some((earlier) => sameCode(earlier, name)),
  );
  if (repeated !== undefined) return `block ${repeated} is listed twice.`;
  const kept = (list: readonly string[]) =>
    list.flatMap((block) => blocks.filter((name) => sameCode(name, block)));
  cohort.blocks = blocks;
  cohort.courses = cohort.courses.map((course) => ({
    ...course,
    allowedBlocks: kept(course.allowedBlocks),
  }));
  cohort.staff = cohort.staff.map((member) => ({
    ...member,
    unavailableBlocks: kept(member.unavailableBlocks),
  }));
  return null;
}

function changeChoices(
  cohort: Cohort,
  edit: Extract<WhatIfEdit, { kind: 'change-choices' }>,
  dropped: readonly Course[],
): string | null {
  const pupil = cohort.pupils.find((entry) => sameCode(entry.upn, edit.upn));
  if (!pupil) return `the plan has no pupil with the UPN ${edit.upn}.`;
  const listed: string[] = [];
  for (const code of [...edit.choices, ...edit.reserves]) {
    const course = findCourse(cohort, code);
    if (!course) return unknownCourse(cohort, code, dropped);
    if (listed.includes(course.code)) {
      return `${course.name} is listed twice for ${pupil.forename} ${pupil.surname}.`;
    }
    listed.push(course.code);
  }
  const list: ChoiceList = {
    upn: pupil.upn,
    choices: listed.slice(0, edit.choices.length),
    reserves: listed.slice(edit.choices.length),
  };
  const at = cohort.choices.findIndex((entry) => entry.upn === pupil.upn);
  if (at === -1) cohort.choices = [...cohort.choices, list];
  else cohort.choices = cohort.choices.map((entry, index) => (index === at ? list : entry));
  return null;
}

function copyCohort(cohort: Cohort): Cohort {
  return {
    blocks: [...cohort.blocks],
    courses: cohort.courses.map((course) => ({
      ...course,
      allowedBlocks: [...course.allowedBlocks],
    })),
    pupils: cohort.pupils.map((pupil) => ({
      ...pupil,
      priorAttainment: { ...pupil.priorAttainment },
    })),
    choices: cohort.choices.map((list) => ({
      upn: list.upn,
      choices: [...list.choices],
      reserves: [...list.reserves],
    })),
    staff: cohort.staff.map((member) => ({
      ...member,
      courses: [...member.courses],
      unavailableBlocks: [...member.unavailableBlocks],
    })),
  };
}
