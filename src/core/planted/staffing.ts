import type { StaffMember } from '../model';
import type { Random } from '../random';
import type { PlantedCourse } from './courses';
import type { PlantedGroup } from './layout';

/** A full-time teacher's KS4 option load: one group per block, or a little less. */
const LOAD_SHORTFALL = [0, 0, 1, 1, 2] as const;
/** Teachers who can also teach a second course (flexibility a solver may use). */
const SECOND_COURSE_RATE = 0.35;
/** Part-time teachers, who miss one block in which they teach nothing in the planted layout. */
const PART_TIME_RATE = 0.15;

interface Teacher {
  member: StaffMember;
  busy: number;
  /** Blocks taught so far, and at most: a double group counts twice. */
  load: number;
  cap: number;
}

/**
 * Staff who can teach the planted layout: each group gets a teacher of its course who is free
 * in its blocks and under their load, and a new one is recruited when nobody is.
 * Loads are counted in blocks taught, so max_groups holds whether it is read as groups or as
 * blocks (a double group taking two). Returns the staff and each group's teacher code.
 */
export function plantStaff(
  random: Random,
  courses: readonly PlantedCourse[],
  groups: readonly PlantedGroup[],
  blocks: readonly string[],
): { staff: StaffMember[]; teachers: string[] } {
  const recruited: Teacher[] = [];
  const teachers = groups.map((group) => {
    const code = courses[group.course]?.course.code ?? '';
    const span = group.blocks.length;
    const free = recruited.filter(
      (t) =>
        t.member.courses.includes(code) && (t.busy & group.mask) === 0 && t.load + span <= t.cap,
    );
    // The busiest free teacher first: departments fill their teachers before recruiting.
    const teacher =
      free.sort((a, b) => b.load - a.load)[0] ?? recruit(random, recruited, code, courses, blocks);
    teacher.busy |= group.mask;
    teacher.load += span;
    return teacher.member.code;
  });
  for (const teacher of recruited) finishContract(random, teacher, blocks);
  return { staff: recruited.map((t) => t.member), teachers };
}

function recruit(
  random: Random,
  recruited: Teacher[],
  code: string,
  courses: readonly PlantedCourse[],
  blocks: readonly string[],
): Teacher {
  const taught = [code];
  if (random.chance(SECOND_COURSE_RATE)) {
    const category = courses.find((c) => c.course.code === code)?.category;
    const others = courses.filter((c) => c.course.code !== code);
    const related = others.filter((c) => c.category === category);
    const pool = related.length > 0 ? related : others;
    if (pool.length > 0) taught.push(random.pick(pool).course.code);
  }
  const n = recruited.length + 1;
  const teacher: Teacher = {
    member: {
      code: `T${String(n).padStart(2, '0')}`,
      name: `Teacher ${n}`,
      courses: taught,
      maxGroups: null,
      unavailableBlocks: [],
    },
    busy: 0,
    load: 0,
    // At least two blocks, so that a new teacher can always take a double group.
    cap: Math.max(2, blocks.length - random.pick(LOAD_SHORTFALL)),
  };
  recruited.push(teacher);
  return teacher;
}

/** Sets the load limit and, for a few teachers, a block they are not in school. */
function finishContract(random: Random, teacher: Teacher, blocks: readonly string[]): void {
  const idle = blocks.filter((_, b) => (teacher.busy & (1 << b)) === 0);
  if (idle.length > 0 && blocks.length >= 3 && random.chance(PART_TIME_RATE)) {
    teacher.member.unavailableBlocks = [random.pick(idle)];
  }
  const limit = Math.min(teacher.cap, blocks.length - teacher.member.unavailableBlocks.length);
  // Blank in a school's staff list means one group per block.
  teacher.member.maxGroups = limit >= blocks.length ? null : limit;
}
