import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChoiceList, Cohort, Course, Pupil, StaffMember } from '../../core/model';
import { toCsv, type Cell } from './csv-text';

export { neutraliseFormula } from './csv-text';

/**
 * Writes the canonical CSV forms (subjects, pupils, choices, staff) that the command line reads
 * without any column mapping. Files are UTF-8 without a byte order mark, with a header row and
 * CRLF line ends, which both spreadsheets and the importer read. Lists within a cell are
 * separated by semicolons.
 */

const list = (values: readonly string[]): string => values.join(';');
const flag = (value: boolean): string => (value ? 'Y' : 'N');

export function subjectsCsv(courses: readonly Course[]): string {
  return toCsv(
    [
      'code',
      'name',
      'max_group_size',
      'min_group_size',
      'groups',
      'blocks_spanned',
      'allowed_blocks',
      'qualification',
      'category',
    ],
    courses.map((course) => [
      course.code,
      course.name,
      course.maxGroupSize,
      course.minGroupSize,
      course.groups,
      course.blocksSpanned,
      list(course.allowedBlocks),
      course.qualification,
      course.category,
    ]),
  );
}

export function pupilsCsv(pupils: readonly Pupil[]): string {
  return toCsv(
    [
      'upn',
      'surname',
      'forename',
      'form',
      'gender',
      'disadvantaged',
      'send',
      'eal',
      'prior_attainment',
      'pathway',
    ],
    pupils.map((pupil) => [
      pupil.upn,
      pupil.surname,
      pupil.forename,
      pupil.form,
      pupil.gender,
      flag(pupil.disadvantaged),
      pupil.send,
      flag(pupil.eal),
      // A score says more than a band, so the band is written only when no score is known.
      pupil.priorAttainment.score ?? pupil.priorAttainment.band,
      pupil.pathway,
    ]),
  );
}

/** One column per rank: as many choice and reserve columns as the longest list needs. */
export function choicesCsv(lists: readonly ChoiceList[]): string {
  const choiceColumns = lists.reduce((most, entry) => Math.max(most, entry.choices.length), 1);
  const reserveColumns = lists.reduce((most, entry) => Math.max(most, entry.reserves.length), 0);
  const numbered = (name: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${name}_${i + 1}`);
  const padded = (codes: readonly string[], count: number): Cell[] =>
    Array.from({ length: count }, (_, i) => codes[i] ?? null);
  return toCsv(
    ['upn', ...numbered('choice', choiceColumns), ...numbered('reserve', reserveColumns)],
    lists.map((entry) => [
      entry.upn,
      ...padded(entry.choices, choiceColumns),
      ...padded(entry.reserves, reserveColumns),
    ]),
  );
}

export function staffCsv(staff: readonly StaffMember[]): string {
  return toCsv(
    ['code', 'name', 'subjects', 'max_groups', 'unavailable_blocks'],
    staff.map((member) => [
      member.code,
      member.name,
      list(member.courses),
      member.maxGroups,
      list(member.unavailableBlocks),
    ]),
  );
}

/** Writes subjects.csv, pupils.csv, choices.csv and staff.csv into dir; returns their paths. */
export function writeCanonicalCsvs(cohort: Cohort, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['subjects.csv', subjectsCsv(cohort.courses)],
    ['pupils.csv', pupilsCsv(cohort.pupils)],
    ['choices.csv', choicesCsv(cohort.choices)],
    ['staff.csv', staffCsv(cohort.staff)],
  ];
  return files.map(([name, text]) => {
    const path = join(dir, name);
    writeFileSync(path, text, 'utf8');
    return path;
  });
}
