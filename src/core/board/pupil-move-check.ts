import type { Cohort } from '../model';
import { pupilDisplayName } from '../model';
import type { Solution } from '../solver';
import type { DropCheck } from './types';
import { groupText } from './wording';

/** Whether a pupil may be put into `toGroup` for `courseCode`; no pupils are re-seated here. */
export function checkPupilMove(
  cohort: Cohort,
  solution: Solution,
  upn: string,
  courseCode: string,
  toGroup: string,
): DropCheck {
  const reasons: string[] = [];
  const pupil = cohort.pupils.find((p) => p.upn === upn);
  const hasChoices = cohort.choices.some((list) => list.upn === upn);
  if (!pupil && !hasChoices) reasons.push(`There is no pupil with UPN ${upn} in this plan.`);
  else if (!hasChoices) {
    const who = pupil ? `${pupilDisplayName(pupil)} (${upn})` : upn;
    reasons.push(`${who} has no option choices, so cannot be placed in a group.`);
  }
  const course = cohort.courses.find((c) => c.code === courseCode);
  const group = solution.groups.find((g) => g.label === toGroup);
  if (!course) reasons.push(`There is no course ${courseCode} in this plan.`);
  if (!group) reasons.push(`There is no group ${toGroup} in this plan.`);
  else if (course && group.course !== course.code) {
    const groupCourse = cohort.courses.find((c) => c.code === group.course);
    reasons.push(`${groupText(toGroup, groupCourse)} is not a ${course.name} group.`);
  }
  return { allowed: reasons.length === 0, reasons };
}
