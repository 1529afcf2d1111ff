import { blockIndexer, blockMask, type PlacedGroup } from '../layout';
import type { ChoiceList } from '../model';
import { bestFit } from './pupil-fit';

/** The figures the engine reports for a layout; the solver's metrics use the same names. */
export interface LayoutMetrics {
  pupils: number;
  /** Pupils who can take every one of their choices in distinct blocks. */
  fullySatisfied: number;
  choicesRequested: number;
  choicesMet: number;
}

export interface LayoutEvaluation extends LayoutMetrics {
  /** Pupils not fully satisfied, with the choices left out of their best fit. */
  unmet: { upn: string; courses: string[] }[];
}

/**
 * Scores a layout exactly per pupil, ignoring group sizes: a pupil is satisfied when their
 * choices can sit in distinct blocks, as when a solver scores a layout by matching. It is
 * therefore an upper bound on what an allocation within the size limits achieves.
 */
export function evaluateLayout(
  cohort: { blocks: readonly string[]; choices: readonly ChoiceList[] },
  groups: readonly PlacedGroup[],
): LayoutEvaluation {
  const masks = courseMasks(cohort.blocks, groups);
  // Pupils with the same choices fit the same way: work each combination out once.
  const fits = new Map<string, string[]>();
  const result: LayoutEvaluation = {
    pupils: cohort.choices.length,
    fullySatisfied: 0,
    choicesRequested: 0,
    choicesMet: 0,
    unmet: [],
  };
  for (const list of cohort.choices) {
    const key = list.choices.join('\u0000');
    let missing = fits.get(key);
    if (!missing) {
      const fit = bestFit(list.choices.map((code) => masks.get(code) ?? []));
      missing = list.choices.filter((_, i) => fit.picks[i] === null);
      fits.set(key, missing);
    }
    result.choicesRequested += list.choices.length;
    result.choicesMet += list.choices.length - missing.length;
    if (missing.length === 0) result.fullySatisfied += 1;
    else result.unmet.push({ upn: list.upn, courses: missing });
  }
  return result;
}

/** The distinct block masks of each course's groups (parallel groups in one block count once). */
export function courseMasks(
  blocks: readonly string[],
  groups: readonly PlacedGroup[],
): Map<string, number[]> {
  const indexOf = blockIndexer(blocks);
  const masks = new Map<string, number[]>();
  for (const group of groups) {
    const mask = blockMask(group.blocks.map(indexOf));
    const list = masks.get(group.course) ?? [];
    if (!list.includes(mask)) list.push(mask);
    masks.set(group.course, list);
  }
  return masks;
}
