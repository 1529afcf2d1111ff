import { pupilDisplayName, type ChoiceList, type Cohort } from '../model';
import type { Solution } from '../solver';
import { COST } from './costs';
import { measureGroupMoves } from './group-moves';
import { indexLayout, unmetChoices, type Layout } from './layout';
import { pupilFixes } from './pupil-fixes';
import { courseName, reasonFor } from './reasons';
import { blocksText, listText, namesText } from './text';
import type {
  CounselOptions,
  CounsellingFix,
  CounsellingReport,
  FixKind,
  GroupMoveFix,
  GroupMoveSummary,
  PupilCounsel,
} from './types';

const DEFAULT_MAX_SWAPS = 5;
const DEFAULT_MAX_GROUP_MOVES = 3;

/**
 * For every pupil without all their choices in the solution: why, and the fixes ranked by cost
 * (see `costs.ts`). Reserves and swaps are checked against the seats free in the solution as it
 * stands; group moves are measured by re-seating the cohort through the solver's evaluator.
 */
export function counsel(
  cohort: Cohort,
  solution: Solution,
  options: CounselOptions = {},
): CounsellingReport {
  const layout = indexLayout(cohort, solution);
  const names = new Map(cohort.pupils.map((pupil) => [pupil.upn, pupilDisplayName(pupil)]));
  const nameOf = (upn: string) => names.get(upn) ?? upn;
  const unresolved = cohort.choices
    .map((list) => ({ list, unmet: unmetChoices(layout, list) }))
    .filter(({ unmet }) => unmet.length > 0);
  const measuredMoves =
    options.groupMoves === false
      ? { outcomes: [], measured: 0, skipped: 0 }
      : measureGroupMoves(
          cohort,
          solution,
          layout,
          unresolved.map(({ list }) => list),
          options,
        );
  const moves = measuredMoves.outcomes;

  const pupils = unresolved.map(({ list, unmet }): PupilCounsel => {
    const reservesGiven = reservesSatIn(layout, list);
    const { fixes, swapsLeftOff } = pupilFixes(
      layout,
      list,
      unmet,
      options.maxSwaps ?? DEFAULT_MAX_SWAPS,
    );
    const moveFixes = moves
      .filter((move) => move.gains.includes(list.upn))
      .map((move) => moveFix(layout, move, nameOf))
      .sort((a, b) => a.cost - b.cost || b.net - a.net)
      .slice(0, options.maxGroupMoves ?? DEFAULT_MAX_GROUP_MOVES);
    const all: CounsellingFix[] = [...fixes, ...moveFixes].sort((a, b) => a.cost - b.cost);
    if (all.length === 0) all.push(noFix(layout, unmet));
    return {
      upn: list.upn,
      name: nameOf(list.upn),
      unmet,
      unmetNames: unmet.map((code) => courseName(layout, code)),
      reservesGiven,
      reason: reasonFor(layout, list, unmet, reservesGiven),
      fixes: all,
      swapsLeftOff,
    };
  });

  const byBestFix: Record<FixKind, number> = {
    reseat: 0,
    reserve: 0,
    swap: 0,
    'move-group': 0,
    none: 0,
  };
  for (const pupil of pupils) {
    const best = pupil.fixes[0];
    if (best) byBestFix[best.kind] += 1;
  }
  return {
    totals: {
      pupils: cohort.choices.length,
      fullySatisfied: cohort.choices.length - pupils.length,
      unresolved: pupils.length,
      byBestFix,
      movesMeasured: measuredMoves.measured,
      movesNotMeasured: measuredMoves.skipped,
    },
    pupils,
    groupMoves: moves
      .filter((move) => move.net > 0)
      .sort((a, b) => b.net - a.net || a.losses.length - b.losses.length),
  };
}

function reservesSatIn(layout: Layout, list: ChoiceList): string[] {
  return (layout.placements.get(list.upn) ?? [])
    .filter((p) => !list.choices.includes(p.course) && list.reserves.includes(p.course))
    .map((p) => p.course);
}

function moveFix(
  layout: Layout,
  move: GroupMoveSummary,
  nameOf: (upn: string) => string,
): GroupMoveFix {
  const group = layout.groups.get(move.group);
  const course = group ? courseName(layout, group.course) : move.group;
  const helped = `${namesText(move.gains.map(nameOf))} ${move.gains.length === 1 ? 'gets' : 'get'} all their choices`;
  const hurt =
    move.losses.length === 0
      ? 'nobody loses out'
      : `${namesText(move.losses.map(nameOf))} ${move.losses.length === 1 ? 'loses' : 'lose'} a full timetable`;
  const net = move.net > 0 ? `+${move.net}` : String(move.net);
  return {
    kind: 'move-group',
    description:
      `Move ${move.group} (${course}) from ${blocksText(move.from)} to ${blocksText(move.to)}: ` +
      `${helped}; ${hurt} (net change in pupils with all their choices: ${net}).`,
    cost: COST.moveGroup + COST.perLoss * move.losses.length,
    gains: move.gains,
    losses: move.losses,
    group: move.group,
    from: move.from,
    to: move.to,
    net: move.net,
  };
}

function noFix(layout: Layout, unmet: readonly string[]): CounsellingFix {
  const missing = listText(unmet.map((code) => courseName(layout, code)));
  return {
    kind: 'none',
    description:
      `No single step gives them ${missing}: no reserve or other course fits the free blocks ` +
      'and seats, and no one group move helps. Running another group, or changing two choices ' +
      'at once, would be needed.',
    cost: COST.none,
    gains: [],
    losses: [],
  };
}
