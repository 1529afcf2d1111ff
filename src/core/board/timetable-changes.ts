import type { Cohort } from '../model';
import { pupilRefs } from './preview';
import type { PupilRef } from './types';

/** Who gains and who loses a full timetable between two sets of pupils with one, named and sorted by name. */
export function timetableChanges(
  cohort: Cohort,
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): { gains: PupilRef[]; losses: PupilRef[] } {
  const pupils = new Map(cohort.pupils.map((pupil) => [pupil.upn, pupil]));
  return {
    gains: pupilRefs(
      [...after].filter((upn) => !before.has(upn)),
      pupils,
    ),
    losses: pupilRefs(
      [...before].filter((upn) => !after.has(upn)),
      pupils,
    ),
  };
}
