import {
  isInCycle,
  periodKey,
  samePeriod,
  type CycleDay,
  type Period,
  type TimetableFrame,
} from '../../../core/timetable';

/** Edits to a frame being drafted on the screen; each returns a new frame. */

export function blocksIn(frame: TimetableFrame, blocks: readonly string[], at: Period): string[] {
  return blocks.filter((block) =>
    (frame.blockPeriods[block] ?? []).some((period) => samePeriod(period, at)),
  );
}

/** "block A", "blocks A and B". */
export function blocksInWords(blocks: readonly string[]): string {
  if (blocks.length === 1) return `block ${blocks[0]}`;
  return `blocks ${blocks.slice(0, -1).join(', ')} and ${blocks[blocks.length - 1]}`;
}

export function placeBlock(frame: TimetableFrame, block: string, at: Period): TimetableFrame {
  const periods = frame.blockPeriods[block] ?? [];
  if (periods.some((period) => samePeriod(period, at))) return frame;
  return { ...frame, blockPeriods: { ...frame.blockPeriods, [block]: [...periods, at] } };
}

export function removeBlock(frame: TimetableFrame, block: string, at: Period): TimetableFrame {
  const periods = (frame.blockPeriods[block] ?? []).filter((period) => !samePeriod(period, at));
  return { ...frame, blockPeriods: { ...frame.blockPeriods, [block]: periods } };
}

export function moveBlock(
  frame: TimetableFrame,
  block: string,
  from: Period,
  to: Period,
): TimetableFrame {
  return placeBlock(removeBlock(frame, block, from), block, to);
}

export function clearPeriod(frame: TimetableFrame, at: Period): TimetableFrame {
  return {
    ...frame,
    blockPeriods: Object.fromEntries(
      Object.entries(frame.blockPeriods).map(([block, periods]) => [
        block,
        periods.filter((period) => !samePeriod(period, at)),
      ]),
    ),
  };
}

export function setCoursePeriods(
  frame: TimetableFrame,
  course: string,
  needed: number | null,
): TimetableFrame {
  const others = Object.entries(frame.coursePeriods).filter(([code]) => code !== course);
  const coursePeriods = Object.fromEntries(
    needed === null ? others : [...others, [course, needed]],
  );
  return { ...frame, coursePeriods };
}

export function toggleAway(frame: TimetableFrame, staff: string, at: Period): TimetableFrame {
  const away = frame.staffAway[staff] ?? [];
  const next = away.some((period) => samePeriod(period, at))
    ? away.filter((period) => !samePeriod(period, at))
    : [...away, at];
  return { ...frame, staffAway: { ...frame.staffAway, [staff]: next } };
}

export function togglePartnerDay(
  frame: TimetableFrame,
  course: string,
  at: CycleDay,
): TimetableFrame {
  const days = frame.partnerDays[course] ?? [];
  const same = (day: CycleDay) => day.week === at.week && day.day === at.day;
  const next = days.some(same) ? days.filter((day) => !same(day)) : [...days, at];
  return { ...frame, partnerDays: { ...frame.partnerDays, [course]: next } };
}

/** Adds an empty entry (a teacher with no away period yet, a partner course with no day). */
export function withEntry<K extends 'staffAway' | 'partnerDays'>(
  frame: TimetableFrame,
  field: K,
  code: string,
): TimetableFrame {
  if (Object.hasOwn(frame[field], code)) return frame;
  return { ...frame, [field]: { ...frame[field], [code]: [] } };
}

export function withoutEntry<K extends 'staffAway' | 'partnerDays'>(
  frame: TimetableFrame,
  field: K,
  code: string,
): TimetableFrame {
  const rest = Object.fromEntries(Object.entries(frame[field]).filter(([key]) => key !== code));
  return { ...frame, [field]: rest };
}

export interface CycleChange {
  frame: TimetableFrame;
  /** How many placed, away or partner entries the shorter cycle no longer had. */
  dropped: number;
}

/**
 * A new cycle shape. Periods and days the new cycle lacks are cleared, since the grid could
 * no longer show them, and counted so the screen can say so.
 */
export function changeCycle(
  frame: TimetableFrame,
  shape: Pick<TimetableFrame, 'weeks' | 'days' | 'periodsPerDay'>,
): CycleChange {
  let dropped = 0;
  const keepPeriods = (periods: Period[]) => {
    const kept = periods.filter((period) => isInCycle(shape, period));
    dropped += periods.length - kept.length;
    return kept;
  };
  const keepDays = (days: CycleDay[]) => {
    const kept = days.filter((day) => isInCycle(shape, { ...day, period: 1 }));
    dropped += days.length - kept.length;
    return kept;
  };
  const mapValues = <T>(record: Record<string, T>, keep: (value: T) => T) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, keep(value)]));
  return {
    frame: {
      ...frame,
      ...shape,
      blockPeriods: mapValues(frame.blockPeriods, keepPeriods),
      staffAway: mapValues(frame.staffAway, keepPeriods),
      partnerDays: mapValues(frame.partnerDays, keepDays),
    },
    dropped,
  };
}

export function periodId(period: Period): string {
  return periodKey(period);
}

/** Compares frames for "unsaved changes", ignoring the order periods were placed in. */
export function sameFrame(a: TimetableFrame, b: TimetableFrame): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(frame: TimetableFrame): unknown {
  const sortedPeriods = (periods: Period[]) => periods.map(periodKey).sort();
  // A block or teacher with no period is the same as none; a partner course with no day is not.
  const sortedRecord = <T>(
    record: Record<string, T>,
    tidy: (value: T) => unknown,
    dropEmpty = false,
  ) =>
    Object.keys(record)
      .sort()
      .filter((key) => !dropEmpty || (record[key] as unknown[]).length > 0)
      .map((key) => [key, tidy(record[key] as T)]);
  return [
    frame.weeks,
    frame.days,
    frame.periodsPerDay,
    sortedRecord(frame.blockPeriods, sortedPeriods, true),
    sortedRecord(frame.coursePeriods, (value) => value),
    sortedRecord(frame.staffAway, sortedPeriods, true),
    sortedRecord(frame.partnerDays, (days) => days.map((day) => `${day.week}:${day.day}`).sort()),
  ];
}
