import type { Cohort } from '../model';
import type { LockedPlacement, Solution } from '../solver';

/**
 * The engine re-seats every pupil after a change, spreading each set of parallel groups (a
 * course's groups in the same blocks) in its own order. Here each pupil who still takes the
 * course in the same blocks goes back to the group they were in, when it has room, so a drop
 * does not reshuffle class lists it had nothing to do with. Only the group within the same
 * blocks changes, so who has which course when, and every figure but group sizes, stay as the
 * engine left them. Locked pupils stay where the engine put them.
 */
export function keepSeats(
  cohort: Cohort,
  previous: Solution,
  next: Solution,
  locks: readonly LockedPlacement[] = [],
): Solution {
  const maxSize = new Map(cohort.courses.map((course) => [course.code, course.maxGroupSize]));
  const previousBucket = bucketsByGroup(previous);
  const previousGroup = seatsByPupil(previous.placements);
  const locked = seatsByPupil(locks);

  // Each group of the new layout, and the parallel groups it shares its course and blocks with.
  const nextBucket = bucketsByGroup(next);
  const parallel = new Map<string, GroupSeats[]>();
  const seats = new Map<string, GroupSeats>();
  for (const group of next.groups) {
    const bucket = nextBucket.get(group.label) ?? group.label;
    const members = parallel.get(bucket) ?? [];
    const entry: GroupSeats = {
      label: group.label,
      bucket,
      parallel: members,
      max: maxSize.get(group.course) ?? 0,
      seated: 0,
      target: 0,
    };
    members.push(entry);
    parallel.set(bucket, members);
    seats.set(group.label, entry);
  }
  for (const placement of next.placements) {
    const entry = seats.get(placement.group);
    if (entry) entry.target += 1;
  }

  const chosen = new Array<string | undefined>(next.placements.length);
  // Locks first, then pupils going back to their old group, then everyone else in order.
  next.placements.forEach((placement, i) => {
    if (locked.get(placement.upn)?.get(placement.course) !== placement.group) return;
    chosen[i] = take(seats.get(placement.group)) ?? placement.group;
  });
  next.placements.forEach((placement, i) => {
    if (chosen[i] !== undefined) return;
    const entry = seats.get(placement.group);
    const before = previousGroup.get(placement.upn)?.get(placement.course);
    if (!entry || before === undefined || previousBucket.get(before) !== entry.bucket) return;
    const old = seats.get(before);
    if (old?.bucket === entry.bucket && room(old) > 0) chosen[i] = take(old);
  });
  next.placements.forEach((placement, i) => {
    if (chosen[i] !== undefined) return;
    const entry = seats.get(placement.group);
    chosen[i] = (entry ? take(emptiest(entry.parallel)) : undefined) ?? placement.group;
  });
  return {
    groups: next.groups,
    placements: next.placements.map((placement, i) => {
      const group = chosen[i] ?? placement.group;
      return group === placement.group ? placement : { ...placement, group };
    }),
  };
}

interface GroupSeats {
  label: string;
  /** The course and blocks the group shares with its parallel groups. */
  bucket: string;
  /** The parallel groups, this one included, in the solution's order. */
  parallel: GroupSeats[];
  max: number;
  seated: number;
  /** How many the engine seated here: the size to stay close to. */
  target: number;
}

/** A group may hold its maximum, or as many as the engine itself put there if that is more. */
function room(entry: GroupSeats): number {
  return Math.max(entry.max, entry.target) - entry.seated;
}

function take(entry: GroupSeats | undefined): string | undefined {
  if (!entry) return undefined;
  entry.seated += 1;
  return entry.label;
}

/** The group furthest below the engine's size for it, else the one with the most room. */
function emptiest(parallel: readonly GroupSeats[]): GroupSeats | undefined {
  let best: GroupSeats | undefined;
  for (const entry of parallel) {
    const short = entry.target - entry.seated;
    const bestShort = best ? best.target - best.seated : -Infinity;
    if (!best || short > bestShort || (short === bestShort && room(entry) > room(best))) {
      best = entry;
    }
  }
  return best;
}

/** Each group's set of parallel groups: its course and its blocks, in any order. */
function bucketsByGroup(solution: Solution): Map<string, string> {
  return new Map(
    solution.groups.map((group) => [
      group.label,
      `${group.course}\u0000${[...group.blocks].sort().join('\u0000')}`,
    ]),
  );
}

/** Pupil to course to group. */
function seatsByPupil(
  seats: readonly { upn: string; course: string; group: string }[],
): Map<string, Map<string, string>> {
  const byPupil = new Map<string, Map<string, string>>();
  for (const seat of seats) {
    let courses = byPupil.get(seat.upn);
    if (!courses) {
      courses = new Map();
      byPupil.set(seat.upn, courses);
    }
    courses.set(seat.course, seat.group);
  }
  return byPupil;
}
