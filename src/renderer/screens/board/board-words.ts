import type { SolverMetricsView } from '../../../shared/api';

/** How many names a list shows before "and N more". */
export const NAMES_SHOWN = 4;

/** "Amy Ali, Ben Bell and 3 more"; "nobody" for an empty list. */
export function namesText(people: readonly { name: string }[], shown = NAMES_SHOWN): string {
  if (people.length === 0) return 'nobody';
  const names = people.slice(0, shown).map((person) => person.name);
  const rest = people.length - names.length;
  if (rest > 0) return `${names.join(', ')} and ${rest} more`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "block C", "blocks A and B". */
export function blocksWords(blocks: readonly string[]): string {
  if (blocks.length === 0) return 'no block';
  if (blocks.length === 1) return `block ${blocks[0] ?? ''}`;
  return `blocks ${blocks.slice(0, -1).join(', ')} and ${blocks.at(-1) ?? ''}`;
}

/** "A+B" for a double group's label. */
export function blocksShort(blocks: readonly string[]): string {
  return blocks.join('+');
}

export function pupilsWord(count: number): string {
  return count === 1 ? '1 pupil' : `${count.toLocaleString('en-GB')} pupils`;
}

export function groupsWord(count: number): string {
  return count === 1 ? '1 group' : `${count} groups`;
}

/** One figure of the board, read from the engine's metrics. */
export interface Figure {
  key: keyof SolverMetricsView;
  label: string;
  /** Whether a higher value is better, to colour a change as a gain or a loss. */
  higherIsBetter: boolean;
}

/** The figures the board shows, in the order the strip and the previews show them. */
export const FIGURES: readonly Figure[] = [
  { key: 'fullySatisfied', label: 'Fully satisfied', higherIsBetter: true },
  { key: 'choicesMet', label: 'Choices met', higherIsBetter: true },
  { key: 'reservesUsed', label: 'Reserves used', higherIsBetter: false },
  { key: 'unresolved', label: 'Unresolved', higherIsBetter: false },
  { key: 'teacherClashes', label: 'Teacher clashes', higherIsBetter: false },
  { key: 'unstaffedGroups', label: 'Unstaffed groups', higherIsBetter: false },
];

export function figureValue(metrics: SolverMetricsView, figure: Figure): number {
  const value = metrics[figure.key];
  return typeof value === 'number' ? value : 0;
}

/** Whether a change of a figure is better, worse or neither. */
export function changeTone(
  figure: Figure,
  before: number,
  after: number,
): 'better' | 'worse' | 'same' {
  if (before === after) return 'same';
  return after > before === figure.higherIsBetter ? 'better' : 'worse';
}
