import { z } from 'zod';
import { defaultTimetableFrame, type TimetableFrame } from '../../core/timetable';
import { timetableFrame } from '../../shared/contract/timetable';
import type { PlanDatabase } from '../plan/plan-file';
import { readSetting, writeSetting } from '../plan/settings-repository';

/** The plan setting that holds the frame, as versioned JSON. */
export const TIMETABLE_SETTING = 'timetable.frame';
const FORMAT_VERSION = 1;

const storedFrame = z.object({ version: z.literal(FORMAT_VERSION), frame: timetableFrame });

export interface StoredTimetable {
  frame: TimetableFrame;
  /** False when the plan has no frame yet and the default is given. */
  saved: boolean;
  /** Why the saved frame could not be read; the default is given in its place. */
  damaged: string | null;
}

/**
 * The plan's timetable frame, or the default when none is saved. A damaged or unreadable value
 * gives the default with the reason: it is only replaced when the user saves a new frame.
 */
export function readTimetable(db: PlanDatabase): StoredTimetable {
  const text = readSetting(db, TIMETABLE_SETTING);
  if (text === null) return { frame: defaultTimetableFrame(), saved: false, damaged: null };
  const damaged = (reason: string): StoredTimetable => ({
    frame: defaultTimetableFrame(),
    saved: false,
    damaged: `The saved timetable frame could not be read (${reason}).`,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return damaged('it is not valid JSON');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > FORMAT_VERSION) {
    return damaged(`it was saved by a newer version of the planner, format ${version}`);
  }
  const parsed = storedFrame.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return damaged(`${issue?.message ?? 'unexpected content'}${where}`);
  }
  return { frame: parsed.data.frame, saved: true, damaged: null };
}

export function writeTimetable(db: PlanDatabase, frame: TimetableFrame): void {
  writeSetting(db, TIMETABLE_SETTING, JSON.stringify({ version: FORMAT_VERSION, frame }));
}
