/** Small helpers for the plain-English texts of counselling. */

export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function blocksText(blocks: readonly string[]): string {
  return blocks.length === 1 ? `block ${blocks[0]}` : `blocks ${listText(blocks)}`;
}

/** Names a few people and counts the rest, so a long list stays readable. */
export function namesText(names: readonly string[], shown = 4): string {
  if (names.length <= shown) return listText(names);
  return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

export function bitNames(mask: number, blocks: readonly string[]): string[] {
  return blocks.filter((_, i) => (mask & (1 << i)) !== 0);
}
