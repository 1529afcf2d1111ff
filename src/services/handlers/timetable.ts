import { checkTimetable, distinctPeriods, type TimetableFrame } from '../../core/timetable';
import type { Solution } from '../../core/solver/types';
import { readCohort } from '../../data/plan/cohort-repository';
import type { PlanDatabase } from '../../data/plan/plan-file';
import {
  agreedOrLatestScenarioName,
  listScenarios,
  readScenario,
} from '../../data/plan/scenario-repository';
import { readTimetable, writeTimetable } from '../../data/timetable/timetable-repository';
import type { TimetableView, timetableContract } from '../../shared/contract/timetable';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

interface FrameState {
  saved: boolean;
  damaged: string | null;
}

export function timetableHandlers({
  session,
  exclusive,
}: ServiceContext): HandlersFor<typeof timetableContract> {
  return {
    getTimetable: (input) => {
      const db = session.db;
      const { frame, saved, damaged } = readTimetable(db);
      return timetableView(db, frame, { saved, damaged }, scenarioSolution(db, input?.scenario));
    },

    checkTimetable: ({ frame, scenario }) => {
      const db = session.db;
      const { saved, damaged } = readTimetable(db);
      return timetableView(db, frame, { saved, damaged }, scenarioSolution(db, scenario));
    },

    saveTimetable: ({ frame, scenario }) =>
      exclusive(() => {
        const db = session.db;
        refuseRepeatedDays(frame.days);
        // An unknown scenario is refused before anything is written.
        const solution = scenarioSolution(db, scenario);
        const kept = withoutUnknownCodes(db, frame);
        writeTimetable(db, kept);
        return timetableView(db, kept, { saved: true, damaged: null }, solution);
      }),
  };
}

interface ScenarioSolution {
  /** The scenario checked against: the one asked for, else the agreed, else the newest. */
  scenario: string | null;
  solution: Solution | null;
}

function scenarioSolution(db: PlanDatabase, asked: string | undefined): ScenarioSolution {
  const scenario = asked ?? agreedOrLatestScenarioName(db);
  if (scenario === null) return { scenario, solution: null };
  const stored = readScenario(db, scenario);
  if (!stored) {
    throw new ServiceError('invalid-edit', `The plan has no scenario called "${scenario}".`);
  }
  return { scenario, solution: stored.solution };
}

function timetableView(
  db: PlanDatabase,
  frame: TimetableFrame,
  state: FrameState,
  { scenario, solution }: ScenarioSolution,
): TimetableView {
  const cohort = readCohort(db);
  const check = checkTimetable(cohort, frame, solution);
  return {
    frame,
    ...state,
    blocks: cohort.blocks,
    courses: cohort.courses.map(({ code, name, blocksSpanned }) => ({ code, name, blocksSpanned })),
    staff: cohort.staff.map(({ code, name }) => ({ code, name })),
    scenarios: listScenarios(db).map(({ name, isAgreed }) => ({ name, isAgreed })),
    scenario,
    problems: check.problems,
    blockTimes: check.blocks,
    courseTimes: check.courses,
  };
}

function refuseRepeatedDays(days: readonly string[]): void {
  const seen = new Set<string>();
  for (const day of days) {
    const key = day.toLocaleLowerCase('en-GB');
    if (seen.has(key)) {
      throw new ServiceError(
        'invalid-edit',
        `Each day of the cycle needs its own name: “${day}” is given twice.`,
      );
    }
    seen.add(key);
  }
}

/**
 * What is saved: entries for blocks, courses and staff the plan has (others were reported as
 * problems and cannot be edited on the grid), with each list of periods in order and once.
 */
function withoutUnknownCodes(db: PlanDatabase, frame: TimetableFrame): TimetableFrame {
  const cohort = readCohort(db);
  const blocks = new Set(cohort.blocks);
  const courses = new Set(cohort.courses.map((course) => course.code));
  const staff = new Set(cohort.staff.map((member) => member.code));
  const keep = <T>(record: Record<string, T>, known: Set<string>, tidy: (value: T) => T) =>
    Object.fromEntries(
      Object.entries(record)
        .filter(([key]) => known.has(key))
        .map(([key, value]) => [key, tidy(value)]),
    );
  return {
    weeks: frame.weeks,
    days: [...frame.days],
    periodsPerDay: frame.periodsPerDay,
    blockPeriods: keep(frame.blockPeriods, blocks, distinctPeriods),
    coursePeriods: keep(frame.coursePeriods, courses, (needed) => needed),
    staffAway: keep(frame.staffAway, staff, distinctPeriods),
    partnerDays: keep(frame.partnerDays, courses, (days) => [
      ...new Map(days.map((day) => [`${day.week}:${day.day}`, day])).values(),
    ]),
  };
}
