import type { StaffMember } from '../model';

interface Teacher {
  member: StaffMember;
  /** Blocks taken by a group or in which the teacher is not in school. */
  blocked: number;
  load: number;
  limit: number;
}

/** Who is still free to teach what, as groups are placed one by one. */
export class StaffPool {
  private readonly teachers: Teacher[];

  constructor(staff: readonly StaffMember[], blocks: readonly string[]) {
    this.teachers = staff.map((member) => ({
      member,
      blocked: blocks.reduce(
        (mask, name, b) => (member.unavailableBlocks.includes(name) ? mask | (1 << b) : mask),
        0,
      ),
      load: 0,
      limit: member.maxGroups ?? blocks.length,
    }));
  }

  /** True when somebody on the staff can teach the course at all. */
  teaches(course: string): boolean {
    return this.teachers.some((t) => t.member.courses.includes(course));
  }

  /**
   * The teacher to give a group of the course in these blocks, or null when nobody is free:
   * the one who can teach fewest other courses (keeping versatile staff for later), then the
   * least loaded.
   */
  pick(course: string, mask: number): string | null {
    let best: Teacher | null = null;
    for (const t of this.teachers) {
      if (!t.member.courses.includes(course) || (t.blocked & mask) !== 0 || t.load >= t.limit) {
        continue;
      }
      if (
        !best ||
        t.member.courses.length < best.member.courses.length ||
        (t.member.courses.length === best.member.courses.length && t.load < best.load)
      ) {
        best = t;
      }
    }
    return best?.member.code ?? null;
  }

  assign(code: string, mask: number): void {
    const teacher = this.teachers.find((t) => t.member.code === code);
    if (!teacher) throw new RangeError(`There is no teacher ${code}.`);
    teacher.blocked |= mask;
    teacher.load += 1;
  }
}
