import { expect } from 'vitest';
import type { Cohort } from '../../../src/core/model';
import type { SolveOptions, Solution } from '../../../src/core/solver';

/** Asserts every hard rule of a solution; returns nothing, fails the test on the first break. */
export function expectValidSolution(
  cohort: Cohort,
  solution: Solution,
  options: SolveOptions = {},
) {
  const courses = new Map(cohort.courses.map((c) => [c.code, c]));
  const staff = new Map(cohort.staff.map((member) => [member.code, member]));
  const groups = new Map(solution.groups.map((group) => [group.label, group]));
  const busy = new Set<string>();
  const load = new Map<string, number>();
  for (const group of solution.groups) {
    const course = courses.get(group.course);
    expect(course, group.label).toBeDefined();
    if (!course) continue;
    expect(new Set(group.blocks).size, `${group.label} blocks`).toBe(course.blocksSpanned);
    expect(group.blocks.length).toBe(course.blocksSpanned);
    for (const block of group.blocks) {
      expect(cohort.blocks).toContain(block);
      if (course.allowedBlocks.length > 0) expect(course.allowedBlocks).toContain(block);
    }
    const pin = options.pins?.[group.label];
    if (pin) expect([...group.blocks].sort()).toEqual([...pin].sort());
    if (group.teacher === null) continue;
    const member = staff.get(group.teacher);
    expect(member?.courses, `${group.teacher} teaches ${group.course}`).toContain(group.course);
    for (const block of group.blocks) {
      expect(member?.unavailableBlocks ?? [], `${group.teacher} free in ${block}`).not.toContain(
        block,
      );
      const key = `${group.teacher}/${block}`;
      expect(busy.has(key), `${group.teacher} twice in block ${block}`).toBe(false);
      busy.add(key);
    }
    // max_groups counts groups: a double group is one, though it fills two blocks.
    load.set(group.teacher, (load.get(group.teacher) ?? 0) + 1);
  }
  for (const [code, groupsTaught] of load) {
    expect(groupsTaught).toBeLessThanOrEqual(staff.get(code)?.maxGroups ?? cohort.blocks.length);
  }
  for (const rule of options.rules ?? []) {
    const [a, b] = rule.groups.map((label) => groups.get(label)?.blocks ?? []);
    const shared = (a ?? []).filter((block) => (b ?? []).includes(block));
    if (rule.kind === 'apart') expect(shared, rule.groups.join('/')).toEqual([]);
    else expect([...(a ?? [])].sort()).toEqual([...(b ?? [])].sort());
  }

  const sizes = new Map<string, number>();
  const lists = new Map(cohort.choices.map((list) => [list.upn, list]));
  const byPupil = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const placement of solution.placements) {
    const group = groups.get(placement.group);
    expect(group?.course, placement.group).toBe(placement.course);
    const key = `${placement.upn}/${placement.course}`;
    expect(seen.has(key), `${key} placed twice`).toBe(false);
    seen.add(key);
    const list = lists.get(placement.upn);
    expect(list).toBeDefined();
    expect(placement.reserve).toBe(list?.reserves.includes(placement.course) ?? false);
    sizes.set(placement.group, (sizes.get(placement.group) ?? 0) + 1);
    byPupil.set(placement.upn, [...(byPupil.get(placement.upn) ?? []), ...(group?.blocks ?? [])]);
  }
  for (const [upn, blocks] of byPupil) {
    expect(new Set(blocks).size, `${upn} has two courses in one block`).toBe(blocks.length);
  }
  const locked = new Set((options.lockedPlacements ?? []).map((lock) => lock.group));
  for (const [label, size] of sizes) {
    if (locked.has(label)) continue;
    const course = courses.get(groups.get(label)?.course ?? '');
    expect(size, `${label} size`).toBeLessThanOrEqual(course?.maxGroupSize ?? 0);
  }
  for (const lock of options.lockedPlacements ?? []) {
    const placed = solution.placements.find((p) => p.upn === lock.upn && p.course === lock.course);
    expect(placed?.group, `${lock.upn} locked in ${lock.group}`).toBe(lock.group);
  }
}
