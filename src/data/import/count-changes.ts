import type { ImportCounts, KindCounts } from './import-into-plan';
import { codeKey } from './keys';
import type { PlanContext } from './plan-context';
import type { ImportBundle, ImportRequest } from './request';

/**
 * What a checked import adds and updates, per kind: what importIntoPlan reports after writing,
 * and what the import wizard shows before anything is saved.
 */
export function countChanges(
  context: PlanContext,
  request: ImportRequest,
  bundle: ImportBundle,
): ImportCounts {
  const counts: ImportCounts = {};
  if (bundle.blocks) counts.blocks = split(bundle.blocks, context.blocks);
  if (request.subjects) {
    counts.subjects = split(
      bundle.courses.map((course) => course.code),
      context.courses.map((course) => course.code),
    );
  }
  if (request.aliases) {
    counts.aliases = split(
      bundle.aliases.map((alias) => alias.alias),
      context.aliases.map((alias) => alias.alias),
    );
  }
  if (request.pupils) {
    counts.pupils = split(
      bundle.pupils.map((pupil) => pupil.upn),
      context.pupils.map((pupil) => pupil.upn),
    );
  }
  if (request.staff) {
    counts.staff = split(
      bundle.staff.map((member) => member.code),
      context.staffCodes,
    );
  }
  if (request.choices) {
    counts.choices = split(
      bundle.choices.map((list) => list.upn),
      context.choices
        .filter((list) => list.choices.length + list.reserves.length > 0)
        .map((list) => list.upn),
    );
  }
  return counts;
}

function split(keys: readonly string[], existing: readonly string[]): KindCounts {
  const known = new Set(existing.map(codeKey));
  const updated = keys.filter((key) => known.has(codeKey(key))).length;
  return { added: keys.length - updated, updated };
}
