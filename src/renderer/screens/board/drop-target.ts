/**
 * The blocks a group would sit in when dropped on a block. A single group takes that block; a
 * double group starts there and takes the next block too, or the one before when the block
 * dropped on is the last.
 */
export function blocksForDrop(
  planBlocks: readonly string[],
  droppedOn: string,
  spansTwoBlocks: boolean,
): string[] {
  if (!spansTwoBlocks) return [droppedOn];
  const index = planBlocks.indexOf(droppedOn);
  if (index === -1 || planBlocks.length < 2) return [droppedOn];
  const next = planBlocks[index + 1];
  if (next !== undefined) return [droppedOn, next];
  const before = planBlocks[index - 1];
  return before === undefined ? [droppedOn] : [before, droppedOn];
}

export function sameBlocks(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((block) => b.includes(block));
}
