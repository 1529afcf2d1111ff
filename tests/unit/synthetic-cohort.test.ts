import { describe, expect, it } from 'vitest';
import { bandFromScore } from '../../src/core/attainment';
import { courseDemand } from '../../src/core/demand';
import type { ChoiceList, Cohort, Pupil } from '../../src/core/model';
import { generateSyntheticCohort } from '../../src/core/synthetic';
import { isValidUpn, upnCheckLetter } from '../../src/core/upn';

const school = generateSyntheticCohort({ pupils: 240, seed: 1 });
const large = generateSyntheticCohort({ pupils: 2000, seed: 'large' }).cohort;

const share = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;
const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const scores = (pupils: readonly Pupil[]) =>
  pupils.flatMap((pupil) =>
    pupil.priorAttainment.score === null ? [] : [pupil.priorAttainment.score],
  );

describe('a synthetic cohort', () => {
  it('is the same for the same pupils and seed, and differs for another seed', () => {
    expect(generateSyntheticCohort({ pupils: 240, seed: 1 })).toEqual(school);
    expect(generateSyntheticCohort({ pupils: 240, seed: '1' })).toEqual(school);
    const other = generateSyntheticCohort({ pupils: 240, seed: 2 }).cohort;
    expect(other.pupils.map((pupil) => pupil.upn)).not.toEqual(
      school.cohort.pupils.map((pupil) => pupil.upn),
    );
    expect(other.choices.map((list) => list.choices)).not.toEqual(
      school.cohort.choices.map((list) => list.choices),
    );
  });

  it('has the pupils asked for in forms of about 30, each with a choice list, in blocks A-E', () => {
    const { cohort } = school;
    expect(cohort.blocks).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(cohort.pupils).toHaveLength(240);
    expect(cohort.choices.map((list) => list.upn)).toEqual(cohort.pupils.map((pupil) => pupil.upn));
    const formSizes = new Map<string, number>();
    for (const pupil of cohort.pupils) {
      formSizes.set(pupil.form ?? '', (formSizes.get(pupil.form ?? '') ?? 0) + 1);
    }
    expect([...formSizes.keys()].sort()).toEqual(['9A', '9B', '9C', '9D', '9E', '9F', '9G', '9H']);
    expect([...formSizes.values()].every((size) => size === 30)).toBe(true);
  });

  it('offers a realistic catalogue: a double course, an off-site course, fixed groups', () => {
    const { courses } = school.cohort;
    expect(courses.length).toBeGreaterThanOrEqual(22);
    expect(courses.length).toBeLessThanOrEqual(28);
    expect(new Set(courses.map((course) => course.code.toUpperCase())).size).toBe(courses.length);
    expect(courses.filter((course) => course.blocksSpanned === 2).map((c) => c.code)).toEqual([
      'TSc',
    ]);
    const fixedToBlocks = courses.filter((course) => course.allowedBlocks.length > 0);
    expect(fixedToBlocks.map((course) => course.allowedBlocks)).toEqual([['E']]);
    expect(courses.some((course) => course.groups !== null)).toBe(true);
    const categories = ['language', 'humanity', 'science', 'arts', 'technology', 'vocational'];
    for (const category of [...categories, 'other']) {
      expect(courses.some((course) => course.category === category)).toBe(true);
    }
    for (const course of courses) {
      expect(['GCSE', 'BTEC', 'VTQ', 'Other']).toContain(course.qualification);
      expect(course.minGroupSize).toBeLessThanOrEqual(course.maxGroupSize);
    }
    const practical = ['Ar', 'Ph', 'FPN', 'DT', 'Eng'];
    for (const course of courses.filter((c) => practical.includes(c.code))) {
      expect(course.maxGroupSize).toBeLessThanOrEqual(24);
    }
  });

  it('lists aliases that name known courses, never clash with each other or with a code', () => {
    const codes = new Set(school.cohort.courses.map((course) => course.code));
    const upperCodes = new Set([...codes].map((code) => code.toUpperCase()));
    const names = school.aliases.map((entry) => entry.alias.toUpperCase());
    expect(new Set(names).size).toBe(names.length);
    for (const { alias, courseCode } of school.aliases) {
      expect(codes.has(courseCode)).toBe(true);
      expect(upperCodes.has(alias.toUpperCase())).toBe(false);
    }
    const aliasOf = (alias: string) => school.aliases.find((entry) => entry.alias === alias);
    expect(aliasOf('Hist')?.courseCode).toBe('Hi');
    expect(aliasOf('History')?.courseCode).toBe('Hi');
    expect(aliasOf('Comp Sci')?.courseCode).toBe('CS');
    expect(aliasOf('Sport (BTEC)')?.courseCode).toBe('BTEC-Spt');
  });

  it('gives every pupil a well-formed, unique UPN', () => {
    const upns = large.pupils.map((pupil) => pupil.upn);
    expect(new Set(upns).size).toBe(upns.length);
    expect(upns.filter((upn) => !isValidUpn(upn))).toEqual([]);
  });

  it('has the flags and attainment of a typical comprehensive', () => {
    const pupils = large.pupils;
    expect(share(pupils, (p) => p.disadvantaged)).toBeGreaterThan(0.2);
    expect(share(pupils, (p) => p.disadvantaged)).toBeLessThan(0.3);
    expect(share(pupils, (p) => p.send === 'K')).toBeGreaterThan(0.09);
    expect(share(pupils, (p) => p.send === 'K')).toBeLessThan(0.15);
    expect(share(pupils, (p) => p.send === 'E')).toBeGreaterThan(0.01);
    expect(share(pupils, (p) => p.send === 'E')).toBeLessThan(0.035);
    expect(share(pupils, (p) => p.eal)).toBeGreaterThan(0.11);
    expect(share(pupils, (p) => p.eal)).toBeLessThan(0.2);
    expect(share(pupils, (p) => p.gender === 'F')).toBeGreaterThan(0.44);
    expect(share(pupils, (p) => p.gender === 'M')).toBeGreaterThan(0.44);
    const missing = share(pupils, (p) => p.priorAttainment.score === null);
    expect(missing).toBeGreaterThan(0.015);
    expect(missing).toBeLessThan(0.05);

    const known = scores(pupils);
    const average = mean(known);
    const sd = Math.sqrt(mean(known.map((score) => (score - average) ** 2)));
    expect(average).toBeGreaterThan(102.5);
    expect(average).toBeLessThan(105.5);
    expect(sd).toBeGreaterThan(5);
    expect(sd).toBeLessThan(7);
    expect(Math.min(...known)).toBeGreaterThanOrEqual(80);
    expect(Math.max(...known)).toBeLessThanOrEqual(120);
    for (const { priorAttainment } of pupils) {
      const { score, band } = priorAttainment;
      expect(band).toBe(score === null ? null : bandFromScore(score));
    }
  });

  it('gives disadvantaged pupils and pupils with SEND lower prior attainment on average', () => {
    const disadvantaged = mean(scores(large.pupils.filter((p) => p.disadvantaged)));
    const others = mean(scores(large.pupils.filter((p) => !p.disadvantaged)));
    expect(others - disadvantaged).toBeGreaterThan(2);
    const withSend = mean(scores(large.pupils.filter((p) => p.send !== 'N')));
    const withoutSend = mean(scores(large.pupils.filter((p) => p.send === 'N')));
    expect(withoutSend - withSend).toBeGreaterThan(3);
  });

  it('has mixed-heritage names, apostrophes and accents as real registers do', () => {
    const surnames = new Set(large.pupils.map((pupil) => pupil.surname));
    expect(surnames.size).toBeGreaterThan(100);
    expect([...surnames].some((name) => name.includes("'"))).toBe(true);
    expect([...surnames].some((name) => /[^\u0020-\u007e]/.test(name))).toBe(true);
  });
});

describe('synthetic choices', () => {
  const codes = new Set(large.courses.map((course) => course.code));
  const spans = new Map(large.courses.map((course) => [course.code, course.blocksSpanned]));
  const blocksNeeded = (list: ChoiceList) =>
    list.choices.reduce((sum, code) => sum + (spans.get(code) ?? 1), 0);

  it('name known courses only, never the same course twice, with 1 or 2 other reserves', () => {
    for (const list of large.choices) {
      const named = [...list.choices, ...list.reserves];
      expect(named.every((code) => codes.has(code))).toBe(true);
      expect(new Set(named).size).toBe(named.length);
      expect(list.choices.length).toBeGreaterThanOrEqual(3);
      expect(list.choices.length).toBeLessThanOrEqual(4);
      expect(list.reserves.length).toBeGreaterThanOrEqual(1);
      expect(list.reserves.length).toBeLessThanOrEqual(2);
    }
    expect(share(large.choices, (list) => list.choices.length === 4)).toBeGreaterThan(0.9);
    expect(share(large.choices, (list) => list.reserves.length === 2)).toBeGreaterThan(0.3);
  });

  it('never need more blocks than the plan has, counting a double course twice', () => {
    expect(large.choices.every((list) => blocksNeeded(list) <= large.blocks.length)).toBe(true);
    const fourBlocks = generateSyntheticCohort({
      pupils: 300,
      seed: 3,
      blocks: ['P', 'Q', 'R', 'S'],
    });
    const tripleScience = fourBlocks.cohort.choices.filter((list) => list.choices.includes('TSc'));
    expect(tripleScience.length).toBeGreaterThan(0);
    for (const list of tripleScience) expect(list.choices).toHaveLength(3);
  });

  it('are skewed: a few courses are very popular and some are small', () => {
    const totals = courseDemand(large)
      .filter((demand) => demand.code !== 'SUP')
      .map((demand) => demand.total)
      .sort((a, b) => b - a);
    const all = totals.reduce((sum, total) => sum + total, 0);
    expect((totals[0] ?? 0) / (totals.at(-1) ?? 1)).toBeGreaterThan(10);
    expect(totals.slice(0, 5).reduce((sum, total) => sum + total, 0) / all).toBeGreaterThan(0.3);
  });

  it('hang together: Triple Science goes with Computer Science and languages', () => {
    const chose = (code: string) => (list: ChoiceList) => list.choices.includes(code);
    const language = (list: ChoiceList) =>
      list.choices.some((code) => ['Fr', 'Sp', 'Ge', 'La'].includes(code));
    const scientists = large.choices.filter(chose('TSc'));
    expect(share(scientists, chose('CS'))).toBeGreaterThan(1.5 * share(large.choices, chose('CS')));
    expect(share(scientists, language)).toBeGreaterThan(share(large.choices, language) + 0.1);
    const vocational = ['BTEC-Spt', 'BTEC-HSC', 'Eng', 'CD', 'COL-Con'];
    const anotherVocational = (list: ChoiceList) =>
      list.choices.filter((code) => vocational.includes(code)).length >= 2;
    const engineers = large.choices.filter(chose('Eng'));
    expect(share(engineers, anotherVocational)).toBeGreaterThan(
      1.5 * share(large.choices, anotherVocational),
    );
  });

  it('lean on prior attainment: high attainers take Triple Science far more often', () => {
    const bandOf = new Map(large.pupils.map((p) => [p.upn, p.priorAttainment.band]));
    const tripleScienceShare = (band: string) =>
      share(
        large.choices.filter((list) => bandOf.get(list.upn) === band),
        (list) => list.choices.includes('TSc'),
      );
    expect(tripleScienceShare('H')).toBeGreaterThan(3 * tripleScienceShare('L'));
  });

  it('give the supported course only as a choice, to some pupils with SEND or low attainment', () => {
    const pupilOf = new Map(large.pupils.map((p) => [p.upn, p]));
    const supported = large.choices.filter((list) => list.choices.includes('SUP'));
    expect(supported.length).toBeGreaterThan(10);
    for (const list of supported) {
      const pupil = pupilOf.get(list.upn);
      expect(pupil?.send !== 'N' || pupil.priorAttainment.band === 'L').toBe(true);
      expect(pupil?.priorAttainment.band).not.toBe('H');
    }
    expect(large.choices.some((list) => list.reserves.includes('SUP'))).toBe(false);
  });
});

describe('synthetic staff', () => {
  it('can staff every course at once, with the groups its demand needs', () => {
    for (const cohort of [school.cohort, large]) expect(unstaffedGroups(cohort)).toEqual([]);
  });

  it('look like a real staff list: initials codes, one or two specialisms, some part-timers', () => {
    const { staff, blocks } = large;
    expect(new Set(staff.map((member) => member.code.toUpperCase())).size).toBe(staff.length);
    expect(new Set(staff.map((member) => member.name)).size).toBe(staff.length);
    for (const member of staff) {
      expect(member.courses.length).toBeGreaterThanOrEqual(1);
      expect(member.courses.length).toBeLessThanOrEqual(2);
      expect(member.maxGroups ?? blocks.length).toBeLessThanOrEqual(blocks.length);
      expect(member.unavailableBlocks.every((block) => blocks.includes(block))).toBe(true);
    }
    expect(staff.filter((m) => /^[A-Z][A-Z][a-z]$/.test(m.code)).length).toBeGreaterThan(
      staff.length * 0.8,
    );
    expect(share(staff, (m) => m.courses.length === 2)).toBeGreaterThan(0.2);
    const partTime = staff.filter(
      (m) => m.unavailableBlocks.length > 0 && m.courses[0] !== 'COL-Con',
    );
    expect(partTime.length).toBeGreaterThan(0);
  });
});

describe('generator options', () => {
  it('uses the blocks given: the off-site course sits in the last one', () => {
    const { cohort } = generateSyntheticCohort({
      pupils: 60,
      seed: 9,
      blocks: ['X', 'Y', 'Z', 'W'],
    });
    expect(cohort.blocks).toEqual(['X', 'Y', 'Z', 'W']);
    expect(cohort.courses.find((course) => course.code === 'COL-Con')?.allowedBlocks).toEqual([
      'W',
    ]);
    expect(
      cohort.staff.flatMap((m) => m.unavailableBlocks).every((b) => cohort.blocks.includes(b)),
    ).toBe(true);
    expect(unstaffedGroups(cohort)).toEqual([]);
  });

  it('keeps the same pupils when only the blocks change', () => {
    const five = generateSyntheticCohort({ pupils: 60, seed: 9 }).cohort;
    const four = generateSyntheticCohort({
      pupils: 60,
      seed: 9,
      blocks: ['A', 'B', 'C', 'D'],
    }).cohort;
    expect(four.pupils).toEqual(five.pupils);
  });

  it('makes an empty cohort whose courses can still be staffed', () => {
    const { cohort } = generateSyntheticCohort({ pupils: 0, seed: 1 });
    expect(cohort.pupils).toEqual([]);
    expect(cohort.choices).toEqual([]);
    const taught = new Set(cohort.staff.flatMap((member) => member.courses));
    expect(cohort.courses.every((course) => taught.has(course.code))).toBe(true);
  });

  it('refuses a pupil count or blocks that make no sense', () => {
    expect(() => generateSyntheticCohort({ pupils: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticCohort({ pupils: 2.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateSyntheticCohort({ pupils: 10, seed: 1, blocks: [] })).toThrow(RangeError);
    expect(() => generateSyntheticCohort({ pupils: 10, seed: 1, blocks: ['A', 'a'] })).toThrow(
      /named twice/,
    );
  });
});

describe('UPN check letters', () => {
  it('weigh digit n by n, modulo 23, over a 23-letter alphabet without I, O or S', () => {
    expect(upnCheckLetter('000000000000')).toBe('A');
    expect(upnCheckLetter('100000000000')).toBe('C'); // 1 × 2
    expect(upnCheckLetter('000000000001')).toBe('P'); // 1 × 13
    expect(upnCheckLetter('000000000002')).toBe('D'); // 2 × 13 = 26, which leaves 3
  });

  it('tell a valid UPN from a mistyped one', () => {
    const upn = `${upnCheckLetter('850216216001')}850216216001`;
    expect(isValidUpn(upn)).toBe(true);
    expect(isValidUpn(`${upn.charAt(0)}850216216010`)).toBe(false);
    expect(isValidUpn(upn.slice(0, 12))).toBe(false);
    expect(isValidUpn(upn.toLowerCase())).toBe(false);
    expect(() => upnCheckLetter('85021621600')).toThrow(RangeError);
  });
});

/**
 * Groups that no teacher could take when every course runs the groups its demand needs:
 * a matching of group-blocks to teachers' free slots (a double course needs two).
 */
function unstaffedGroups(cohort: Cohort): string[] {
  const capacity = cohort.staff.map((member) =>
    Math.min(
      member.maxGroups ?? cohort.blocks.length,
      cohort.blocks.length - member.unavailableBlocks.length,
    ),
  );
  const slots: number[] = []; // slot index → teacher index
  capacity.forEach((count, teacher) => {
    for (let i = 0; i < count; i += 1) slots.push(teacher);
  });
  const holder = new Array<number>(slots.length).fill(-1); // slot → unit
  const units: string[] = [];
  for (const [i, demand] of courseDemand(cohort).entries()) {
    const course = cohort.courses[i];
    if (!course) continue;
    const groups = Math.max(course.groups ?? 0, demand.groupsNeeded);
    for (let g = 0; g < groups * course.blocksSpanned; g += 1) units.push(course.code);
  }
  const canTake = (unit: number, slot: number) =>
    cohort.staff[slots[slot] ?? -1]?.courses.includes(units[unit] ?? '') ?? false;
  const assign = (unit: number, seen: boolean[]): boolean => {
    for (let slot = 0; slot < slots.length; slot += 1) {
      if (seen[slot] || !canTake(unit, slot)) continue;
      seen[slot] = true;
      const current = holder[slot] ?? -1;
      if (current === -1 || assign(current, seen)) {
        holder[slot] = unit;
        return true;
      }
    }
    return false;
  };
  return units.filter((_, unit) => !assign(unit, new Array<boolean>(slots.length).fill(false)));
}
