import type { FitOption } from './fit';
import { namesOfMask } from './masks';
import type { LayoutState } from './state';
import type { UnresolvedChoice } from './types';

/** For every original choice a pupil did not get, why, in the words a deputy head would use. */
export function explainUnresolved(state: LayoutState): UnresolvedChoice[] {
  const { instance, masks, allocation } = state;
  const comboOf = new Map<number, number>();
  state.combos.forEach((combo, k) => combo.pupils.forEach((p) => comboOf.set(p, k)));
  const nameOf = (c: number): string => instance.courses[c]?.name ?? '';
  const runsIn = (c: number): number =>
    (instance.courses[c]?.groups ?? []).reduce((mask, g) => mask | (masks[g] ?? 0), 0);
  const blocksText = (mask: number): string => {
    const names = namesOfMask(mask, instance.blocks);
    return names.length === 1 ? `block ${names[0]}` : `blocks ${listText(names)}`;
  };
  const isFull = (b: number): boolean => (allocation.load[b] ?? 0) >= (allocation.capacity[b] ?? 0);

  const unresolved: UnresolvedChoice[] = [];
  instance.pupils.forEach((pupil, p) => {
    const option = allocation.chosen[p];
    const missing = pupil.choices.filter((c) => !option?.courses.includes(c));
    if (missing.length === 0) return;
    const full = state.fullOptionsOf(comboOf.get(p) ?? 0);
    const reserves = (option?.courses ?? []).filter((c) => pupil.reserves.includes(c));
    const instead = reserves.length > 0 ? `; given ${listText(reserves.map(nameOf))} instead` : '';
    for (const c of missing) {
      let reason: string;
      if ((instance.courses[c]?.groups.length ?? 0) === 0) {
        reason = `${nameOf(c)} is not running: it has no groups`;
      } else if (full.length > 0) {
        reason = crowdingText(c, full);
      } else {
        // Some choices collide; this one may still have lost out only to full groups.
        reason = clashText(c) ?? crowdingText(c, state.partialOptionsOf(comboOf.get(p) ?? 0));
      }
      unresolved.push({
        upn: pupil.upn,
        course: instance.courses[c]?.code ?? '',
        reason: reason + instead,
      });
    }

    /** The full buckets in the pupil's way; the missing course's own first, when it is full. */
    function crowdingText(c: number, options: readonly FitOption[]): string {
      const own = new Set<string>();
      const others = new Set<string>();
      for (const candidate of options) {
        candidate.courses.forEach((d, i) => {
          if (!isFull(candidate.buckets[i] ?? 0)) return;
          const text = `${nameOf(d)} is full in ${blocksText(candidate.masks[i] ?? 0)}`;
          (d === c ? own : others).add(text);
        });
      }
      const texts = own.size > 0 ? own : others;
      return texts.size > 0 ? listText([...texts]) : `${nameOf(c)} has no room left`;
    }

    function clashText(c: number): string | null {
      const own = runsIn(c);
      const others = pupil.choices.filter((d) => d !== c && (runsIn(d) & own) !== 0);
      if (others.length === 0) return null;
      const sameSingle = others.filter((d) => runsIn(d) === own);
      if (namesOfMask(own, instance.blocks).length === 1 && sameSingle.length > 0) {
        return `${listText([c, ...sameSingle].map(nameOf))} only run in ${blocksText(own)}`;
      }
      const taken = others.map((d) => `${nameOf(d)} (${blocksText(runsIn(d))})`);
      return `${nameOf(c)} runs only in ${blocksText(own)}, which this pupil's other choices need: ${listText(taken)}`;
    }
  });
  return unresolved;
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
