/**
 * The timetable frame: the school's cycle and where the option blocks sit in it. Weeks, days
 * and periods are counted from 1, as a timetabler says them ("week 2, day 3, period 4").
 */

/** One teaching period of the cycle. */
export interface Period {
  week: number;
  day: number;
  period: number;
}

/** One whole day of the cycle, for courses run by a partner school or college. */
export interface CycleDay {
  week: number;
  day: number;
}

export interface TimetableFrame {
  /** A one-week or a two-week (fortnightly) cycle. */
  weeks: 1 | 2;
  /** Day names in order; the same days every week. */
  days: string[];
  periodsPerDay: number;
  /** Block name to the periods the block meets in. */
  blockPeriods: Record<string, Period[]>;
  /** Course code to the periods it needs per cycle; a course not listed has no requirement. */
  coursePeriods: Record<string, number>;
  /** Staff code to the periods a part-time teacher is not in school. */
  staffAway: Record<string, Period[]>;
  /** Course code to the days a partner school or college teaches it. */
  partnerDays: Record<string, CycleDay[]>;
}

export const DEFAULT_DAYS: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
];

/** A fortnightly cycle of five days with five periods each, and no block placed yet. */
export function defaultTimetableFrame(): TimetableFrame {
  return {
    weeks: 2,
    days: [...DEFAULT_DAYS],
    periodsPerDay: 5,
    blockPeriods: {},
    coursePeriods: {},
    staffAway: {},
    partnerDays: {},
  };
}

export function periodKey({ week, day, period }: Period): string {
  return `${week}:${day}:${period}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.week === b.week && a.day === b.day && a.period === b.period;
}

/** Every period of the cycle, week by week, day by day, period by period. */
export function cyclePeriods(
  frame: Pick<TimetableFrame, 'weeks' | 'days' | 'periodsPerDay'>,
): Period[] {
  const periods: Period[] = [];
  for (let week = 1; week <= frame.weeks; week += 1) {
    for (let day = 1; day <= frame.days.length; day += 1) {
      for (let period = 1; period <= frame.periodsPerDay; period += 1) {
        periods.push({ week, day, period });
      }
    }
  }
  return periods;
}

export function isInCycle(
  frame: Pick<TimetableFrame, 'weeks' | 'days' | 'periodsPerDay'>,
  { week, day, period }: Period,
): boolean {
  return (
    week >= 1 &&
    week <= frame.weeks &&
    day >= 1 &&
    day <= frame.days.length &&
    period >= 1 &&
    period <= frame.periodsPerDay
  );
}

/** "Monday", or "Week 2 Monday" in a two-week cycle; "Day 6" for a day the cycle lacks. */
export function dayLabel(frame: Pick<TimetableFrame, 'weeks' | 'days'>, day: CycleDay): string {
  const name = frame.days[day.day - 1] ?? `Day ${day.day}`;
  return frame.weeks === 2 || day.week !== 1 ? `Week ${day.week} ${name}` : name;
}

/** "Week 1 Monday period 3", or "Monday period 3" in a one-week cycle. */
export function periodLabel(frame: Pick<TimetableFrame, 'weeks' | 'days'>, period: Period): string {
  return `${dayLabel(frame, period)} period ${period.period}`;
}

/** Labels joined for a sentence: "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Sorted and without repeats, so a period placed twice counts once. */
export function distinctPeriods(periods: readonly Period[]): Period[] {
  const byKey = new Map(periods.map((period) => [periodKey(period), period]));
  return [...byKey.values()].sort(
    (a, b) => a.week - b.week || a.day - b.day || a.period - b.period,
  );
}
