import type { Cohort } from '../model';
import type { Solution } from '../solver/types';
import {
  dayLabel,
  listInWords,
  periodKey,
  periodLabel,
  type Period,
  type TimetableFrame,
} from './frame';
import { problem, type TimetableProblem } from './problems';
import { courseText, teacherText } from './words';

/**
 * A part-time teacher whose group's block meets while they are away: one problem per group and
 * block, listing the periods. Needs the groups' teachers, so only with a scenario.
 */
export function teacherAwayProblems(
  cohort: Cohort,
  frame: TimetableFrame,
  placed: ReadonlyMap<string, Period[]>,
  solution: Solution,
): TimetableProblem[] {
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const courses = new Map(cohort.courses.map((course) => [course.code, course]));
  const problems: TimetableProblem[] = [];
  for (const group of solution.groups) {
    const member = group.teacher === null ? undefined : staff.get(group.teacher);
    if (!member) continue;
    const away = new Set((frame.staffAway[member.code] ?? []).map(periodKey));
    if (away.size === 0) continue;
    for (const block of group.blocks) {
      const clashes = (placed.get(block) ?? []).filter((period) => away.has(periodKey(period)));
      if (clashes.length === 0) continue;
      const course = courses.get(group.course);
      const teacher = teacherText(member);
      problems.push(
        problem(
          'teacher-away',
          `${teacher} teaches ${course ? courseText(course) : group.course} group ${group.label} in block ${block}, which meets in ${listInWords(clashes.map((p) => periodLabel(frame, p)))}, when ${teacher} is not in school.`,
          `Move block ${block} out of those periods, or give group ${group.label} to a teacher who is in.`,
          { blocks: [block], courses: [group.course], staff: [member.code], periods: clashes },
        ),
      );
    }
  }
  return problems;
}

/**
 * A partner or college course's block meeting on a day the partner does not teach it. The
 * blocks are those its groups sit in, or without a scenario, the blocks it is allowed in.
 */
export function partnerDayProblems(
  cohort: Cohort,
  frame: TimetableFrame,
  placed: ReadonlyMap<string, Period[]>,
  solution: Solution | null,
): TimetableProblem[] {
  const problems: TimetableProblem[] = [];
  for (const course of cohort.courses) {
    const days = frame.partnerDays[course.code];
    if (!days) continue;
    const allowed = new Set(days.map((day) => `${day.week}:${day.day}`));
    const blocks = solution
      ? [
          ...new Set(
            solution.groups
              .filter((group) => group.course === course.code)
              .flatMap((group) => group.blocks),
          ),
        ]
      : course.allowedBlocks;
    const daysText =
      days.length === 0 ? 'no days' : listInWords(days.map((day) => dayLabel(frame, day)));
    for (const block of blocks) {
      const outside = (placed.get(block) ?? []).filter(
        (period) => !allowed.has(`${period.week}:${period.day}`),
      );
      if (outside.length === 0) continue;
      problems.push(
        problem(
          'partner-day',
          `${courseText(course)} is taught by a partner on ${daysText}, but block ${block} meets in ${listInWords(outside.map((p) => periodLabel(frame, p)))}.`,
          `Move block ${block} onto the partner's days, or place ${course.name} in a block that meets only then.`,
          { blocks: [block], courses: [course.code], periods: outside },
        ),
      );
    }
  }
  return problems;
}
