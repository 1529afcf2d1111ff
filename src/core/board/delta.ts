/**
 * What one board action changed, as two sides: `before` puts the board back, `after` does the
 * action again. Only changed entries are kept, so a long edit history stays small.
 */
import type { LockedPlacement, PupilPlacement, SolutionGroup } from '../solver';
import type { BoardDelta, BoardState, BoardStateSide, PupilChoiceEdit } from './types';

/** The key a pupil's seat and lock in one course are stored under in a side. */
export function placementKey(upn: string, course: string): string {
  return `${upn}\u0000${course}`;
}

export function emptyBoardSide(): BoardStateSide {
  return { groups: {}, placements: {}, pins: {}, locks: {}, choices: {} };
}

/** True when the side changes nothing. */
export function isEmptyBoardSide(side: BoardStateSide): boolean {
  return (
    Object.keys(side.groups).length === 0 &&
    Object.keys(side.placements).length === 0 &&
    Object.keys(side.pins).length === 0 &&
    Object.keys(side.locks).length === 0 &&
    Object.keys(side.choices).length === 0
  );
}

/**
 * The entries that differ between two states (and the choice lists of the pupils given), each
 * side holding its own state's value, or null where the entry is absent from that state.
 * A pupil whose choices changed must be given in both `choices.before` and `choices.after`.
 */
export function diffBoardStates(
  before: BoardState,
  after: BoardState,
  choices?: { before: PupilChoiceEdit[]; after: PupilChoiceEdit[] },
): BoardDelta {
  const delta: BoardDelta = { before: emptyBoardSide(), after: emptyBoardSide() };
  diffInto(
    byKey(before.solution.groups, groupKey),
    byKey(after.solution.groups, groupKey),
    sameGroup,
    copyGroup,
    { before: delta.before.groups, after: delta.after.groups },
  );
  diffInto(
    byKey(before.solution.placements, seatKey),
    byKey(after.solution.placements, seatKey),
    samePlacement,
    copyEntry,
    { before: delta.before.placements, after: delta.after.placements },
  );
  diffInto(
    new Map(Object.entries(before.pins)),
    new Map(Object.entries(after.pins)),
    sameList,
    (blocks) => [...blocks],
    { before: delta.before.pins, after: delta.after.pins },
  );
  diffInto(
    byKey(before.lockedPlacements, seatKey),
    byKey(after.lockedPlacements, seatKey),
    sameLock,
    copyEntry,
    { before: delta.before.locks, after: delta.after.locks },
  );
  if (choices) diffChoices(choices.before, choices.after, delta);
  return delta;
}

/**
 * The state with one side of a delta laid over it: entries named in the side are replaced
 * (null removes them), everything else is kept. Existing groups, seats and locks keep their
 * place in the lists and new ones are added at the end. Choice lists are not part of a board
 * state: the caller writes `side.choices` itself.
 */
export function applyBoardSide(state: BoardState, side: BoardStateSide): BoardState {
  const pins = new Map(Object.entries(state.pins));
  for (const [label, blocks] of Object.entries(side.pins)) {
    if (blocks === null) pins.delete(label);
    else pins.set(label, blocks);
  }
  return {
    solution: {
      groups: overlay(state.solution.groups, groupKey, side.groups, copyGroup),
      placements: overlay(state.solution.placements, seatKey, side.placements, copyEntry),
    },
    pins: Object.fromEntries([...pins].map(([label, blocks]) => [label, [...blocks]])),
    lockedPlacements: overlay(state.lockedPlacements, seatKey, side.locks, copyEntry),
  };
}

function groupKey(group: SolutionGroup): string {
  return group.label;
}

function seatKey(entry: { upn: string; course: string }): string {
  return placementKey(entry.upn, entry.course);
}

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function diffInto<T>(
  before: ReadonlyMap<string, T>,
  after: ReadonlyMap<string, T>,
  same: (a: T, b: T) => boolean,
  copy: (item: T) => T,
  sides: { before: Record<string, T | null>; after: Record<string, T | null> },
): void {
  for (const [key, old] of before) {
    const now = after.get(key);
    if (now !== undefined && same(old, now)) continue;
    sides.before[key] = copy(old);
    sides.after[key] = now === undefined ? null : copy(now);
  }
  for (const [key, now] of after) {
    if (before.has(key)) continue;
    sides.before[key] = null;
    sides.after[key] = copy(now);
  }
}

function diffChoices(
  before: readonly PupilChoiceEdit[],
  after: readonly PupilChoiceEdit[],
  delta: BoardDelta,
): void {
  const afterByUpn = new Map(after.map((edit) => [edit.upn, edit]));
  const beforeUpns = new Set(before.map((edit) => edit.upn));
  const unmatched = after.find((edit) => !beforeUpns.has(edit.upn));
  if (unmatched) {
    throw new Error(`The choices of pupil ${unmatched.upn} changed, but not what they were.`);
  }
  for (const old of before) {
    const now = afterByUpn.get(old.upn);
    if (!now)
      throw new Error(`The choices of pupil ${old.upn} were given, but not what became of them.`);
    if (sameList(old.choices, now.choices) && sameList(old.reserves, now.reserves)) continue;
    delta.before.choices[old.upn] = copyChoiceEdit(old);
    delta.after.choices[old.upn] = copyChoiceEdit(now);
  }
}

function overlay<T>(
  items: readonly T[],
  key: (item: T) => string,
  changes: Readonly<Record<string, T | null>>,
  copy: (item: T) => T,
): T[] {
  const result: T[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const itemKey = key(item);
    seen.add(itemKey);
    if (!Object.hasOwn(changes, itemKey)) {
      result.push(copy(item));
      continue;
    }
    const replacement = changes[itemKey];
    if (replacement) result.push(copy(replacement));
  }
  for (const [itemKey, added] of Object.entries(changes)) {
    if (added && !seen.has(itemKey)) result.push(copy(added));
  }
  return result;
}

function copyGroup(group: SolutionGroup): SolutionGroup {
  return { ...group, blocks: [...group.blocks] };
}

/** Seats and locks hold only strings and flags, so a shallow copy is a full one. */
function copyEntry<T extends PupilPlacement | LockedPlacement>(entry: T): T {
  return { ...entry };
}

function copyChoiceEdit(edit: PupilChoiceEdit): PupilChoiceEdit {
  return { upn: edit.upn, choices: [...edit.choices], reserves: [...edit.reserves] };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function sameGroup(a: SolutionGroup, b: SolutionGroup): boolean {
  return a.course === b.course && a.teacher === b.teacher && sameList(a.blocks, b.blocks);
}

function samePlacement(a: PupilPlacement, b: PupilPlacement): boolean {
  return a.group === b.group && a.reserve === b.reserve;
}

function sameLock(a: LockedPlacement, b: LockedPlacement): boolean {
  return a.group === b.group;
}
