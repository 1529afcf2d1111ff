import type { Cell } from './csv-text';
import { toCsv } from './csv-text';
import type { ScenarioExport } from './scenario-export';

/**
 * Class memberships in the shape MIS class-import tools (SIMS, Arbor, Bromcom) accept: one row
 * per pupil per class, the class named by its group label and the subject by the course's name.
 * Rows run class by class, in the plan's course order, pupils by surname within a class, so the
 * file reads as a set of class lists too. The teacher is the staff code, which is what MIS
 * imports match staff on.
 */
export const MIS_COLUMNS = ['Class', 'UPN', 'Subject', 'Surname', 'Forename', 'Block', 'Teacher'];

interface MisRow {
  classOrder: number;
  surname: string;
  forename: string;
  upn: string;
  cells: Cell[];
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base' });

function byClassThenName(a: MisRow, b: MisRow): number {
  return (
    a.classOrder - b.classOrder ||
    collator.compare(a.surname, b.surname) ||
    collator.compare(a.forename, b.forename) ||
    collator.compare(a.upn, b.upn)
  );
}

export function misClassListCsv(plan: ScenarioExport): string {
  const courseNames = new Map(plan.courses.map((course) => [course.code, course.name]));
  const pupils = new Map(plan.pupils.map((pupil) => [pupil.upn, pupil]));
  const groups = new Map(
    plan.solution.groups.map((group, index) => [group.label, { group, index }]),
  );
  const rows = plan.solution.placements.map((placement): MisRow => {
    const found = groups.get(placement.group);
    const surname = pupils.get(placement.upn)?.surname ?? '';
    const forename = pupils.get(placement.upn)?.forename ?? '';
    return {
      classOrder: found?.index ?? Number.MAX_SAFE_INTEGER,
      surname,
      forename,
      upn: placement.upn,
      cells: [
        placement.group,
        placement.upn,
        courseNames.get(placement.course) ?? placement.course,
        surname,
        forename,
        found?.group.blocks.join(';') ?? '',
        found?.group.teacher ?? '',
      ],
    };
  });
  return toCsv(
    MIS_COLUMNS,
    rows.sort(byClassThenName).map((row) => row.cells),
  );
}
