import type { Pupil } from '../../core/model';
import type { CohortPupil } from './cohort-index';
import { codeKey } from './keys';
import { DuplicateCheck, type MappedRow } from './mapped-rows';
import { optionalText, parseEal, parseFlag, parsePriorAttainment, parseSend } from './values';

export interface ReadPupils {
  /** Pupils read without problems. */
  pupils: Pupil[];
  /**
   * Every pupil the file names, problems or not, so that a choices file naming one of them is
   * not also told that the pupil is unknown.
   */
  named: CohortPupil[];
}

/** Pupils from a pupils file (canonical or an MIS export); rows with problems are left out. */
export function readPupils(rows: readonly MappedRow[], pathways: ReadonlySet<string>): ReadPupils {
  const upns = new DuplicateCheck((upn) => `duplicate UPN ${upn}`);
  const warnedPathways = new Set<string>();
  const result: ReadPupils = { pupils: [], named: [] };
  for (const row of rows) {
    const pupil = readPupil(row);
    const upn = row.text('upn');
    const unique = upn === '' || upns.check(row, 'upn', codeKey(upn), upn);
    const pathway = pupil?.pathway;
    if (pathway && !pathways.has(codeKey(pathway)) && !warnedPathways.has(codeKey(pathway))) {
      warnedPathways.add(codeKey(pathway));
      row.warning(
        'pathway',
        'unknown-pathway',
        `pathway '${pathway}' is not defined in this plan yet; define it before relying on it.`,
      );
    }
    if (pupil && unique) result.pupils.push(pupil);
    if (upn !== '' && unique) {
      result.named.push({
        upn,
        surname: row.text('surname'),
        forename: row.text('forename'),
        form: optionalText(row.text('form')),
      });
    }
  }
  return result;
}

function readPupil(row: MappedRow): Pupil | undefined {
  const upn = row.required('upn', 'the UPN');
  const surname = row.required('surname', 'the surname');
  const forename = row.required('forename', 'the forename');
  const disadvantaged = row.read('disadvantaged', (text) => parseFlag(text));
  const send = row.read('send', parseSend);
  const eal = row.read('eal', parseEal);
  const priorAttainment = row.read('prior_attainment', parsePriorAttainment);
  if (
    upn === undefined ||
    surname === undefined ||
    forename === undefined ||
    disadvantaged === undefined ||
    send === undefined ||
    eal === undefined ||
    priorAttainment === undefined
  ) {
    return undefined;
  }
  return {
    upn,
    surname,
    forename,
    form: optionalText(row.text('form')),
    gender: optionalText(row.text('gender')),
    disadvantaged,
    send,
    eal,
    priorAttainment,
    pathway: optionalText(row.text('pathway')),
  };
}
