import type { ChoiceList } from '../../core/model';
import { describePupil, nameFromEmail, type CohortIndex, type CohortPupil } from './cohort-index';
import { courseInCell, type CourseCatalog } from './course-catalog';
import { rankedField } from './fields';
import { codeKey } from './keys';
import { keepLatest, type Submission } from './latest-submission';
import type { MappedRow } from './mapped-rows';
import type { ResolvedMapping } from './mapping';
import { timestampReader } from './timestamps';

interface IdentifiedSubmission extends Submission {
  pupil: CohortPupil | undefined;
}

/**
 * Ranked choices and reserves, one list per pupil. Pupils are found by UPN or, for online
 * forms, by the name they typed; a pupil who sent the form twice counts once (the latest).
 */
export function readChoices(
  rows: readonly MappedRow[],
  mapping: ResolvedMapping,
  catalog: CourseCatalog,
  cohort: CohortIndex,
): ChoiceList[] {
  const readTime = timestampReader(rows.map((row) => row.text('completed_at')));
  const submissions = rows.map((row) => ({ row, time: readTime(row.text('completed_at')) }));
  const byEmail = keepLatest(
    submissions,
    (s) => emailKey(s.row),
    (s) => typedName(s.row),
  );
  const identified: IdentifiedSubmission[] = byEmail.map((s) => ({
    ...s,
    pupil: identifyPupil(s.row, cohort),
  }));
  const latest = keepLatest(
    identified,
    (s) => (s.pupil ? codeKey(s.pupil.upn) : null),
    (s) => (s.pupil ? `${s.pupil.forename} ${s.pupil.surname} (${s.pupil.upn})` : typedName(s.row)),
  );
  const fields = rankedFields(mapping);
  const lists: ChoiceList[] = [];
  for (const { row, pupil } of latest) {
    const ranked = readRankedCourses(row, fields, catalog);
    if (!pupil || !ranked) continue;
    if (ranked.choices.length === 0 && ranked.reserves.length === 0) {
      row.warning(
        null,
        'no-choices',
        `no choices are given for ${pupil.forename} ${pupil.surname}, so this row is skipped.`,
      );
      continue;
    }
    lists.push({ upn: pupil.upn, ...ranked });
  }
  return lists;
}

function emailKey(row: MappedRow): string | null {
  const email = row.text('email').toLowerCase();
  return email === '' ? null : email;
}

function typedName(row: MappedRow): string {
  const name = row.text('name') || `${row.text('forename')} ${row.text('surname')}`.trim();
  const email = row.text('email');
  if (name && email) return `${name} (${email})`;
  return name || email || row.text('upn');
}

/** Finds the row's pupil in the cohort, or reports why it cannot. */
function identifyPupil(row: MappedRow, cohort: CohortIndex): CohortPupil | undefined {
  const upn = row.text('upn');
  if (upn !== '') {
    const pupil = cohort.byUpn(upn);
    if (!pupil) {
      row.error(
        'upn',
        'unknown-pupil',
        `pupil ${upn} is not in the plan or in the pupils file being imported.`,
      );
    }
    return pupil;
  }
  const typed = row.text('name') || `${row.text('forename')} ${row.text('surname')}`.trim();
  const field = row.text('name') ? 'name' : typed ? 'surname' : 'email';
  const fromEmail = nameFromEmail(row.text('email'));
  const name = typed || fromEmail;
  if (!name) {
    row.error(
      null,
      'missing-value',
      'the row does not say which pupil it is: it has no UPN or name, and no name can be read ' +
        'from its e-mail address.',
    );
    return undefined;
  }
  const candidates = cohort.byName(name);
  // A typed name with a slip can still be settled by the address the form recorded.
  const byEmail = candidates.length === 0 && fromEmail && typed ? cohort.byName(fromEmail) : [];
  const [emailMatch] = byEmail;
  if (byEmail.length === 1 && emailMatch) {
    row.warning(
      field,
      'matched-by-email',
      `no pupil is called '${typed}', so the e-mail address was used: this is ` +
        `${emailMatch.forename} ${emailMatch.surname}, ${describePupil(emailMatch)}.`,
    );
    return emailMatch;
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    row.error(
      field,
      'ambiguous-pupil',
      `${candidates.length} pupils are called '${name}': ` +
        `${candidates.map(describePupil).join(' and ')}. Add a UPN column, or make the name ` +
        'match only one pupil, to say which one this is.',
    );
    return undefined;
  }
  const near = cohort.closestName(name);
  row.error(
    field,
    'unknown-pupil',
    `no pupil called '${name}' is in the plan or in the pupils file being imported` +
      (near ? ` — did you mean ${near.forename} ${near.surname}, ${describePupil(near)}?` : '.'),
  );
  return undefined;
}

function rankedFields(mapping: ResolvedMapping): string[] {
  const ranked = [...mapping.columns.keys()].flatMap((field) => {
    const rank = rankedField(field);
    return rank ? [{ field, ...rank }] : [];
  });
  ranked.sort((a, b) => Number(a.reserve) - Number(b.reserve) || a.rank - b.rank);
  return ranked.map((entry) => entry.field);
}

/** The row's courses in rank order; undefined when any is unknown or repeated. */
function readRankedCourses(
  row: MappedRow,
  fields: readonly string[],
  catalog: CourseCatalog,
): { choices: string[]; reserves: string[] } | undefined {
  const choices: string[] = [];
  const reserves: string[] = [];
  const chosenIn = new Map<string, string>();
  let ok = true;
  for (const field of fields) {
    const text = row.text(field);
    if (text === '') continue;
    const code = courseInCell(row, field, text, catalog);
    if (code === undefined) {
      ok = false;
      continue;
    }
    const earlier = chosenIn.get(codeKey(code));
    if (earlier !== undefined) {
      row.error(
        field,
        'repeated-course',
        `${catalog.describe(code)} is chosen twice: it is also in column "${row.column(earlier) ?? earlier}".`,
      );
      ok = false;
      continue;
    }
    chosenIn.set(codeKey(code), field);
    (rankedField(field)?.reserve ? reserves : choices).push(code);
  }
  return ok ? { choices, reserves } : undefined;
}
