import type { ChoiceList, Pupil } from '../model';
import { codeKey } from './course-lookup';
import type { Pathway } from './types';

/**
 * Choices as the blocking engine should see them: a pupil whose agreed route has must-include
 * courses missing from their choices gets them first (the route guarantees them a place).
 * Everyone else's choices, and every reserve, are passed through unchanged.
 */
export function withPathwayCourses(
  choices: readonly ChoiceList[],
  pupils: readonly Pick<Pupil, 'upn' | 'pathway'>[],
  pathways: readonly Pathway[],
): ChoiceList[] {
  const routeByCode = new Map(pathways.map((pathway) => [codeKey(pathway.code), pathway]));
  const routeByUpn = new Map(
    pupils.flatMap((pupil) => {
      const route = pupil.pathway === null ? undefined : routeByCode.get(codeKey(pupil.pathway));
      return route ? [[pupil.upn, route] as const] : [];
    }),
  );
  return choices.map((list) => {
    const route = routeByUpn.get(list.upn);
    if (!route) return list;
    const chosen = new Set(list.choices.map(codeKey));
    const missing: string[] = [];
    for (const rule of route.rules) {
      if (rule.kind !== 'must-include' || chosen.has(codeKey(rule.course))) continue;
      chosen.add(codeKey(rule.course));
      missing.push(rule.course);
    }
    if (missing.length === 0) return list;
    // A reserve that is now a choice is no longer a reserve.
    const added = new Set(missing.map(codeKey));
    return {
      ...list,
      choices: [...missing, ...list.choices],
      reserves: list.reserves.filter((code) => !added.has(codeKey(code))),
    };
  });
}
