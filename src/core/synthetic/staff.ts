import { courseDemand } from '../demand';
import type { ChoiceList, Course, StaffMember } from '../model';
import type { Random } from '../random';
import { HERITAGES, STAFF_FORENAMES } from './names';
import { SPECIALISMS } from './specialisms';

const PART_TIME_RATE = 0.15;
/** Teaching capacity beyond what the choices need, so that what-ifs have room to move. */
const SLACK = 0.25;
/** How far below one group per block a full-time teacher's KS4 option load may be. */
const FULL_TIME_SHORTFALL = [0, 0, 1, 1, 2] as const;

export interface StaffingInput {
  courses: readonly Course[];
  choices: readonly ChoiceList[];
  blocks: readonly string[];
  /** Courses taught off site, by the partner that teaches them. */
  partners: ReadonlyMap<string, string>;
}

interface Recruit {
  member: StaffMember;
  /** Block slots not yet promised to a course. */
  spare: number;
}

/**
 * Recruits teachers until every course can run the groups its choices need, with some slack.
 * Each slot of a teacher's time is promised to one course, so the whole demand can be staffed
 * at once, not just each course on its own. A double course needs a teacher in both blocks.
 */
export function generateStaff(random: Random, input: StaffingInput): StaffMember[] {
  const { courses, blocks } = input;
  const demand = courseDemand(input);
  const slots = courses.map(
    (course, i) =>
      Math.max(1, course.groups ?? 0, demand[i]?.groupsNeeded ?? 0) * course.blocksSpanned,
  );
  const position = new Map(courses.map((course, i) => [course.code, i]));
  // Biggest departments first, so that second subjects use their spare time.
  const order = courses.map((_, i) => i).sort((a, b) => (slots[b] ?? 0) - (slots[a] ?? 0));
  const identities = identitySource(random);
  const recruits: Recruit[] = [];

  for (const i of order) {
    const course = courses[i] as Course;
    const partner = input.partners.get(course.code);
    if (partner !== undefined) {
      for (let n = 1; n <= (slots[i] ?? 0); n += 1) {
        recruits.push({ member: visitingTutor(partner, n, course, blocks), spare: 0 });
      }
      continue;
    }
    const needed = Math.ceil((slots[i] ?? 0) * (1 + SLACK));
    let covered = 0;
    for (const recruit of recruits) {
      if (covered >= needed) break;
      if (!recruit.member.courses.includes(course.code)) continue;
      const take = Math.min(recruit.spare, needed - covered);
      recruit.spare -= take;
      covered += take;
    }
    while (covered < needed) {
      const taught = specialism(random, course.code)
        .filter((code) => position.has(code))
        .sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
      const recruit = newTeacher(random, identities(), taught, blocks);
      const take = Math.min(recruit.spare, needed - covered);
      recruit.spare -= take;
      covered += take;
      recruits.push(recruit);
    }
  }
  return recruits.map((recruit) => recruit.member);
}

function specialism(random: Random, code: string): readonly string[] {
  const options = SPECIALISMS[code];
  return options ? random.weightedPick(options, (option) => option.weight).courses : [code];
}

function newTeacher(
  random: Random,
  identity: { code: string; name: string },
  courses: string[],
  blocks: readonly string[],
): Recruit {
  const partTime = blocks.length >= 3 && random.chance(PART_TIME_RATE);
  const unavailable = partTime
    ? random.shuffle(blocks).slice(0, random.int(1, Math.min(2, blocks.length - 2)))
    : [];
  const available = blocks.length - unavailable.length;
  const maxGroups = partTime
    ? Math.max(1, available - random.int(0, 1))
    : Math.max(1, blocks.length - random.pick(FULL_TIME_SHORTFALL));
  return {
    member: {
      ...identity,
      courses,
      // Blank in a school's staff list means one group per block.
      maxGroups: maxGroups === blocks.length ? null : maxGroups,
      unavailableBlocks: blocks.filter((block) => unavailable.includes(block)),
    },
    spare: Math.min(maxGroups, available),
  };
}

/** A partner's tutor takes one group, in the block(s) the course may sit in. */
function visitingTutor(
  partner: string,
  n: number,
  course: Course,
  blocks: readonly string[],
): StaffMember {
  const initials = partner
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return {
    code: `X${initials}${n}`,
    name: `${partner} tutor ${n}`,
    courses: [course.code],
    maxGroups: 1,
    unavailableBlocks:
      course.allowedBlocks.length > 0
        ? blocks.filter((block) => !course.allowedBlocks.includes(block))
        : [],
  };
}

/** Distinct teacher names, with school-style codes: initial plus two letters of the surname. */
function identitySource(random: Random): () => { code: string; name: string } {
  const names = new Set<string>();
  const codes = new Set<string>();
  return () => {
    for (;;) {
      const forename = random.pick(STAFF_FORENAMES);
      const surname = random.pick(random.weightedPick(HERITAGES, (h) => h.share).surnames);
      const name = `${forename} ${surname}`;
      if (names.has(name)) continue;
      const code = staffCode(forename, surname, codes);
      names.add(name);
      codes.add(code.toUpperCase());
      return { code, name };
    }
  };
}

function staffCode(forename: string, surname: string, taken: ReadonlySet<string>): string {
  const letters = asciiLetters(surname).padEnd(3, 'x');
  const first = asciiLetters(forename).charAt(0).toUpperCase() + letters.charAt(0).toUpperCase();
  for (const letter of letters.slice(1)) {
    const code = first + letter.toLowerCase();
    if (!taken.has(code.toUpperCase())) return code;
  }
  const base = first + letters.charAt(1).toLowerCase();
  for (let n = 2; ; n += 1) {
    if (!taken.has(`${base}${n}`.toUpperCase())) return `${base}${n}`;
  }
}

/** "Wiśniewski" gives "Wisniewski", "O'Brien" gives "OBrien". */
function asciiLetters(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '');
}
