import { describe, expect, it } from 'vitest';
import { misClassListCsv } from '../../../src/data/export/mis-csv';
import { handMadeExport } from './hand-made-plan';
import { csvRecords, csvRows } from './read-csv';

const handMade = handMadeExport();

describe('MIS class lists', () => {
  it('has the columns MIS class imports look for', () => {
    expect(csvRows(misClassListCsv(handMade()))[0]).toEqual([
      'Class',
      'UPN',
      'Subject',
      'Surname',
      'Forename',
      'Block',
      'Teacher',
    ]);
  });

  it('lists every pupil in every class they were given, with the course name and teacher', () => {
    const rows = csvRecords(misClassListCsv(handMade()));
    expect(rows).toHaveLength(8);
    const row = (upn: string, subject: string) =>
      rows.find((entry) => entry.UPN === upn && entry.Subject === subject);
    expect(row('A100000000003', 'Triple Science')).toEqual({
      Class: 'TSc1',
      UPN: 'A100000000003',
      Subject: 'Triple Science',
      Surname: 'Brown',
      Forename: "'=1+1",
      Block: 'A;B',
      Teacher: 'T2',
    });
    expect(row('A100000000001', 'Geography')).toMatchObject({
      Class: 'Gg1',
      Surname: "'+1",
      Forename: 'Amy',
      Block: 'C',
      Teacher: 'T1',
    });
    // A reserve given in place of a choice is a class membership like any other.
    expect(row('A100000000004', '\'=HYPERLINK("http://example.com","Click")')).toMatchObject({
      Class: "'+Ev1",
      Surname: 'Adams',
      Teacher: '',
    });
    // History was not given to pupil 3, so they are in no History class.
    expect(rows.filter((entry) => entry.UPN === 'A100000000003').map((e) => e.Class)).toEqual([
      'Gg1',
      'TSc1',
    ]);
  });

  it('runs class by class in the plan’s course order, pupils by surname within a class', () => {
    const rows = csvRecords(misClassListCsv(handMade()));
    const classes = [...new Set(rows.map((row) => row.Class))];
    expect(classes).toEqual(['Hi1', 'Gg1', 'TSc1', "'+Ev1"]);
    const hi1 = rows.filter((row) => row.Class === 'Hi1').map((row) => row.Surname);
    expect(hi1).toEqual(["'+1", 'Adams']);
  });
});
