import { z } from 'zod';

/** The timetable frame: the cycle, the periods each block meets in, and what is checked. */

/** Most days and periods a cycle can have: generous for any school, small enough to draw. */
export const TIMETABLE_LIMITS = { maxDays: 7, maxPeriodsPerDay: 12, maxPeriodsNeeded: 100 };

const code = z.string().trim().min(1).max(40);
const count = (max: number) => z.int().min(1).max(max);

/** Weeks, days and periods count from 1; a period beyond the cycle is reported, not refused. */
export const period = z.strictObject({
  week: count(2),
  day: count(TIMETABLE_LIMITS.maxDays),
  period: count(TIMETABLE_LIMITS.maxPeriodsPerDay),
});

export const cycleDay = z.strictObject({
  week: count(2),
  day: count(TIMETABLE_LIMITS.maxDays),
});

const allPeriods = 2 * TIMETABLE_LIMITS.maxDays * TIMETABLE_LIMITS.maxPeriodsPerDay;

export const timetableFrame = z.strictObject({
  weeks: z.union([z.literal(1), z.literal(2)]),
  days: z.array(z.string().trim().min(1).max(20)).min(1).max(TIMETABLE_LIMITS.maxDays),
  periodsPerDay: count(TIMETABLE_LIMITS.maxPeriodsPerDay),
  blockPeriods: z.record(code, z.array(period).max(allPeriods)),
  coursePeriods: z.record(code, z.int().min(0).max(TIMETABLE_LIMITS.maxPeriodsNeeded)),
  staffAway: z.record(code, z.array(period).max(allPeriods)),
  partnerDays: z.record(code, z.array(cycleDay).max(2 * TIMETABLE_LIMITS.maxDays)),
});

export const timetableProblem = z.object({
  kind: z.enum([
    'period-clash',
    'outside-cycle',
    'not-enough-time',
    'teacher-away',
    'partner-day',
    'block-unplaced',
    'unknown-code',
  ]),
  message: z.string(),
  action: z.string(),
  blocks: z.array(z.string()),
  courses: z.array(z.string()),
  staff: z.array(z.string()),
  periods: z.array(z.object({ week: z.int(), day: z.int(), period: z.int() })),
});

export const timetableView = z.object({
  frame: timetableFrame,
  /** False while the plan has no saved frame and the default is shown. */
  saved: z.boolean(),
  /** Why the saved frame could not be read; the default is shown and saving replaces it. */
  damaged: z.string().nullable(),
  blocks: z.array(z.string()),
  courses: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      blocksSpanned: z.union([z.literal(1), z.literal(2)]),
    }),
  ),
  staff: z.array(z.object({ code: z.string(), name: z.string() })),
  /** Scenarios whose groups and teachers can be checked; the first choice is the default. */
  scenarios: z.array(z.object({ name: z.string(), isAgreed: z.boolean() })),
  /** The scenario checked against; null when the plan has none. */
  scenario: z.string().nullable(),
  problems: z.array(timetableProblem),
  blockTimes: z.array(z.object({ block: z.string(), periods: z.int() })),
  courseTimes: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      blocksSpanned: z.union([z.literal(1), z.literal(2)]),
      needed: z.int().nullable(),
      given: z.int().nullable(),
      givenBy: z.string().nullable(),
    }),
  ),
});

const scenarioName = z.string().trim().min(1).max(200);
const onScenario = { scenario: scenarioName.optional() };

export const timetableContract = {
  /** The saved frame (or the default) checked against the agreed, else newest, scenario. */
  getTimetable: { input: z.strictObject(onScenario).optional(), output: timetableView },
  /** Checks a frame being edited without saving it. */
  checkTimetable: {
    input: z.strictObject({ ...onScenario, frame: timetableFrame }),
    output: timetableView,
  },
  /** Saves the frame, or refuses it (invalid-edit) naming what is wrong; nothing else changes. */
  saveTimetable: {
    input: z.strictObject({ ...onScenario, frame: timetableFrame }),
    output: timetableView,
  },
} as const;

export type TimetableFrameInput = z.input<typeof timetableFrame>;
export type TimetableView = z.output<typeof timetableView>;
export type TimetableProblemView = z.output<typeof timetableProblem>;
export type PeriodView = z.output<typeof period>;
export type CycleDayView = z.output<typeof cycleDay>;
