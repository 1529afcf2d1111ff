/** Blocks are bits of a 32-bit mask: bit i is block i of the cohort. */

export function bitCount(mask: number): number {
  let rest = mask >>> 0;
  let count = 0;
  while (rest !== 0) {
    rest &= rest - 1;
    count += 1;
  }
  return count;
}

export function bitsOf(mask: number): number[] {
  const bits: number[] = [];
  for (let bit = 0; bit < 31; bit += 1) if (mask & (1 << bit)) bits.push(bit);
  return bits;
}

/** Every mask of `size` (1 or 2) distinct blocks drawn from `allowed`. */
export function masksOfSize(allowed: number, size: number): number[] {
  const bits = bitsOf(allowed);
  if (size === 1) return bits.map((bit) => 1 << bit);
  const pairs: number[] = [];
  bits.forEach((first, i) => {
    for (const second of bits.slice(i + 1)) pairs.push((1 << first) | (1 << second));
  });
  return pairs;
}

export function maskOfNames(names: readonly string[], blocks: readonly string[]): number {
  let mask = 0;
  for (const name of names) {
    const index = blocks.indexOf(name);
    if (index >= 0) mask |= 1 << index;
  }
  return mask;
}

export function namesOfMask(mask: number, blocks: readonly string[]): string[] {
  return bitsOf(mask).flatMap((bit) => {
    const name = blocks[bit];
    return name === undefined ? [] : [name];
  });
}
