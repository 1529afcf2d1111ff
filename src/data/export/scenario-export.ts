import type { Course, Pupil, StaffMember } from '../../core/model';
import type { Solution } from '../../core/solver/types';
import { readBlocks, readCourses, readPupils, readStaff } from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';
import type { StoredScenario } from '../plan/scenario-repository';
import { readSetting } from '../plan/settings-repository';

/** Everything the booklet, MIS and staffing exports need about one scenario of a plan. */
export interface ScenarioExport {
  /** The school's name as the plan records it; null when it was never set. */
  schoolName: string | null;
  /** The cohort's label, e.g. "Year 9 2026"; null when it was never set. */
  cohort: string | null;
  scenarioName: string;
  blocks: string[];
  courses: Course[];
  pupils: Pupil[];
  staff: StaffMember[];
  solution: Solution;
}

export function readScenarioExport(db: PlanDatabase, scenario: StoredScenario): ScenarioExport {
  return {
    schoolName: readSetting(db, 'school_name'),
    cohort: readSetting(db, 'cohort'),
    scenarioName: scenario.name,
    blocks: readBlocks(db),
    courses: readCourses(db),
    pupils: readPupils(db),
    staff: readStaff(db),
    solution: scenario.solution,
  };
}

/** "Demo Academy · Year 9 (demo)": the line that says whose plan a printed page belongs to. */
export function planTitleLine(plan: Pick<ScenarioExport, 'schoolName' | 'cohort'>): string {
  return [plan.schoolName, plan.cohort].filter((part) => part !== null && part !== '').join(' · ');
}
