import type { BoardState, PupilChoiceEdit } from '../core/board';
import {
  counsel,
  type CounsellingFix,
  type GroupMoveFix,
  type PupilFix,
} from '../core/counselling';
import { pupilDisplayName, type Cohort } from '../core/model';
import { readPupilChoices } from '../data/plan/pupil-edits';
import type { PlanDatabase } from '../data/plan/plan-file';
import type { CounsellingView } from '../shared/contract/board';
import { ServiceError } from './service-error';

/** The unresolved pupils of a board with the engine's reasons and ranked fixes, names attached. */
export function counsellingView(
  cohort: Cohort,
  state: BoardState,
  scenario: string,
): CounsellingView {
  const report = counsel(cohort, state.solution, counselOptions(state));
  const names = new Map(cohort.pupils.map((pupil) => [pupil.upn, pupilDisplayName(pupil)]));
  const refs = (upns: readonly string[]) =>
    upns.map((upn) => ({ upn, name: names.get(upn) ?? upn }));
  return {
    scenario,
    totals: {
      pupils: report.totals.pupils,
      fullySatisfied: report.totals.fullySatisfied,
      unresolved: report.totals.unresolved,
    },
    pupils: report.pupils.map((pupil) => ({
      upn: pupil.upn,
      name: pupil.name,
      unmetNames: [...pupil.unmetNames],
      reason: pupil.reason,
      fixes: pupil.fixes.map((fix) => ({
        kind: fix.kind,
        description: fix.description,
        cost: fix.cost,
        gains: refs(fix.gains),
        losses: refs(fix.losses),
        applicable: isApplicable(fix, state),
      })),
    })),
  };
}

/**
 * The fix the list showed at `index`, found again on the board as it is now. The description
 * must still match: if the board changed since the list was drawn, the user looks again
 * rather than getting a different fix from the one they read.
 */
export function findFix(
  cohort: Cohort,
  state: BoardState,
  upn: string,
  index: number,
  description: string,
): CounsellingFix {
  const report = counsel(cohort, state.solution, counselOptions(state));
  const pupil = report.pupils.find((entry) => entry.upn === upn);
  const fix = pupil?.fixes[index];
  if (!pupil || !fix || fix.description !== description) {
    throw new ServiceError(
      'invalid-edit',
      'That fix is no longer on offer: the board has changed since the list was shown. ' +
        'Look at the counselling list again.',
    );
  }
  if (!isApplicable(fix, state)) {
    throw new ServiceError('invalid-edit', `“${fix.description}” cannot be applied from here.`);
  }
  return fix;
}

/** Narrows a fix the board can apply, refusing the rest with the reason. */
export function applicableFix(fix: CounsellingFix): PupilFix | GroupMoveFix {
  if (fix.kind === 'none') {
    throw new ServiceError('invalid-edit', 'No single step gives this pupil all their choices.');
  }
  return fix;
}

/**
 * The pupil's own choice list before and after a reserve or a swap: each course given up is
 * replaced, in its rank, by a course taken instead, and a reserve taken stops being a reserve.
 * Null for a reseat, which changes no choice.
 */
export function fixChoiceEdit(
  db: PlanDatabase,
  upn: string,
  fix: PupilFix | GroupMoveFix,
): { before: PupilChoiceEdit; after: PupilChoiceEdit } | null {
  if (fix.kind !== 'reserve' && fix.kind !== 'swap') return null;
  const current = readPupilChoices(db, upn);
  const take = [...fix.take];
  const choices: string[] = [];
  for (const code of current.choices) {
    if (!fix.drop.includes(code)) choices.push(code);
    else {
      const instead = take.shift();
      if (instead !== undefined) choices.push(instead);
    }
  }
  choices.push(...take.filter((code) => !choices.includes(code)));
  return {
    before: { upn, choices: [...current.choices], reserves: [...current.reserves] },
    after: {
      upn,
      choices,
      reserves: current.reserves.filter((code) => !choices.includes(code)),
    },
  };
}

function isApplicable(fix: CounsellingFix, state: BoardState): boolean {
  if (fix.kind === 'none') return false;
  if (fix.kind === 'move-group') return !Object.hasOwn(state.pins, fix.group);
  return true;
}

function counselOptions(state: BoardState) {
  return { pins: state.pins, lockedPlacements: state.lockedPlacements };
}
