import type { ScenarioFiguresView } from '../../../shared/contract/scenarios';
import { signed } from './scenario-words';

/** Which way a figure should move for the plan to be better; 'neither' is a matter of taste. */
export type Better = 'higher' | 'lower' | 'neither';

type NumericFigure = {
  [K in keyof ScenarioFiguresView]: ScenarioFiguresView[K] extends number ? K : never;
}[keyof ScenarioFiguresView];

export interface FigureRow {
  key: NumericFigure;
  label: string;
  better: Better;
  /** What the figure is out of, e.g. the pupils or the choices asked for. */
  outOf?: NumericFigure;
}

/** The figures compared side by side, most telling first. */
export const FIGURE_ROWS: readonly FigureRow[] = [
  {
    key: 'fullySatisfied',
    label: 'Pupils with all their choices',
    better: 'higher',
    outOf: 'pupils',
  },
  { key: 'unresolved', label: 'Pupils unresolved', better: 'lower' },
  { key: 'choicesMet', label: 'Choices met', better: 'higher', outOf: 'choicesRequested' },
  { key: 'reservesUsed', label: 'Reserves used', better: 'lower' },
  { key: 'groups', label: 'Teaching groups', better: 'neither' },
  { key: 'teachersNeeded', label: 'Teachers needed', better: 'neither' },
  { key: 'unstaffedGroups', label: 'Groups without a teacher', better: 'lower' },
  { key: 'smallestGroup', label: 'Smallest group', better: 'neither' },
  { key: 'largestGroup', label: 'Largest group', better: 'neither' },
];

export type Verdict = 'better' | 'worse' | 'same' | 'changed';

/** Whether a difference from the baseline is for the better, the worse, or neither. */
export function verdictOf(difference: number, better: Better): Verdict {
  if (difference === 0) return 'same';
  if (better === 'neither') return 'changed';
  return difference > 0 === (better === 'higher') ? 'better' : 'worse';
}

/** "+3", "−2 points" or "no change": the sign says which way, whatever the colour. */
export function differenceText(difference: number, unit?: { one: string; many: string }): string {
  const text = signed(difference);
  if (text === '0') return 'no change';
  if (!unit) return text;
  return `${text} ${Math.abs(difference) === 1 ? unit.one : unit.many}`;
}

export const VERDICT_WORDS: Record<Verdict, string> = {
  better: 'better',
  worse: 'worse',
  same: '',
  changed: '',
};
