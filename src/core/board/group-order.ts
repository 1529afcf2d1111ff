import type { SolutionGroup } from '../solver';
import { compareText } from './order';

/**
 * Groups in the order a timetable reads: by their first block in the plan's block order, then by
 * label ("Art 2" before "Art 10"). Groups in no block of the plan come last.
 */
export function compareGroupsByBlock(
  blocks: readonly string[],
): (a: SolutionGroup, b: SolutionGroup) => number {
  const position = (group: SolutionGroup): number => {
    const indexes = group.blocks.map((block) => blocks.indexOf(block)).filter((i) => i >= 0);
    return indexes.length === 0 ? blocks.length : Math.min(...indexes);
  };
  return (a, b) => position(a) - position(b) || compareText(a.label, b.label);
}

/** The same blocks whatever order they are listed in, as one key. */
export function blocksKey(blocks: readonly string[]): string {
  return [...blocks].sort().join('\u0000');
}
