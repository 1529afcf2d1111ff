import { pupilDisplayName, type Cohort } from '../model';
import { courseName, listInWords, staffLabel } from './lookup';
import type { WhatIfEdit } from './types';

/** A what-if in words, naming courses and staff as the school knows them. */
export function describeWhatIf(cohort: Cohort, edit: WhatIfEdit): string {
  switch (edit.kind) {
    case 'drop-course':
      return `${courseName(cohort, edit.course)} is not offered`;
    case 'set-groups':
      return `${courseName(cohort, edit.course)} runs ${groupCount(edit.groups)}`;
    case 'set-size-limit':
      return `${courseName(cohort, edit.course)} groups hold at most ${edit.maxGroupSize} pupils`;
    case 'remove-teacher':
      return `${staffLabel(cohort, edit.staff)} is not available`;
    case 'add-teacher': {
      const courses = listInWords(edit.courses.map((code) => courseName(cohort, code)));
      const load = edit.maxGroups === null ? '' : ` (at most ${groupCount(edit.maxGroups)})`;
      return `A new teacher, ${edit.name} (${edit.staff}), teaches ${courses}${load}`;
    }
    case 'set-blocks':
      return `${edit.blocks.length} ${edit.blocks.length === 1 ? 'block' : 'blocks'}: ${edit.blocks.join(', ')}`;
    case 'change-choices':
      return describeChoiceChange(cohort, edit);
  }
}

function groupCount(groups: number): string {
  if (groups === 0) return 'no groups';
  return groups === 1 ? '1 group' : `${groups} groups`;
}

function describeChoiceChange(
  cohort: Cohort,
  edit: Extract<WhatIfEdit, { kind: 'change-choices' }>,
): string {
  const pupil = cohort.pupils.find((entry) => entry.upn.toUpperCase() === edit.upn.toUpperCase());
  const who = pupil ? `${pupilDisplayName(pupil)} (${pupil.upn})` : edit.upn;
  const names = (codes: readonly string[]) => listInWords(codes.map((c) => courseName(cohort, c)));
  const chooses = edit.choices.length === 0 ? 'chooses nothing' : `chooses ${names(edit.choices)}`;
  const reserves = edit.reserves.length === 0 ? '' : `; reserves ${names(edit.reserves)}`;
  return `${who} ${chooses}${reserves}`;
}
