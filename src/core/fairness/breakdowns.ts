import type { Pupil } from '../model';
import type { CohortFacts } from './cohort-facts';
import { dimensionDefinitions } from './groups';
import type { Breakdown, BreakdownGroup, CountShare, GroupSatisfaction } from './types';

/** `count` of `total` as a count and a share; an empty group has a share of 0. */
export function countShare(count: number, total: number): CountShare {
  return { count, share: total === 0 ? 0 : count / total };
}

/** One table per pupil characteristic: routes, lower routes and, after blocking, satisfaction. */
export function breakdowns(facts: CohortFacts): Breakdown[] {
  const { pupils } = facts.input;
  return dimensionDefinitions(pupils).map(({ dimension, title, groups }) => ({
    dimension,
    title,
    groups: groups.map(({ key, label, combined, includes }) =>
      breakdownGroup(facts, key, label, combined, pupils.filter(includes)),
    ),
  }));
}

function breakdownGroup(
  facts: CohortFacts,
  key: string,
  label: string,
  combined: boolean,
  members: readonly Pupil[],
): BreakdownGroup {
  const total = members.length;
  const routeCodes = members.map((pupil) => facts.routeOf(pupil.upn).code);
  const known = new Set(facts.input.pathways.map((pathway) => pathway.code));
  return {
    key,
    label,
    combined,
    pupils: total,
    routes: facts.input.pathways.map((pathway) => ({
      code: pathway.code,
      name: pathway.name,
      ...countShare(routeCodes.filter((code) => code === pathway.code).length, total),
    })),
    noRoute: countShare(
      routeCodes.filter((code) => code === null || !known.has(code)).length,
      total,
    ),
    lowerRoute: countShare(members.filter(facts.isOnLowerRoute).length, total),
    satisfaction: satisfaction(facts, members),
  };
}

function satisfaction(facts: CohortFacts, members: readonly Pupil[]): GroupSatisfaction | null {
  const placementsOf = facts.placementsOf;
  if (!placementsOf) return null;
  let withChoices = 0;
  let firstChoiceMet = 0;
  let fullySatisfied = 0;
  let reservesUsed = 0;
  for (const pupil of members) {
    const choices = facts.choicesOf(pupil.upn);
    if (choices.length === 0) continue;
    withChoices += 1;
    const placed = placementsOf(pupil.upn);
    if (placed.courses.has(choices[0] ?? '')) firstChoiceMet += 1;
    if (choices.every((course) => placed.courses.has(course))) fullySatisfied += 1;
    if (placed.usedReserve) reservesUsed += 1;
  }
  return {
    pupilsWithChoices: withChoices,
    firstChoiceMet: countShare(firstChoiceMet, withChoices),
    fullySatisfied: countShare(fullySatisfied, withChoices),
    reservesUsed: countShare(reservesUsed, withChoices),
  };
}
