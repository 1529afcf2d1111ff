import type { Instance } from './instance';

export interface Staffing {
  /** Staff index per group, or -1 when nobody qualified is free. */
  teachers: Int32Array;
  unstaffed: number;
}

/**
 * Gives each group a qualified teacher who is free in all its blocks, within load (max groups,
 * a double group counting once): a bipartite matching of groups to (teacher, block) slots
 * found by augmenting paths. Solving it per layout
 * keeps the search space to block placements only; the matching is exact for single-block
 * groups without load limits and a fast repair otherwise. Previous teachers are tried first, so
 * a small change to the layout changes few teachers.
 */
export function assignStaff(
  instance: Instance,
  masks: Int32Array,
  preferred?: Int32Array,
): Staffing {
  const { groups, staff, courses } = instance;
  const blockCount = instance.blocks.length;
  const teachers = new Int32Array(groups.length).fill(-1);
  // Without a staff list nobody is assigned, and no group counts as unstaffed.
  if (!instance.staffed) return { teachers, unstaffed: 0 };
  const owner = new Int32Array(staff.length * blockCount).fill(-1);
  const load = new Int32Array(staff.length);
  const candidates = courses.map((_, c) =>
    staff.flatMap((member, t) => (member.courses.has(c) ? [t] : [])),
  );
  const spanOf = (g: number): number => courses[groups[g]?.course ?? 0]?.span ?? 1;

  const place = (g: number, t: number, sign: 1 | -1): void => {
    const mask = masks[g] ?? 0;
    for (let bit = 0; bit < blockCount; bit += 1) {
      if (mask & (1 << bit)) owner[t * blockCount + bit] = sign === 1 ? g : -1;
    }
    // A double group is one group against the load, though it fills two blocks.
    load[t] = (load[t] ?? 0) + sign;
    teachers[g] = sign === 1 ? t : -1;
  };

  const tryAssign = (g: number, visited: Set<number>): boolean => {
    const mask = masks[g] ?? 0;
    const list = candidates[groups[g]?.course ?? 0] ?? [];
    const first = preferred?.[g] ?? -1;
    const order =
      first >= 0 && list.includes(first) ? [first, ...list.filter((t) => t !== first)] : list;
    for (const t of order) {
      const member = staff[t];
      if (member === undefined || visited.has(t) || (member.availableMask & mask) !== mask)
        continue;
      const clashing = new Set<number>();
      for (let bit = 0; bit < blockCount; bit += 1) {
        const holder = owner[t * blockCount + bit] ?? -1;
        if (mask & (1 << bit) && holder >= 0) clashing.add(holder);
      }
      if ((load[t] ?? 0) - clashing.size + 1 > member.maxGroups || clashing.size > 1) continue;
      const [holder] = clashing;
      if (holder === undefined) {
        place(g, t, 1);
        return true;
      }
      visited.add(t);
      place(holder, t, -1);
      place(g, t, 1);
      if (tryAssign(holder, visited)) return true;
      place(g, t, -1);
      place(holder, t, 1);
    }
    return false;
  };

  // The most constrained groups (doubles, few teachers) first.
  const order = groups
    .map((_, g) => g)
    .sort(
      (a, b) =>
        spanOf(b) - spanOf(a) ||
        (candidates[groups[a]?.course ?? 0]?.length ?? 0) -
          (candidates[groups[b]?.course ?? 0]?.length ?? 0) ||
        a - b,
    );
  let unstaffed = 0;
  for (const g of order) if (!tryAssign(g, new Set())) unstaffed += 1;
  return { teachers, unstaffed };
}
