import type { CohortPupilView } from '../../../shared/contract/cohort';

/** Which pupils the cohort table shows; every filter set must hold (they combine). */
export interface CohortFilters {
  /** Part of a name or UPN; accents and case are ignored. */
  search: string;
  /** '' for every form. */
  form: string;
  /** '' for every pathway, NO_PATHWAY for pupils without one. */
  pathway: string;
  disadvantaged: YesNoFilter;
  send: SendFilter;
  eal: YesNoFilter;
  unresolvedOnly: boolean;
}

export type YesNoFilter = 'any' | 'yes' | 'no';
/** 'send': SEN support or an EHC plan. */
export type SendFilter = 'any' | 'send' | 'K' | 'E' | 'N';

export const NO_PATHWAY = '\u0000none';

export const NO_FILTERS: CohortFilters = {
  search: '',
  form: '',
  pathway: '',
  disadvantaged: 'any',
  send: 'any',
  eal: 'any',
  unresolvedOnly: false,
};

export function filtersAreSet(filters: CohortFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof CohortFilters)[]).some(
    (key) => filters[key] !== NO_FILTERS[key],
  );
}

/** Letters that carry no separate accent mark, so Unicode decomposition leaves them alone. */
const PLAIN_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};

/** Lower case without accents, so that "zoe" finds "Zoë" and "yilmaz" finds "Yılmaz". */
export function searchText(text: string): string {
  return text
    .toLocaleLowerCase('en-GB')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[ıłøđßæœ]/g, (letter) => PLAIN_LETTERS[letter] ?? letter);
}

/** What a search is matched against: forename surname, surname forename, and the UPN. */
export function pupilSearchKey(pupil: CohortPupilView): string {
  return searchText(
    `${pupil.forename} ${pupil.surname}\n${pupil.surname} ${pupil.forename}\n${pupil.upn}`,
  );
}

export function filterPupils(
  pupils: readonly CohortPupilView[],
  filters: CohortFilters,
  searchKeys: ReadonlyMap<string, string>,
): CohortPupilView[] {
  const words = searchText(filters.search).split(/\s+/).filter(Boolean);
  return pupils.filter(
    (pupil) =>
      (filters.form === '' || pupil.form === filters.form) &&
      matchesPathway(pupil, filters.pathway) &&
      matchesYesNo(pupil.disadvantaged, filters.disadvantaged) &&
      matchesSend(pupil, filters.send) &&
      matchesYesNo(pupil.eal, filters.eal) &&
      (!filters.unresolvedOnly || pupil.unresolved.length > 0) &&
      matchesSearch(searchKeys.get(pupil.upn) ?? pupilSearchKey(pupil), words),
  );
}

function matchesPathway(pupil: CohortPupilView, pathway: string): boolean {
  if (pathway === '') return true;
  if (pathway === NO_PATHWAY) return pupil.pathway === null;
  return pupil.pathway === pathway;
}

function matchesYesNo(value: boolean, filter: YesNoFilter): boolean {
  return filter === 'any' || value === (filter === 'yes');
}

function matchesSend(pupil: CohortPupilView, filter: SendFilter): boolean {
  if (filter === 'any') return true;
  if (filter === 'send') return pupil.send !== 'N';
  return pupil.send === filter;
}

/** Every word must appear in one line of the key (a name order or the UPN). */
function matchesSearch(key: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  return key.split('\n').some((line) => words.every((word) => line.includes(word)));
}
