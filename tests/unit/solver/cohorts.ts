import type { Cohort, Course, StaffMember } from '../../../src/core/model';
import { createRandom } from '../../../src/core/random';

export interface CourseSpec {
  code: string;
  name?: string;
  max?: number;
  min?: number;
  groups?: number | null;
  span?: 1 | 2;
  allowed?: string[];
}

export function course(spec: CourseSpec): Course {
  return {
    code: spec.code,
    name: spec.name ?? spec.code,
    maxGroupSize: spec.max ?? 30,
    minGroupSize: spec.min ?? 1,
    groups: spec.groups ?? null,
    blocksSpanned: spec.span ?? 1,
    allowedBlocks: spec.allowed ?? [],
    qualification: null,
    category: null,
  };
}

export function teacher(
  code: string,
  courses: string[],
  extra: Partial<StaffMember> = {},
): StaffMember {
  return { code, name: code, courses, maxGroups: null, unavailableBlocks: [], ...extra };
}

/** A cohort from compact parts; pupils are [choices, reserves?] and get UPNs P1, P2, … */
export function makeCohort(parts: {
  blocks: string[];
  courses: CourseSpec[];
  staff?: StaffMember[];
  pupils: [string[], string[]?][];
}): Cohort {
  const courses = parts.courses.map(course);
  // By default every course has as many teachers of its own as there are blocks.
  const staff =
    parts.staff ??
    courses.flatMap((c) => parts.blocks.map((_, i) => teacher(`${c.code}-T${i + 1}`, [c.code])));
  const pupils = parts.pupils.map((_, i) => ({
    upn: `P${i + 1}`,
    surname: `Pupil${i + 1}`,
    forename: 'Test',
    form: null,
    gender: null,
    disadvantaged: false,
    send: 'N' as const,
    eal: false,
    priorAttainment: { score: null, band: null },
    pathway: null,
  }));
  const choices = parts.pupils.map(([chosen, reserves], i) => ({
    upn: `P${i + 1}`,
    choices: chosen,
    reserves: reserves ?? [],
  }));
  return { blocks: parts.blocks, courses, pupils, choices, staff };
}

/**
 * A small random cohort with everything the solver must respect: double courses, allowed
 * blocks, part-time staff with limited loads, and more demand than fits.
 */
export function randomCohort(seed: number): Cohort {
  const random = createRandom(`solver-property/${seed}`);
  const blocks = ['A', 'B', 'C', 'D'].slice(0, random.int(3, 4));
  const specs: CourseSpec[] = [];
  const courseCount = random.int(4, 7);
  for (let i = 0; i < courseCount; i += 1) {
    const span = i === 0 && random.chance(0.5) ? 2 : 1;
    const allowed = span === 1 && random.chance(0.25) ? random.shuffle(blocks).slice(0, 2) : [];
    specs.push({ code: `C${i}`, max: random.int(4, 9), min: 1, span, allowed });
  }
  const staff: StaffMember[] = [];
  specs.forEach((spec, i) => {
    const teachers = random.int(1, 3);
    for (let t = 0; t < teachers; t += 1) {
      const other = specs[random.int(0, specs.length - 1)]?.code ?? spec.code;
      staff.push(
        teacher(`T${i}-${t}`, [...new Set([spec.code, other])], {
          maxGroups: random.chance(0.3) ? random.int(2, 3) : null,
          // Restricted courses keep their own teachers free, so that every course is teachable.
          unavailableBlocks:
            (spec.allowed ?? []).length === 0 && random.chance(0.3) ? [random.pick(blocks)] : [],
        }),
      );
    }
  });
  const pupils: [string[], string[]][] = [];
  const pupilCount = random.int(8, 24);
  for (let p = 0; p < pupilCount; p += 1) {
    const codes = random.shuffle(specs.map((spec) => spec.code));
    const size = random.int(2, Math.min(3, blocks.length - 1));
    pupils.push([codes.slice(0, size), codes.slice(size, size + random.int(0, 1))]);
  }
  return makeCohort({ blocks, courses: specs, staff, pupils });
}
