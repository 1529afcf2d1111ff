import type { CSSProperties } from 'react';

/** Background and text pairs with enough contrast for small bold text (4.5:1 or better). */
const COLOURS: readonly [string, string][] = [
  ['#dbe8fb', '#123e75'],
  ['#fbe3cf', '#7a3508'],
  ['#dcf1e1', '#1b5a2c'],
  ['#efdcf6', '#5b2270'],
  ['#fbf1c4', '#5c4a00'],
  ['#d6f1f1', '#0d5454'],
  ['#f8dbe3', '#7d1c39'],
  ['#e4e4e4', '#333333'],
];

/** Each block keeps its colour wherever it is shown: palette, grid, legend. */
export function blockStyle(blocks: readonly string[], block: string): CSSProperties {
  const [background, color] = COLOURS[Math.max(blocks.indexOf(block), 0) % COLOURS.length] ?? [
    '#e4e4e4',
    '#333333',
  ];
  return { background, color, borderColor: color };
}
