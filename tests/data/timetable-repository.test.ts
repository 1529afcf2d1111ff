import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTimetableFrame, type TimetableFrame } from '../../src/core/timetable';
import { openPlanFile, type PlanDatabase } from '../../src/data/plan/plan-file';
import { readSetting, writeSetting } from '../../src/data/plan/settings-repository';
import {
  readTimetable,
  TIMETABLE_SETTING,
  writeTimetable,
} from '../../src/data/timetable/timetable-repository';
import { makeTempDir } from './plan/temp-plan';

let cleanup: () => void;
let path: string;
let db: PlanDatabase;

beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  path = join(temp.dir, 'Timetable.ks4');
  db = openPlanFile(path, { create: true });
  writeSetting(db, 'school', 'Riverside Academy');
});
afterEach(() => {
  db.close();
  cleanup();
});

const placed: TimetableFrame = {
  weeks: 1,
  days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  periodsPerDay: 6,
  blockPeriods: { A: [{ week: 1, day: 2, period: 3 }] },
  coursePeriods: { Fr: 5 },
  staffAway: { JSM: [{ week: 1, day: 5, period: 6 }] },
  partnerDays: { Con: [{ week: 1, day: 3 }] },
};

describe('the timetable frame in the plan file', () => {
  it('gives a fortnight of five days with five periods and no block placed when none is saved', () => {
    expect(readTimetable(db)).toEqual({
      frame: {
        weeks: 2,
        days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        periodsPerDay: 5,
        blockPeriods: {},
        coursePeriods: {},
        staffAway: {},
        partnerDays: {},
      },
      saved: false,
      damaged: null,
    });
  });

  it('keeps a saved frame after the file is closed and opened again', () => {
    writeTimetable(db, placed);
    db.close();
    db = openPlanFile(path);
    expect(readTimetable(db)).toEqual({ frame: placed, saved: true, damaged: null });
    expect(readSetting(db, 'school')).toBe('Riverside Academy');
  });

  it('gives the default with the reason when the saved value is damaged, and keeps it until a save', () => {
    writeSetting(db, TIMETABLE_SETTING, '{"version":1,"frame":{"weeks":');
    expect(readTimetable(db)).toEqual({
      frame: defaultTimetableFrame(),
      saved: false,
      damaged: 'The saved timetable frame could not be read (it is not valid JSON).',
    });
    expect(readSetting(db, TIMETABLE_SETTING)).toBe('{"version":1,"frame":{"weeks":');
    expect(readSetting(db, 'school')).toBe('Riverside Academy');

    writeTimetable(db, placed);
    expect(readTimetable(db).frame).toEqual(placed);
  });

  it('names the field that does not fit', () => {
    writeSetting(
      db,
      TIMETABLE_SETTING,
      JSON.stringify({ version: 1, frame: { ...placed, weeks: 3 } }),
    );
    const read = readTimetable(db);
    expect(read.saved).toBe(false);
    expect(read.damaged).toMatch(
      /^The saved timetable frame could not be read \(.+ at frame\.weeks\)\.$/,
    );
  });

  it('refuses a frame saved by a newer version rather than misreading it', () => {
    writeSetting(db, TIMETABLE_SETTING, JSON.stringify({ version: 2, frame: placed }));
    expect(readTimetable(db).damaged).toBe(
      'The saved timetable frame could not be read (it was saved by a newer version of the planner, format 2).',
    );
  });

  it('reads a frame naming blocks, courses and staff the plan lacks without failing', () => {
    writeTimetable(db, { ...placed, blockPeriods: { Z: [{ week: 1, day: 1, period: 1 }] } });
    expect(readTimetable(db).frame.blockPeriods).toEqual({ Z: [{ week: 1, day: 1, period: 1 }] });
  });
});
