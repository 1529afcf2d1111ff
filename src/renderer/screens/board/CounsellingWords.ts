import { namesText } from '../../../core/counselling/text';
import type { BoardChangeView, CounsellingView } from '../../../shared/contract/board';

export type CounselledPupil = CounsellingView['pupils'][number];
export type CounsellingFixView = CounselledPupil['fixes'][number];

const KIND_TEXT: Record<CounsellingFixView['kind'], string> = {
  reseat: 'Change group',
  reserve: 'Use a reserve',
  swap: 'Swap a course',
  'move-group': 'Move a group',
  none: 'No single fix',
};

/** The kind of fix and what it costs, e.g. "Use a reserve · cost 1.1" ("no cost" for 0). */
export function fixCostText(fix: CounsellingFixView): string {
  if (fix.kind === 'none') return KIND_TEXT.none;
  const cost =
    fix.cost === 0
      ? 'no cost'
      : `cost ${fix.cost.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
  return `${KIND_TEXT[fix.kind]} · ${cost}`;
}

/** Why a fix has no Apply button. */
export function notApplicableText(fix: CounsellingFixView): string {
  if (fix.kind === 'none') {
    return 'Nothing to apply: it needs a new group, or a bigger change to this pupil’s choices.';
  }
  if (fix.kind === 'move-group') {
    return 'Cannot be applied while the group is pinned. Unpin it on the Blocks view first.';
  }
  return 'Cannot be applied from the board.';
}

/** "Amy Brown, Tom Carr and 3 more". */
export function peopleText(people: readonly { name: string }[]): string {
  return namesText(people.map((person) => person.name));
}

/** "1 more pupil", "2 fewer pupils". */
function pupilsMoreOrFewer(count: number, word: 'more' | 'fewer'): string {
  return `${count.toLocaleString('en-GB')} ${word} ${count === 1 ? 'pupil' : 'pupils'}`;
}

/**
 * What an applied fix did, from the engine's own figures: "<label> — 1 more pupil fully
 * satisfied", and anyone who lost a full timetable by it.
 */
export function appliedText(change: BoardChangeView): string {
  const before = change.before?.fullySatisfied;
  const after = change.board.metrics?.fullySatisfied;
  let effect = '';
  if (before !== undefined && after !== undefined) {
    const difference = after - before;
    effect =
      difference > 0
        ? `${pupilsMoreOrFewer(difference, 'more')} fully satisfied`
        : difference < 0
          ? `${pupilsMoreOrFewer(-difference, 'fewer')} fully satisfied`
          : 'no change in the number of pupils fully satisfied';
  }
  const losses =
    change.changes.losses.length > 0
      ? `; ${peopleText(change.changes.losses)} no longer ${change.changes.losses.length === 1 ? 'has' : 'have'} all their choices`
      : '';
  return effect ? `${change.label} — ${effect}${losses}` : `${change.label}${losses}`;
}

/** Pupils whose name or UPN contains the search, and who miss the course chosen (if any). */
export function filterPupils(
  pupilsToFilter: readonly CounselledPupil[],
  search: string,
  course: string,
): CounselledPupil[] {
  const needle = search.trim().toLowerCase();
  return pupilsToFilter.filter(
    (pupil) =>
      (needle === '' ||
        pupil.name.toLowerCase().includes(needle) ||
        pupil.upn.toLowerCase().includes(needle)) &&
      (course === '' || pupil.unmetNames.includes(course)),
  );
}

/** The courses unresolved pupils miss, by name, for the filter. */
export function missedCourses(pupilsToList: readonly CounselledPupil[]): string[] {
  return [...new Set(pupilsToList.flatMap((pupil) => pupil.unmetNames))].sort((a, b) =>
    a.localeCompare(b, 'en-GB'),
  );
}
