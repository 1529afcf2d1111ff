import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  formatIssue,
  formatReport,
  importIntoPlan,
  validateImport,
  type ImportRequest,
} from '../../../src/data/import';
import { readCohort, readCourseAliases } from '../../../src/data/plan/cohort-repository';
import { sha256OfFile } from '../plan/temp-plan';
import {
  BLOCKS,
  CHOICES_CSV,
  PUPILS_CSV,
  STAFF_CSV,
  SUBJECTS_CSV,
  anIssue,
  csv,
  errorsOf,
  failedImport,
  makeWorkspace,
  type Workspace,
} from './import-helpers';

let ws: Workspace;
beforeEach(() => (ws = makeWorkspace()));
afterEach(() => ws.cleanup());

const file = (name: string, text: string) => ({ path: ws.write(name, text) });

/** A plan that already holds the canonical cohort. */
async function planWithCohort(): Promise<void> {
  await importIntoPlan(ws.db, {
    blocks: BLOCKS,
    subjects: file('subjects.csv', SUBJECTS_CSV),
    pupils: file('pupils.csv', PUPILS_CSV),
    choices: file('choices.csv', CHOICES_CSV),
    staff: file('staff.csv', STAFF_CSV),
  });
}

describe('a failed import', () => {
  it('leaves the plan file byte for byte as it was, and its data unchanged', async () => {
    await planWithCohort();
    const cohortBefore = readCohort(ws.db);
    ws.db.close();
    const hashBefore = sha256OfFile(ws.planPath);

    const db = ws.reopen();
    const issues = await failedImport(db, {
      blocks: ['A', 'B', 'C'],
      subjects: file(
        'subjects2.csv',
        csv('code,name,max_group_size', 'Hi,History,24', 'Lat,Latin,10'),
      ),
      pupils: file(
        'pupils2.csv',
        csv('upn,surname,forename', 'A100000000001,Smith,Amy', 'A100000000009,New,Pupil'),
      ),
      choices: file(
        'choices2.csv',
        csv('upn,choice_1,choice_2', 'A100000000001,Hi,Lat', 'A100000000002,Hstory,'),
      ),
    });
    expect(errorsOf(issues)).toEqual([
      anIssue({
        file: 'choices2.csv',
        row: 3,
        column: 'choice_1',
        message: /unknown course 'Hstory' — did you mean 'Hi' \(History\)\?/,
      }),
    ]);
    expect(readCohort(db)).toEqual(cohortBefore);
    db.close();
    expect(sha256OfFile(ws.planPath)).toBe(hashBefore);
  });

  it('reports every problem in every file, not just the first', async () => {
    const issues = await failedImport(ws.db, {
      blocks: BLOCKS,
      subjects: file(
        'subjects.csv',
        csv('code,name,max_group_size', 'Hi,History,0', 'Gg,Geography,lots'),
      ),
      pupils: file(
        'pupils.csv',
        csv('upn,surname,forename,send', 'A1,Smith,,Yes', ',Jones,Oliver,'),
      ),
      staff: file('staff.csv', csv('code,name,subjects', 'JSM,Jane Smith,Hi;Latin')),
      choices: file('choices.csv', csv('upn,choice_1', 'A9,Hi')),
    });
    expect(formatReport(issues)).toEqual([
      '7 problems to fix before anything can be imported:',
      '  subjects.csv row 2, column "max_group_size": the largest group size must be at least 1, not 0.',
      '  subjects.csv row 3, column "max_group_size": the largest group size must be a whole number, not "lots".',
      '  pupils.csv row 2, column "forename": the forename is blank.',
      '  pupils.csv row 2, column "send": "Yes" is not a SEND status: use N (none), K (SEN support) or E (EHC plan). The words "SEN Support" and "Education, Health and Care Plan" also work.',
      '  pupils.csv row 3, column "upn": the UPN is blank.',
      // History has a problem of its own, but it is still a course: only Latin is unknown.
      '  staff.csv row 2, column "subjects": unknown course \'Latin\' — no course in the plan has that code, name or alias. Add the course to the subjects, or add an alias if it is another name for one.',
      '  choices.csv row 2, column "upn": pupil A9 is not in the plan or in the pupils file being imported.',
    ]);
  });
});

describe('duplicates', () => {
  it('names both rows of a duplicate UPN, whatever its case', async () => {
    const pupils = csv(
      'UPN,Surname,Forename',
      'A123,Smith,Amelia',
      'A124,Jones,Oliver',
      'a123,Smith,Amy',
    );
    const issues = await failedImport(ws.db, { pupils: file('pupils.csv', pupils) });
    expect(issues.map(formatIssue)).toEqual([
      'pupils.csv row 4, column "UPN": duplicate UPN a123 (also on row 2).',
    ]);
  });

  it('names both rows of a duplicate course code or staff code', async () => {
    const subjects = csv(
      'code,name,max_group_size',
      'Hi,History,30',
      'Gg,Geography,30',
      'HI,History (again),30',
    );
    const staff = csv('code,name,subjects', 'JSM,Jane Smith,Hi', 'JSM,Jo Smith,Gg');
    const issues = await failedImport(ws.db, {
      subjects: file('subjects.csv', subjects),
      staff: file('staff.csv', staff),
    });
    expect(issues.map(formatIssue)).toEqual([
      `subjects.csv row 4, column "code": duplicate course code 'HI' (also on row 2).`,
      `staff.csv row 3, column "code": duplicate staff code 'JSM' (also on row 2).`,
    ]);
  });

  it('rejects a pupil choosing one course twice, by code, name or alias, or as a choice and a reserve', async () => {
    await planWithCohort();
    const aliases = csv('alias,course', 'Hist,Hi');
    const choices = csv(
      'upn,choice_1,choice_2,choice_3,reserve_1',
      'A100000000001,Hi,Hist,,',
      'A100000000002,Gg,CS,,geography',
    );
    const issues = await failedImport(ws.db, {
      aliases: file('aliases.csv', aliases),
      choices: file('choices.csv', choices),
    });
    expect(issues.map(formatIssue)).toEqual([
      `choices.csv row 2, column "choice_2": 'Hi' (History) is chosen twice: it is also in column "choice_1".`,
      `choices.csv row 3, column "reserve_1": 'Gg' (Geography) is chosen twice: it is also in column "choice_1".`,
    ]);
  });

  it('keeps the later row when a UPN file has two rows for one pupil', async () => {
    await planWithCohort();
    const choices = csv(
      'upn,choice_1,choice_2',
      'A100000000001,Hi,Gg',
      'A100000000002,CS,',
      'A100000000001,Fr,CS',
    );
    const result = await importIntoPlan(ws.db, { choices: file('choices.csv', choices) });
    expect(result.warnings.map(formatIssue)).toEqual([
      'choices.csv row 4: Amelia Smith (A100000000001) sent choices twice: the last in the file, row 4, is used; row 2 is ignored.',
    ]);
    expect(readCohort(ws.db).choices.find((list) => list.upn === 'A100000000001')?.choices).toEqual(
      ['Fr', 'CS'],
    );
  });

  it('rejects an alias that is already another course’s code or name', async () => {
    await planWithCohort();
    const aliases = csv('alias,course', 'Gg,Hi', 'Geography,Hi', 'Hist,Hi', 'Hist,Gg');
    const issues = await failedImport(ws.db, { aliases: file('aliases.csv', aliases) });
    expect(issues.map(formatIssue)).toEqual([
      `aliases.csv row 2, column "alias": 'Gg' is already the code of 'Gg' (Geography), so it cannot also be an alias of 'Hi' (History).`,
      `aliases.csv row 3, column "alias": 'Geography' is already the name of 'Gg' (Geography), so it cannot also be an alias of 'Hi' (History).`,
      `aliases.csv row 5, column "alias": alias 'Hist' points at 'Gg' (Geography) here but at 'Hi' (History) on row 4.`,
    ]);
    expect(readCourseAliases(ws.db)).toEqual([]);
  });
});

describe('unknown references', () => {
  it('suggests the closest course for a misspelt code or name', async () => {
    await planWithCohort();
    const choices = csv(
      'upn,choice_1,choice_2,choice_3',
      'A100000000001,Histroy,Geografy,Compter Science',
      'A100000000002,Frnch,XYZ,',
    );
    const issues = await failedImport(ws.db, { choices: file('choices.csv', choices) });
    expect(issues.map((issue) => [issue.row, issue.column, issue.message.split(' — ')[1]])).toEqual(
      [
        [2, 'choice_1', "did you mean 'Hi' (History)?"],
        [2, 'choice_2', "did you mean 'Gg' (Geography)?"],
        [2, 'choice_3', "did you mean 'CS' (Computer Science)?"],
        [3, 'choice_1', "did you mean 'Fr' (French)?"],
        [
          3,
          'choice_2',
          'no course in the plan has that code, name or alias. Add the course to the subjects, or add an alias if it is another name for one.',
        ],
      ],
    );
  });

  it('asks for the code when two courses share the name a pupil wrote', async () => {
    await planWithCohort();
    const subjects = csv('code,name,max_group_size', 'ArtF,Art,20', 'ArtP,Art,20');
    const choices = csv('upn,choice_1', 'A100000000001,art', 'A100000000002,ArtP');
    const issues = await failedImport(ws.db, {
      subjects: file('subjects2.csv', subjects),
      choices: file('choices2.csv', choices),
    });
    expect(issues.map(formatIssue)).toEqual([
      `subjects2.csv row 2, column "name": 'ArtP' (Art) has the same name; choices must name this course by its code, 'ArtF'.`,
      `subjects2.csv row 3, column "name": 'ArtF' (Art) has the same name; choices must name this course by its code, 'ArtP'.`,
      `choices2.csv row 2, column "choice_1": 'art' is the name of more than one course ('ArtF', 'ArtP'); use the course code instead.`,
    ]);
  });

  it('rejects staff who teach unknown courses or are unavailable in unknown blocks', async () => {
    await planWithCohort();
    const staff = csv(
      'code,name,subjects,max_groups,unavailable_blocks',
      'JSM,Jane Smith,Hi;Latin,3,E',
      'PKN,Paul Khan,,-1,',
    );
    const issues = await failedImport(ws.db, { staff: file('staff.csv', staff) });
    expect(issues.map(formatIssue)).toEqual([
      `staff.csv row 2, column "subjects": unknown course 'Latin' — no course in the plan has that code, name or alias. Add the course to the subjects, or add an alias if it is another name for one.`,
      `staff.csv row 2, column "unavailable_blocks": "E" is not one of the plan's blocks (the blocks are A, B, C, D).`,
      'staff.csv row 3, column "subjects": the list of courses taught is blank.',
      'staff.csv row 3, column "max_groups": the most groups must be a whole number, not "-1".',
    ]);
  });

  it('checks allowed blocks against blocks given in the same import', async () => {
    const subjects = csv(
      'code,name,max_group_size,allowed_blocks,blocks_spanned',
      'Fr,French,25,X;Y,',
      'Hi,History,30,Z,2',
      'Gg,Geography,30,A,',
    );
    const issues = await failedImport(ws.db, {
      blocks: ['X', 'Y', 'Z'],
      subjects: file('subjects.csv', subjects),
    });
    expect(issues.map(formatIssue)).toEqual([
      'subjects.csv row 3, column "allowed_blocks": a course that spans two blocks needs at least two allowed blocks.',
      `subjects.csv row 4, column "allowed_blocks": "A" is not one of the plan's blocks (the blocks are X, Y, Z).`,
    ]);
  });

  it('checks group sizes and the number of blocks spanned', async () => {
    const subjects = csv(
      'code,name,max_group_size,min_group_size,blocks_spanned,groups',
      'Hi,History,20,25,1,',
      'Gg,Geography,30,,3,',
      'Fr,French,,,,two',
    );
    const issues = await failedImport(ws.db, { subjects: file('subjects.csv', subjects) });
    expect(issues.map(formatIssue)).toEqual([
      'subjects.csv row 2, column "min_group_size": the smallest group size (25) is larger than the largest (20).',
      'subjects.csv row 3, column "blocks_spanned": the number of blocks spanned must be at most 2, not 3.',
      'subjects.csv row 4, column "max_group_size": the largest group size is blank.',
      'subjects.csv row 4, column "groups": the number of groups must be a whole number, not "two".',
    ]);
  });

  it('rejects a choices file naming pupils who are not in the cohort', async () => {
    await planWithCohort();
    const choices = csv('UPN,choice_1', 'A100000000001,Hi', 'Z999,Gg');
    const issues = await failedImport(ws.db, { choices: file('choices.csv', choices) });
    expect(issues.map(formatIssue)).toEqual([
      'choices.csv row 3, column "UPN": pupil Z999 is not in the plan or in the pupils file being imported.',
    ]);
  });
});

describe('pupils named rather than numbered', () => {
  const form = (...rows: string[]) => csv('Email,Name,Option 1,Option 2', ...rows);

  it('matches names in any order, ignoring case, accents and apostrophes', async () => {
    await planWithCohort();
    const result = await importIntoPlan(ws.db, {
      choices: file(
        'form.csv',
        form('a@x.uk,jack unal,Hi,', 'b@x.uk,"OBrien, Chloe",Gg,CS', 'c@x.uk,SMITH Amelia,Fr,'),
      ),
    });
    expect(result.counts.choices).toEqual({ added: 1, updated: 2 });
    expect(readCohort(ws.db).choices.map((list) => [list.upn, list.choices])).toEqual([
      ['A100000000002', ['BTEC-HSC', 'Gg']],
      ['A100000000004', ['Gg', 'CS']],
      ['A100000000001', ['Fr']],
      ['A100000000003', ['Hi']],
    ]);
  });

  it('suggests the nearest pupil for a name that matches nobody, and never guesses', async () => {
    await planWithCohort();
    const issues = await failedImport(ws.db, {
      choices: file('form.csv', form('a@x.uk,Amelia Smyth,Hi,', 'b@x.uk,Nobody Known,Hi,')),
    });
    expect(issues.map(formatIssue)).toEqual([
      `form.csv row 2, column "Name": no pupil called 'Amelia Smyth' is in the plan or in the pupils file being imported — did you mean Amelia Smith, A100000000001 (10A)?`,
      `form.csv row 3, column "Name": no pupil called 'Nobody Known' is in the plan or in the pupils file being imported.`,
    ]);
  });

  it('falls back on the e-mail address when the typed name matches nobody', async () => {
    await planWithCohort();
    const { bundle, issues } = await validateImport(ws.db, {
      choices: file('form.csv', form('oliver.jones@school.uk,Olly J,Hi,')),
    });
    expect(issues.map(formatIssue)).toEqual([
      `form.csv row 2, column "Name": no pupil is called 'Olly J', so the e-mail address was used: this is Oliver Jones, A100000000002 (10B).`,
    ]);
    expect(errorsOf(issues)).toEqual([]);
    expect(bundle.choices).toEqual([{ upn: 'A100000000002', choices: ['Hi'], reserves: [] }]);
  });

  it('keeps the submission completed last, even when it is on an earlier row', async () => {
    await planWithCohort();
    const submissions = csv(
      'Completion time,Email,Name,Option 1',
      '03/02/2026 16:30,amelia.smith@x.uk,Amelia Smith,Fr',
      '03/02/2026 09:15,amelia.smith@x.uk,Amelia Smith,Hi',
      '02/02/2026 10:00,oliver@x.uk,Oliver Jones,CS',
      '01/02/2026 10:00,oliver.j@home.example,Oliver Jones,Gg',
    );
    const { bundle, issues } = await validateImport(ws.db, {
      choices: file('form.csv', submissions),
    });
    expect(issues.map(formatIssue)).toEqual([
      'form.csv row 2: Amelia Smith (amelia.smith@x.uk) sent choices twice: the latest, row 2 (completed 03/02/2026 16:30), is used; row 3 (completed 03/02/2026 09:15) is ignored.',
      // Different addresses, same pupil: caught once the names are matched.
      'form.csv row 4: Oliver Jones (A100000000002) sent choices twice: the latest, row 4 (completed 02/02/2026 10:00), is used; row 5 (completed 01/02/2026 10:00) is ignored.',
    ]);
    expect(bundle.choices).toEqual([
      { upn: 'A100000000001', choices: ['Fr'], reserves: [] },
      { upn: 'A100000000002', choices: ['CS'], reserves: [] },
    ]);
  });

  it('lists every pupil who shares an ambiguous name', async () => {
    const pupils = csv(
      'upn,surname,forename,form',
      'P1,Green,Finn,9A',
      'P2,Green,Finn,9C',
      'P3,Green,Finn,',
    );
    const subjects = csv('code,name,max_group_size', 'Hi,History,30');
    const issues = await failedImport(ws.db, {
      subjects: file('subjects.csv', subjects),
      pupils: file('pupils.csv', pupils),
      choices: file('form.csv', form('f@x.uk,Finn Green,History,')),
    });
    expect(issues.map(formatIssue)).toEqual([
      `form.csv row 2, column "Name": 3 pupils are called 'Finn Green': P1 (9A) and P2 (9C) and P3. Add a UPN column, or make the name match only one pupil, to say which one this is.`,
    ]);
  });
});

describe('unreadable or incomplete files', () => {
  it('rejects an empty file, a binary file and a malformed CSV, naming each', async () => {
    const request: ImportRequest = {
      subjects: { name: 'subjects.csv', data: new Uint8Array() },
      pupils: {
        name: 'pupils.csv',
        data: Buffer.from([0x50, 0x00, 0x01, 0x02, 0xff, 0x00, 0x00, 0x7f]),
      },
      choices: file('choices.csv', csv('upn,choice_1', 'A1,Hi', 'A2,"Gg', 'A3,CS')),
      staff: { name: 'staff.xlsx', data: Buffer.from('PK\x03\x04 this is not really a workbook') },
    };
    const issues = await failedImport(ws.db, request);
    expect(issues.map((issue) => [issue.file, issue.row, issue.code])).toEqual([
      ['subjects.csv', null, 'empty-file'],
      ['pupils.csv', null, 'binary-file'],
      ['staff.xlsx', null, 'unreadable-workbook'],
      ['choices.csv', 3, 'malformed-csv'],
    ]);
    expect(issues.map(formatIssue)[0]).toBe('subjects.csv: the file is empty.');
  });

  it('does not flood the report with unknown courses when the subjects file is unreadable', async () => {
    await planWithCohort();
    const issues = await failedImport(ws.db, {
      subjects: { name: 'subjects.csv', data: Buffer.from('code\0name\0') },
      choices: file(
        'choices.csv',
        csv('upn,choice_1', 'A100000000001,Latin', 'A100000000002,Greek'),
      ),
    });
    expect(issues.map(formatIssue)).toEqual([
      expect.stringMatching(/^subjects\.csv: this is not a CSV or Excel file/),
      'choices.csv: this file was not checked, because the subjects file could not be read. Fix that file first.',
    ]);
    expect(issues.map((issue) => issue.severity)).toEqual(['error', 'warning']);
  });

  it('names the missing columns and the ones it found', async () => {
    const pupils = csv('Student,Tutor,Year', 'Amelia Smith,10A,10');
    const issues = await failedImport(ws.db, { pupils: file('pupils.csv', pupils) });
    expect(issues.map(formatIssue)).toEqual([
      'pupils.csv: no column was found for UPN, surname and forename. The columns in the file are: "Student", "Tutor", "Year". Choose the right columns in the column mapping, or rename the headings.',
    ]);
  });

  it('accepts a column mapping for headings it does not know', async () => {
    const pupils = csv('Student ID,Family,Given,Tutor', 'A1,Smith,Amelia,10A');
    const result = await importIntoPlan(ws.db, {
      pupils: {
        ...file('pupils.csv', pupils),
        mapping: { upn: 'Student ID', surname: 'Family', forename: 'Given', form: 'Tutor' },
      },
    });
    expect(result.warnings).toEqual([]);
    expect(readCohort(ws.db).pupils[0]).toMatchObject({
      upn: 'A1',
      surname: 'Smith',
      forename: 'Amelia',
      form: '10A',
    });
  });

  it('refuses a pupils or subjects file with headings and no rows', async () => {
    const issues = await failedImport(ws.db, {
      subjects: file('subjects.csv', 'code,name,max_group_size\r\n\r\n'),
      pupils: file('pupils.csv', 'upn,surname,forename\r\n'),
    });
    expect(issues.map(formatIssue)).toEqual([
      'subjects.csv: the file has column headings but no rows, so there is nothing to import from it.',
      'pupils.csv: the file has column headings but no rows, so there is nothing to import from it.',
    ]);
  });
});

describe('blocks', () => {
  it('rejects blank and repeated block names', async () => {
    const issues = await failedImport(ws.db, { blocks: ['A', ' ', 'a'] });
    expect(issues.map(formatIssue)).toEqual([
      'Import: a block name is blank.',
      'Import: block "a" is named twice.',
    ]);
  });

  it('refuses to remove a block that holds teaching groups, and warns about removing others', async () => {
    await planWithCohort();
    ws.db.exec(`
      INSERT INTO scenarios (name, created_at) VALUES ('Draft', '2026-02-01T00:00:00Z');
      INSERT INTO teaching_groups (scenario_id, course_id, label)
        SELECT s.id, c.id, 'Hi1' FROM scenarios s, courses c WHERE c.code = 'Hi';
      INSERT INTO teaching_group_blocks (group_id, block_id)
        SELECT g.id, b.id FROM teaching_groups g, blocks b WHERE b.name = 'C';
    `);
    const issues = await failedImport(ws.db, { blocks: ['A', 'B'] });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.message.slice(0, 40)])).toEqual(
      [
        ['error', 'block-in-use', 'block "C" cannot be removed: teaching gr'],
        ['warning', 'block-removed', 'block "D" will be removed from the plan,'],
      ],
    );
    const result = await importIntoPlan(ws.db, { blocks: ['A', 'B', 'C'] });
    expect(result.counts.blocks).toEqual({ added: 0, updated: 3 });
    expect(
      readCohort(ws.db).staff.find((member) => member.code === 'PKN')?.unavailableBlocks,
    ).toEqual([]);
  });
});
