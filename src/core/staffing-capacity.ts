import { courseDemand } from './demand';
import type { Cohort, Course, StaffMember } from './model';

/**
 * A staffing capacity check made before any blocks are built: for each course, the groups it
 * needs against the teaching time of the staff who can teach it.
 *
 * What it promises: a course (or set of courses) reported short cannot be fully staffed by any
 * layout, because even with every teacher's time shared out as well as it could be there are
 * not enough teacher-groups to go round. A course that relies on a shared teacher can be
 * staffed, but only if that teacher's time, all of which is needed, goes where it must. What
 * it cannot promise: a course reported fine may still go unstaffed, because the check does not
 * know which block each group will sit in; two groups a teacher could take may land in the
 * same block, and a double course needs two of the teacher's free blocks in the layout. The
 * blocking engine decides the real allocation. The check is necessary, not sufficient.
 */

export interface QualifiedTeacher {
  code: string;
  name: string;
  /** Groups of this course the teacher could take if they taught nothing else. */
  capacity: number;
  /** Other courses that need groups and that this teacher can also teach. */
  alsoNeededFor: string[];
}

export type StaffingStatus =
  'no-groups' | 'ok' | 'relies-on-shared' | 'shared-shortage' | 'shortage' | 'no-teacher';

export interface CourseStaffing {
  code: string;
  name: string;
  /** Pupils who chose the course (reserves excluded). */
  demand: number;
  groupsNeeded: number;
  /** The school fixed the number of groups rather than leaving it to the demand. */
  fixedGroups: boolean;
  teachers: QualifiedTeacher[];
  /** The qualified teachers' capacities added up, each teacher on their own. */
  capacity: number;
  status: StaffingStatus;
  /** A plain sentence for every status but ok and no-groups. */
  warning: string | null;
}

/** Courses that each could be staffed on their own but not all at once: they share teachers. */
export interface SharedShortage {
  courses: string[];
  groupsNeeded: number;
  /** The most groups of these courses their teachers could take between them. */
  capacity: number;
  teachers: string[];
  message: string;
}

export interface StaffingCapacityReport {
  /** False when the plan has no staff yet: nothing is checked. */
  staffingPlanned: boolean;
  courses: CourseStaffing[];
  sharedShortages: SharedShortage[];
}

/** Groups a course needs: the fixed count, else enough to seat its demand at the maximum size. */
export function groupsNeededFor(course: Course, demand: number): number {
  if (course.groups !== null) return course.groups;
  return demand === 0 ? 0 : Math.ceil(demand / Math.max(1, course.maxGroupSize));
}

/** Blocks in which the teacher could teach a group of the course. */
function freeBlocksFor(blocks: readonly string[], member: StaffMember, course: Course): number {
  return blocks.filter(
    (block) =>
      (course.allowedBlocks.length === 0 || course.allowedBlocks.includes(block)) &&
      !member.unavailableBlocks.includes(block),
  ).length;
}

/** Groups the teacher could take in all: one per free block, within their maximum. */
export function teacherTime(blocks: readonly string[], member: StaffMember): number {
  const free = blocks.filter((block) => !member.unavailableBlocks.includes(block)).length;
  return Math.min(free, member.maxGroups ?? blocks.length);
}

/** Groups of one course a teacher could take if they taught nothing else. */
export function teacherCapacityFor(
  blocks: readonly string[],
  member: StaffMember,
  course: Course,
): number {
  if (!member.courses.includes(course.code)) return 0;
  // A double group needs two free blocks but counts once against the teacher's maximum.
  const byBlocks = Math.floor(freeBlocksFor(blocks, member, course) / course.blocksSpanned);
  return Math.min(byBlocks, member.maxGroups ?? blocks.length);
}

export function checkStaffingCapacity(cohort: Cohort): StaffingCapacityReport {
  const demand = new Map(courseDemand(cohort).map((entry) => [entry.code, entry.total]));
  const needed = new Map(
    cohort.courses.map((course) => [
      course.code,
      groupsNeededFor(course, demand.get(course.code) ?? 0),
    ]),
  );
  const staffingPlanned = cohort.staff.length > 0;
  const shared = staffingPlanned ? findSharedShortages(cohort, needed) : [];
  const inSharedShortage = new Set(shared.flatMap((shortage) => shortage.courses));
  const nameOf = new Map(cohort.courses.map((course) => [course.code, course.name]));
  const forced = forcedLoads(cohort, needed);

  const courses = cohort.courses.map((course): CourseStaffing => {
    const groupsNeeded = needed.get(course.code) ?? 0;
    const teachers = cohort.staff
      .filter((member) => member.courses.includes(course.code))
      .map((member) => ({
        code: member.code,
        name: member.name,
        capacity: teacherCapacityFor(cohort.blocks, member, course),
        alsoNeededFor: member.courses.filter(
          (other) => other !== course.code && (needed.get(other) ?? 0) > 0,
        ),
      }));
    const capacity = teachers.reduce((sum, teacher) => sum + teacher.capacity, 0);
    const base = {
      code: course.code,
      name: course.name,
      demand: demand.get(course.code) ?? 0,
      groupsNeeded,
      fixedGroups: course.groups !== null,
      teachers,
      capacity,
    };
    if (!staffingPlanned || groupsNeeded === 0) {
      return { ...base, status: 'no-groups', warning: null };
    }
    const groupsText = plural(groupsNeeded, 'group');
    if (teachers.length === 0) {
      return {
        ...base,
        status: 'no-teacher',
        warning: `${course.name} needs ${groupsText}, but nobody on the staff list can teach it.`,
      };
    }
    if (groupsNeeded > capacity) {
      return {
        ...base,
        status: 'shortage',
        warning:
          `${course.name} needs ${groupsText}, but its teachers (${codesOf(teachers)}) have ` +
          `time for ${capacity} between them${capacityLimits(cohort, course, teachers)}.`,
      };
    }
    if (inSharedShortage.has(course.code)) {
      const shortage = shared.find((entry) => entry.courses.includes(course.code));
      return { ...base, status: 'shared-shortage', warning: shortage?.message ?? null };
    }
    // A teacher the course cannot do without, whose whole time other courses also need.
    const relied = cohort.staff.filter((member) => {
      const load = forced.get(member.code);
      return (
        (load?.byCourse.get(course.code) ?? 0) > 0 &&
        (load?.byCourse.size ?? 0) > 1 &&
        (load?.total ?? 0) >= teacherTime(cohort.blocks, member)
      );
    });
    if (relied.length > 0) {
      const sentences = relied.map((member) => {
        const byCourse = forced.get(member.code)?.byCourse ?? new Map<string, number>();
        const others = [...byCourse]
          .filter(([code]) => code !== course.code)
          .map(([code, groups]) => `${nameOf.get(code) ?? code} (${plural(groups, 'group')})`);
        return (
          `${course.name} cannot run ${groupsText} without ${member.name} (${member.code}), ` +
          `who must take at least ${byCourse.get(course.code) ?? 0} of them and is also needed ` +
          `for ${listOf(others)}: that is all of ${member.code}’s time ` +
          `(${plural(teacherTime(cohort.blocks, member), 'group')}), with none to spare.`
        );
      });
      return { ...base, status: 'relies-on-shared', warning: sentences.join(' ') };
    }
    return { ...base, status: 'ok', warning: null };
  });

  return { staffingPlanned, courses, sharedShortages: shared };
}

interface ForcedLoad {
  /** Course code → groups of it that nobody else could take. */
  byCourse: Map<string, number>;
  total: number;
}

/**
 * Per teacher, the groups they must take whatever happens: for each course, what its other
 * teachers could not cover between them.
 */
function forcedLoads(cohort: Cohort, needed: ReadonlyMap<string, number>): Map<string, ForcedLoad> {
  const capacities = new Map(
    cohort.courses.map((course) => [
      course.code,
      cohort.staff.map((member) => teacherCapacityFor(cohort.blocks, member, course)),
    ]),
  );
  const loads = new Map<string, ForcedLoad>();
  cohort.staff.forEach((member, t) => {
    const byCourse = new Map<string, number>();
    for (const course of cohort.courses) {
      const each = capacities.get(course.code) ?? [];
      const own = each[t] ?? 0;
      const others = each.reduce((sum, capacity) => sum + capacity, 0) - own;
      const groups = Math.min(own, (needed.get(course.code) ?? 0) - others);
      if (groups > 0) byCourse.set(course.code, groups);
    }
    const total = [...byCourse.values()].reduce((sum, groups) => sum + groups, 0);
    loads.set(member.code, { byCourse, total });
  });
  return loads;
}

/** Why the teachers' time is short, when some of it is lost to blocks or a maximum. */
function capacityLimits(
  cohort: Cohort,
  course: Course,
  teachers: readonly QualifiedTeacher[],
): string {
  const reasons: string[] = [];
  if (course.blocksSpanned === 2) reasons.push('each group takes two of a teacher’s free blocks');
  if (course.allowedBlocks.length > 0) {
    reasons.push(
      `it may only run in block${course.allowedBlocks.length === 1 ? '' : 's'} ${course.allowedBlocks.join(', ')}`,
    );
  }
  const away = cohort.staff.filter(
    (member) =>
      teachers.some((teacher) => teacher.code === member.code) &&
      member.unavailableBlocks.length > 0,
  );
  if (away.length > 0)
    reasons.push(`${codesOf(away)} ${away.length === 1 ? 'is' : 'are'} away in some blocks`);
  return reasons.length === 0 ? '' : ` (${reasons.join('; ')})`;
}

/**
 * Sets of courses whose teachers cannot cover them all at once, found as a maximum flow from
 * teachers (their total time) to courses (the groups needed): where the flow falls short, the
 * courses left unreachable in the residual graph are a set whose needs exceed what their
 * teachers can give them together. Courses short on their own are reported by themselves and
 * left out here.
 */
function findSharedShortages(
  cohort: Cohort,
  needed: ReadonlyMap<string, number>,
): SharedShortage[] {
  const staff = cohort.staff;
  const ownCapacity = (course: Course) =>
    staff.reduce((sum, member) => sum + teacherCapacityFor(cohort.blocks, member, course), 0);
  const courses = cohort.courses.filter((course) => {
    const groups = needed.get(course.code) ?? 0;
    return groups > 0 && groups <= ownCapacity(course);
  });
  // Nodes: 0 source, 1..T teachers, T+1..T+C courses, last the sink.
  const teacherNode = (t: number) => 1 + t;
  const courseNode = (c: number) => 1 + staff.length + c;
  const sink = 1 + staff.length + courses.length;
  const network = new FlowNetwork(sink + 1);
  staff.forEach((member, t) => {
    network.addEdge(0, teacherNode(t), teacherTime(cohort.blocks, member));
    courses.forEach((course, c) => {
      const capacity = teacherCapacityFor(cohort.blocks, member, course);
      if (capacity > 0) network.addEdge(teacherNode(t), courseNode(c), capacity);
    });
  });
  courses.forEach((course, c) =>
    network.addEdge(courseNode(c), sink, needed.get(course.code) ?? 0),
  );
  const totalNeeded = courses.reduce((sum, course) => sum + (needed.get(course.code) ?? 0), 0);
  if (network.maxFlow(0, sink) >= totalNeeded) return [];

  const reachable = network.reachableFrom(0);
  const shortCourses = courses.filter((_, c) => !reachable.has(courseNode(c)));
  // Split the short set into families that share teachers, so each warning names one family.
  return connectedFamilies(shortCourses, staff)
    .map((family) => describeShortage(cohort, family, needed))
    .filter((shortage): shortage is SharedShortage => shortage !== null);
}

function connectedFamilies(courses: readonly Course[], staff: readonly StaffMember[]): Course[][] {
  const families: Course[][] = [];
  const placed = new Set<string>();
  for (const start of courses) {
    if (placed.has(start.code)) continue;
    const family: Course[] = [];
    const queue = [start];
    placed.add(start.code);
    while (queue.length > 0) {
      const course = queue.shift() as Course;
      family.push(course);
      for (const member of staff) {
        if (!member.courses.includes(course.code)) continue;
        for (const other of courses) {
          if (!placed.has(other.code) && member.courses.includes(other.code)) {
            placed.add(other.code);
            queue.push(other);
          }
        }
      }
    }
    families.push(family);
  }
  return families;
}

function describeShortage(
  cohort: Cohort,
  family: readonly Course[],
  needed: ReadonlyMap<string, number>,
): SharedShortage | null {
  const codes = family.map((course) => course.code);
  const groupsNeeded = codes.reduce((sum, code) => sum + (needed.get(code) ?? 0), 0);
  const teachers = cohort.staff.filter((member) =>
    member.courses.some((code) => codes.includes(code)),
  );
  // The most these teachers could give the family: a flow restricted to it.
  const network = new FlowNetwork(teachers.length + family.length + 2);
  const sink = teachers.length + family.length + 1;
  teachers.forEach((member, t) => {
    network.addEdge(0, 1 + t, teacherTime(cohort.blocks, member));
    family.forEach((course, c) => {
      const capacity = teacherCapacityFor(cohort.blocks, member, course);
      if (capacity > 0) network.addEdge(1 + t, 1 + teachers.length + c, capacity);
    });
  });
  family.forEach((course, c) =>
    network.addEdge(1 + teachers.length + c, sink, needed.get(course.code) ?? 0),
  );
  const capacity = network.maxFlow(0, sink);
  if (capacity >= groupsNeeded || family.length < 2) return null;
  const names = listOf(family.map((course) => course.name));
  return {
    courses: codes,
    groupsNeeded,
    capacity,
    teachers: teachers.map((member) => member.code),
    message:
      `${names} need ${plural(groupsNeeded, 'group')} between them, but the teachers who can ` +
      `teach them (${codesOf(teachers)}) have time for ${capacity} of them: they share ` +
      'teachers, so each looks fine on its own but not all can run.',
  };
}

/** A small max-flow (Edmonds–Karp): the networks here have a few dozen nodes. */
class FlowNetwork {
  private readonly residual: Map<number, number>[];

  constructor(size: number) {
    this.residual = Array.from({ length: size }, () => new Map<number, number>());
  }

  addEdge(from: number, to: number, capacity: number): void {
    const out = this.residual[from] as Map<number, number>;
    out.set(to, (out.get(to) ?? 0) + capacity);
    const back = this.residual[to] as Map<number, number>;
    if (!back.has(from)) back.set(from, 0);
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    for (;;) {
      const previous = this.shortestPath(source, sink);
      if (!previous) return flow;
      let bottleneck = Infinity;
      for (let node = sink; node !== source; node = previous.get(node) as number) {
        const from = previous.get(node) as number;
        bottleneck = Math.min(bottleneck, this.residual[from]?.get(node) ?? 0);
      }
      for (let node = sink; node !== source; node = previous.get(node) as number) {
        const from = previous.get(node) as number;
        const forward = this.residual[from] as Map<number, number>;
        const backward = this.residual[node] as Map<number, number>;
        forward.set(node, (forward.get(node) ?? 0) - bottleneck);
        backward.set(from, (backward.get(from) ?? 0) + bottleneck);
      }
      flow += bottleneck;
    }
  }

  reachableFrom(source: number): Set<number> {
    const seen = new Set([source]);
    const queue = [source];
    while (queue.length > 0) {
      const node = queue.shift() as number;
      for (const [next, capacity] of this.residual[node] ?? []) {
        if (capacity > 0 && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    return seen;
  }

  private shortestPath(source: number, sink: number): Map<number, number> | null {
    const previous = new Map<number, number>();
    const queue = [source];
    const seen = new Set([source]);
    while (queue.length > 0) {
      const node = queue.shift() as number;
      for (const [next, capacity] of this.residual[node] ?? []) {
        if (capacity <= 0 || seen.has(next)) continue;
        seen.add(next);
        previous.set(next, node);
        if (next === sink) return previous;
        queue.push(next);
      }
    }
    return null;
  }
}

function codesOf(members: readonly { code: string }[]): string {
  return members.map((member) => member.code).join(', ');
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
