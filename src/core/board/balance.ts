import type { Cohort, Pupil } from '../model';
import { pupilDisplayName } from '../model';
import type { PupilPlacement, SolutionGroup } from '../solver';
import { balanceCounts, type BalanceKind, type BalanceProblem } from './balance-search';
import { blocksKey, compareGroupsByBlock } from './group-order';
import { courseMakeUps, pupilsByUpn, traitsOf } from './make-up';
import { compareText } from './order';
import type { BalanceResult, BoardState } from './types';

/**
 * Evens out a course's parallel groups without changing anybody's timetable: pupils move only
 * between groups of the course that sit in exactly the same blocks, so no clash can arise and
 * every figure the engine reports stays as it was. Locked pupils never move. Sizes are evened
 * first (never past the course's limit), then genders, then prior-attainment bands, then
 * disadvantaged and SEND pupils, moving as few pupils as that allows.
 */
export function balanceParallelGroups(
  cohort: Cohort,
  state: BoardState,
  courseCode: string,
): BalanceResult {
  const course = cohort.courses.find((c) => c.code === courseCode);
  if (!course) throw new Error(`There is no course ${courseCode} in this plan.`);
  const { solution } = state;
  const byBlock = compareGroupsByBlock(cohort.blocks);
  const pupils = pupilsByUpn(cohort);
  const locked = new Set(
    state.lockedPlacements.filter((lock) => lock.course === courseCode).map((lock) => lock.upn),
  );
  const destinations = new Map<PupilPlacement, string>();
  for (const set of sameBlockSets(solution.groups, courseCode, byBlock)) {
    const seats = solution.placements.filter(
      (placement) =>
        placement.course === courseCode && set.some((group) => group.label === placement.group),
    );
    const plan = balanceSet(set, seats, course.maxGroupSize, pupils, locked);
    for (const [placement, group] of plan) destinations.set(placement, group);
  }
  const balanced = {
    groups: solution.groups,
    placements: solution.placements.map((placement) => {
      const to = destinations.get(placement);
      return to === undefined ? placement : { ...placement, group: to };
    }),
  };
  const moved = [...destinations]
    .map(([placement, to]) => ({ placement, pupil: pupils.get(placement.upn), to }))
    .sort(
      (a, b) => compareByName(a.pupil, b.pupil) || compareText(a.placement.upn, b.placement.upn),
    )
    .map(({ placement, pupil, to }) => ({
      upn: placement.upn,
      name: pupil ? pupilDisplayName(pupil) : placement.upn,
      from: placement.group,
      to,
    }));
  return {
    solution: balanced,
    moved,
    before: courseMakeUps(cohort, solution, courseCode, byBlock),
    after: courseMakeUps(cohort, balanced, courseCode, byBlock),
  };
}

/** The course's groups in sets that sit in exactly the same blocks; lone groups are left out. */
function sameBlockSets(
  groups: readonly SolutionGroup[],
  courseCode: string,
  byBlock: (a: SolutionGroup, b: SolutionGroup) => number,
): SolutionGroup[][] {
  const sets = new Map<string, SolutionGroup[]>();
  for (const group of [...groups].sort(byBlock)) {
    if (group.course !== courseCode || group.blocks.length === 0) continue;
    const key = blocksKey(group.blocks);
    sets.set(key, [...(sets.get(key) ?? []), group]);
  }
  return [...sets.values()].filter((set) => set.length > 1);
}

/** The pupils of one set of same-block groups who should change group, and where to. */
function balanceSet(
  set: readonly SolutionGroup[],
  seats: readonly PupilPlacement[],
  maxGroupSize: number,
  pupils: ReadonlyMap<string, Pupil>,
  locked: ReadonlySet<string>,
): Map<PupilPlacement, string> {
  const kindKeys: string[] = [];
  const kinds: BalanceKind[] = [];
  const kindOf = (placement: PupilPlacement): number => {
    const traits = traitsOf(pupils.get(placement.upn));
    const kind: BalanceKind = {
      gender: traits.gender,
      band: traits.band,
      disadvantaged: traits.disadvantaged,
      send: traits.send,
    };
    const key = JSON.stringify(kind);
    let k = kindKeys.indexOf(key);
    if (k < 0) {
      k = kindKeys.length;
      kindKeys.push(key);
      kinds.push(kind);
    }
    return k;
  };
  const seated = seats.map((placement) => ({
    placement,
    group: set.findIndex((group) => group.label === placement.group),
    kind: kindOf(placement),
    movable: !locked.has(placement.upn),
  }));
  const table = (): number[][] => set.map(() => new Array<number>(kinds.length).fill(0));
  const problem: BalanceProblem = {
    caps: set.map((_, g) => Math.max(maxGroupSize, seated.filter((s) => s.group === g).length)),
    kinds,
    movable: table(),
    held: table(),
  };
  for (const seat of seated) {
    const row = (seat.movable ? problem.movable : problem.held)[seat.group];
    if (row) row[seat.kind] = (row[seat.kind] ?? 0) + 1;
  }
  const target = balanceCounts(problem);
  return reseat(
    seated.filter((seat) => seat.movable),
    target,
    set,
    pupils,
  );
}

/**
 * Who moves: in each group, the pupils of a kind beyond its new count (the last of them in
 * register order, so the same pupils are chosen every time) go to the groups short of that kind.
 */
function reseat(
  movable: readonly { placement: PupilPlacement; group: number; kind: number }[],
  target: number[][],
  set: readonly SolutionGroup[],
  pupils: ReadonlyMap<string, Pupil>,
): Map<PupilPlacement, string> {
  const moves = new Map<PupilPlacement, string>();
  const kinds = target[0]?.length ?? 0;
  for (let k = 0; k < kinds; k += 1) {
    const leaving: PupilPlacement[] = [];
    const room: number[] = [];
    set.forEach((_, g) => {
      const here = movable
        .filter((seat) => seat.group === g && seat.kind === k)
        .map((seat) => seat.placement)
        .sort(
          (a, b) =>
            compareByName(pupils.get(a.upn), pupils.get(b.upn)) || compareText(a.upn, b.upn),
        );
      const wanted = target[g]?.[k] ?? 0;
      leaving.push(...here.slice(wanted));
      for (let i = here.length; i < wanted; i += 1) room.push(g);
    });
    leaving.forEach((placement, i) => {
      const to = set[room[i] ?? -1];
      if (to) moves.set(placement, to.label);
    });
  }
  return moves;
}

function compareByName(a: Pupil | undefined, b: Pupil | undefined): number {
  return (
    compareText(a?.surname ?? '', b?.surname ?? '') ||
    compareText(a?.forename ?? '', b?.forename ?? '')
  );
}
