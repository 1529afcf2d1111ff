import { buildCombos, combosByCourse, fitItems, type Places } from './combos';
import { fullOptions } from './fit';
import type { Instance } from './instance';
import { keepsApart, type Unit } from './layout';
import { assignStaff } from './staffing';

/**
 * A constructive first layout, built without randomness. Units are placed hardest first (pinned,
 * then double, then fewest allowed placements, then most chosen), each where the most pupils
 * can still take every course placed so far (by the exact fit) without leaving a group unstaffed
 * (groups not yet placed count against teachers' loads only), breaking ties towards blocks
 * holding fewer groups of the course and fewer groups in all. Returns null when the keep-apart
 * rules cannot all be kept this way; the random first layout is then the only start.
 */
export function constructiveMasks(instance: Instance, units: readonly Unit[]): Int32Array | null {
  const blockCount = instance.blocks.length;
  const masks = new Int32Array(instance.groups.length);
  const combos = buildCombos(instance);
  const byCourse = combosByCourse(instance, combos);
  const places: Places[] = instance.courses.map(() => ({ masks: [], buckets: [] }));
  const demand = instance.courses.map(() => 0);
  for (const pupil of instance.pupils) {
    for (const c of pupil.choices) demand[c] = (demand[c] ?? 0) + 1;
  }
  const courseLoad = instance.courses.map(() => new Int32Array(blockCount));
  const blockLoad = new Int32Array(blockCount);
  const courseOf = (g: number): number => instance.groups[g]?.course ?? 0;
  const spanOf = (unit: Unit): number =>
    Math.max(...unit.groups.map((g) => instance.courses[courseOf(g)]?.span ?? 1));
  const demandOf = (unit: Unit): number =>
    Math.max(...unit.groups.map((g) => demand[courseOf(g)] ?? 0));
  const order = [...units].sort(
    (a, b) =>
      Number(b.pinned) - Number(a.pinned) ||
      spanOf(b) - spanOf(a) ||
      a.placements.length - b.placements.length ||
      demandOf(b) - demandOf(a) ||
      (a.groups[0] ?? 0) - (b.groups[0] ?? 0),
  );

  /** The places of a course's groups placed so far (an unplaced group has mask 0). */
  const placesOf = (c: number): Places => {
    const own: Places = { masks: [], buckets: [] };
    for (const g of instance.courses[c]?.groups ?? []) {
      const mask = masks[g] ?? 0;
      if (mask === 0 || own.masks.includes(mask)) continue;
      own.masks.push(mask);
      own.buckets.push(g);
    }
    return own;
  };

  /** Pupils among the touched combinations who can take every placed course they need. */
  const fitting = (touched: readonly number[]): number => {
    let total = 0;
    for (const k of touched) {
      const combo = combos[k];
      if (!combo) continue;
      const items = fitItems(instance, masks, places, combo).filter((item) =>
        item.masks.some((mask) => mask !== 0),
      );
      if (fullOptions(items).length > 0) total += combo.pupils.length;
    }
    return total;
  };

  for (const unit of order) {
    const courses = [...new Set(unit.groups.map(courseOf))];
    const touched = [...new Set(courses.flatMap((c) => byCourse[c] ?? []))];
    let best = -1;
    let bestUnstaffed = Infinity;
    let bestFit = -1;
    let bestCost = Infinity;
    for (const mask of unit.placements) {
      for (const g of unit.groups) masks[g] = mask;
      if (!keepsApart(instance, masks)) continue;
      for (const c of courses) places[c] = placesOf(c);
      const unstaffed = assignStaff(instance, masks).unstaffed;
      if (unstaffed > bestUnstaffed) continue;
      const fit = fitting(touched);
      let cost = 0;
      for (let bit = 0; bit < blockCount; bit += 1) {
        if ((mask & (1 << bit)) === 0) continue;
        cost += blockLoad[bit] ?? 0;
        for (const g of unit.groups) cost += 100 * (courseLoad[courseOf(g)]?.[bit] ?? 0);
      }
      if (unstaffed < bestUnstaffed || fit > bestFit || (fit === bestFit && cost < bestCost)) {
        best = mask;
        bestUnstaffed = unstaffed;
        bestFit = fit;
        bestCost = cost;
      }
    }
    if (best < 0) return null;
    for (const g of unit.groups) {
      masks[g] = best;
      const load = courseLoad[courseOf(g)];
      for (let bit = 0; bit < blockCount; bit += 1) {
        if ((best & (1 << bit)) === 0) continue;
        blockLoad[bit] = (blockLoad[bit] ?? 0) + 1;
        if (load) load[bit] = (load[bit] ?? 0) + 1;
      }
    }
    for (const c of courses) places[c] = placesOf(c);
  }
  return masks;
}
