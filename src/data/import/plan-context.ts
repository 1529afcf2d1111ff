import type { ChoiceList, Course, Pupil } from '../../core/model';
import {
  readBlocks,
  readBlocksInUse,
  readChoices,
  readCourseAliases,
  readCourses,
  readPathwayCodes,
  readPupils,
  readStaff,
  type CourseAlias,
} from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';

/** What checking an import needs to know about the plan as it is now. */
export interface PlanContext {
  blocks: string[];
  blocksInUse: string[];
  courses: Course[];
  aliases: CourseAlias[];
  pupils: Pupil[];
  choices: ChoiceList[];
  staffCodes: string[];
  pathwayCodes: string[];
}

export function readPlanContext(db: PlanDatabase): PlanContext {
  return {
    blocks: readBlocks(db),
    blocksInUse: readBlocksInUse(db),
    courses: readCourses(db),
    aliases: readCourseAliases(db),
    pupils: readPupils(db),
    choices: readChoices(db),
    staffCodes: readStaff(db).map((member) => member.code),
    pathwayCodes: readPathwayCodes(db),
  };
}
