import iconv from 'iconv-lite';
import { crc32, deflateRawSync } from 'node:zlib';
import writeXlsxFile from 'write-excel-file/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTable } from '../../../src/data/import';
import { anIssue, csv, makeWorkspace, type Workspace } from './import-helpers';

let ws: Workspace;
beforeEach(() => (ws = makeWorkspace()));
afterEach(() => ws.cleanup());

const NAMES = csv('upn,surname,forename', 'A1,Ünal,Jack', 'A2,Taylor,Chloé');

async function readText(name: string, bytes: Uint8Array) {
  const result = await readTable({ path: ws.write(name, bytes) });
  expect(result.issues).toEqual([]);
  if (!result.table) throw new Error('no table');
  return result.table;
}

describe('text encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(NAMES, 'utf8')],
    [
      'UTF-8 with BOM',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NAMES, 'utf8')]),
    ],
    ['Windows-1252', iconv.encode(NAMES, 'win1252')],
    ['UTF-16LE', iconv.encode(NAMES, 'utf16le', { addBOM: true })],
    ['UTF-16BE', iconv.encode(NAMES, 'utf16be', { addBOM: true })],
  ])('reads %s with accented names intact and records the encoding', async (encoding, bytes) => {
    const table = await readText('pupils.csv', bytes);
    expect(table.encoding).toBe(encoding);
    expect(table.headers).toEqual(['upn', 'surname', 'forename']);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['A1', 'Ünal', 'Jack'],
      ['A2', 'Taylor', 'Chloé'],
    ]);
  });

  it('reads UTF-16 written without a byte-order mark', async () => {
    const table = await readText('pupils.csv', iconv.encode(NAMES, 'utf16le'));
    expect(table.encoding).toBe('UTF-16LE');
    expect(table.rows[0]?.cells[1]).toBe('Ünal');
  });

  it('does not mistake UTF-8 accents for Windows-1252 ones', async () => {
    const table = await readText('pupils.csv', Buffer.from(NAMES, 'utf8'));
    expect(table.rows[1]?.cells[2]).toBe('Chloé');
    expect(table.rows[1]?.cells[2]).not.toContain('Ã');
  });
});

describe('CSV layout', () => {
  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
  ])('detects %s from the header line', async (_name, delimiter) => {
    const text = ['code,x;name;max_group_size', 'Hi;History, Modern;30']
      .join('\n')
      .replace(/;/g, delimiter);
    const table = await readText('subjects.csv', Buffer.from(text));
    expect(table.delimiter).toBe(delimiter);
    expect(table.headers).toEqual(['code,x', 'name', 'max_group_size']);
    expect(table.rows[0]?.cells).toEqual(['Hi', 'History, Modern', '30']);
  });

  it('ignores delimiters inside quoted headings when detecting', async () => {
    const table = await readText('x.csv', Buffer.from('"a;b;c",d\n1,2\n'));
    expect(table.delimiter).toBe(',');
    expect(table.headers).toEqual(['a;b;c', 'd']);
  });

  it('keeps spreadsheet row numbers across blank lines, quoted line breaks and trimmed cells', async () => {
    const text = [
      '"upn" , "surname"',
      'A1,  Smith  ',
      '',
      ' , ',
      'A2,"Jones,\nthe second"',
      'A3,"Said ""Hi"""',
    ].join('\r\n');
    const table = await readText('pupils.csv', Buffer.from(text));
    expect(table.headers).toEqual(['upn', 'surname']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A1', 'Smith'] },
      { row: 5, cells: ['A2', 'Jones,\nthe second'] },
      { row: 6, cells: ['A3', 'Said "Hi"'] },
    ]);
  });

  it('honours an Excel "sep=" line and does not count it as a row', async () => {
    const table = await readText('x.csv', Buffer.from('sep=;\r\nupn;surname\r\nA1;Smith\r\n'));
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(['upn', 'surname']);
    expect(table.rows).toEqual([{ row: 2, cells: ['A1', 'Smith'] }]);
  });

  it('reads mixed line endings', async () => {
    const table = await readText('x.csv', Buffer.from('a,b\r\n1,2\n3,4\r5,6'));
    expect(table.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });

  it('names the line where an unclosed quotation mark starts', async () => {
    const text = csv('upn,surname', 'A1,Smith', 'A2,"Jones', 'A3,Brown', 'A4,Khan');
    const { table, issues } = await readTable({ path: ws.write('pupils.csv', text) });
    expect(table).toBeNull();
    expect(issues).toEqual([
      anIssue({
        code: 'malformed-csv',
        file: 'pupils.csv',
        row: 3,
        column: null,
        message: /quotation mark .* line 3 is never closed/,
      }),
    ]);
  });
});

describe('files that are not tables', () => {
  it('rejects an empty file', async () => {
    const { table, issues } = await readTable({ name: 'pupils.csv', data: new Uint8Array() });
    expect(table).toBeNull();
    expect(issues).toEqual([
      anIssue({ code: 'empty-file', file: 'pupils.csv', row: null, message: /^the file is empty/ }),
    ]);
  });

  it('treats a file of blank lines (or just a byte-order mark) as empty', async () => {
    for (const bytes of [
      Buffer.from('\r\n  \r\n'),
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(',,,\n,,\n'),
    ]) {
      const { issues } = await readTable({ name: 'x.csv', data: bytes });
      expect(issues).toEqual([anIssue({ code: 'empty-file', message: /the file is empty/ })]);
    }
  });

  it('rejects binary data', async () => {
    const bytes = Buffer.from([
      0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x13, 0x00, 0x07,
    ]);
    const { table, issues } = await readTable({ path: ws.write('pupils.csv', bytes) });
    expect(table).toBeNull();
    expect(issues).toEqual([
      anIssue({ code: 'binary-file', file: 'pupils.csv', message: /not a CSV or Excel file/ }),
    ]);
  });

  it('rejects a PDF', async () => {
    const { issues } = await readTable({
      name: 'choices.pdf',
      data: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'),
    });
    expect(issues).toEqual([anIssue({ code: 'binary-file', message: /not a CSV or Excel file/ })]);
  });

  it('explains that old .xls workbooks must be saved as .xlsx', async () => {
    const ole2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const { issues } = await readTable({ name: 'pupils.xls', data: ole2 });
    expect(issues).toEqual([
      anIssue({
        code: 'unreadable-workbook',
        message: /old-style Excel workbook \(\.xls\).*\.xlsx/,
      }),
    ]);
  });

  it('explains that a web page saved with a spreadsheet name is not a spreadsheet', async () => {
    const html = '<html><body><table><tr><td>UPN</td></tr></table></body></html>';
    const { table, issues } = await readTable({
      name: 'Student List.xls',
      data: Buffer.from(html),
    });
    expect(table).toBeNull();
    expect(issues).toEqual([
      anIssue({
        code: 'unreadable-workbook',
        file: 'Student List.xls',
        message: /web page \(HTML\), not a spreadsheet/,
      }),
    ]);
  });

  it('rejects a damaged workbook and a zip that is not a workbook', async () => {
    const workbook = await writeXlsxFile([['upn'], ['A1']]).toBuffer();
    const truncated = workbook.subarray(0, Math.floor(workbook.length / 2));
    for (const data of [truncated, zipOf('notes.txt', 'hello')]) {
      const { table, issues } = await readTable({ name: 'pupils.xlsx', data });
      expect(table).toBeNull();
      expect(issues).toEqual([
        anIssue({
          code: 'unreadable-workbook',
          file: 'pupils.xlsx',
          message: /not a readable Excel workbook/,
        }),
      ]);
    }
  });

  it('says when a file cannot be found', async () => {
    const { issues } = await readTable({ path: `${ws.dir}/missing.csv` });
    expect(issues).toEqual([
      anIssue({ code: 'file-not-found', file: 'missing.csv', message: /no such file/ }),
    ]);
  });
});

describe('XLSX workbooks', () => {
  it('reads the first sheet with numbers, booleans and dates as text, keeping row numbers', async () => {
    const data = await writeXlsxFile([
      ['upn', 'surname', 'score', 'pp', 'completed'],
      [
        'A1',
        'Ünal',
        98.8,
        true,
        { value: new Date(Date.UTC(2026, 0, 27, 8, 5, 11)), format: 'dd/mm/yyyy hh:mm:ss' },
      ],
      [null, null, null, null, null],
      ['A2', '  Chloé ', 104, false, null],
    ]).toBuffer();
    const table = await readText('pupils.xlsx', data);
    expect(table).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheet: 'Sheet1',
      headers: ['upn', 'surname', 'score', 'pp', 'completed'],
    });
    expect(table.rows).toEqual([
      { row: 2, cells: ['A1', 'Ünal', '98.8', 'TRUE', '2026-01-27 08:05:11'] },
      { row: 4, cells: ['A2', 'Chloé', '104', 'FALSE', ''] },
    ]);
  });

  it('finds the headings below a report title, and says so', async () => {
    const data = await writeXlsxFile([
      ['Year 9 student list', null, null],
      [null, null, null],
      ['UPN', 'Surname', 'Forename'],
      ['A1', 'Ünal', 'Jack'],
    ]).toBuffer();
    const { table, issues } = await readTable({ name: 'report.xlsx', data });
    expect(table).toMatchObject({ headerRow: 3, headers: ['UPN', 'Surname', 'Forename'] });
    expect(table?.rows).toEqual([{ row: 4, cells: ['A1', 'Ünal', 'Jack'] }]);
    expect(issues).toEqual([
      anIssue({
        severity: 'warning',
        code: 'above-headings',
        row: 3,
        message: /^the column headings were taken from row 3; the line above them is ignored\.$/,
      }),
    ]);
  });

  it('reads a named sheet and lists the sheets', async () => {
    const data = await writeXlsxFile([
      { sheet: 'Read me', data: [['Exported from the MIS']] },
      { sheet: 'Pupils', data: [['upn'], ['A1']] },
    ]).toBuffer();
    const { table } = await readTable({ name: 'export.xlsx', data, sheet: 'pupils' });
    expect(table).toMatchObject({
      sheet: 'Pupils',
      sheets: ['Read me', 'Pupils'],
      headers: ['upn'],
    });
  });

  it('names the sheets when the one asked for is missing', async () => {
    const data = await writeXlsxFile([['upn'], ['A1']]).toBuffer();
    const { issues } = await readTable({ name: 'export.xlsx', data, sheet: 'Choices' });
    expect(issues).toEqual([
      anIssue({
        code: 'sheet-not-found',
        message: /no sheet called "Choices"; its sheets are "Sheet1"/,
      }),
    ]);
  });
});

/** A minimal, valid zip archive holding one text file (and nothing a workbook needs). */
function zipOf(name: string, content: string): Buffer {
  const nameBytes = Buffer.from(name);
  const data = Buffer.from(content);
  const compressed = deflateRawSync(data);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(compressed.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const local = Buffer.concat([header, nameBytes, compressed]);
  const directory = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(local.length, 16);
  return Buffer.concat([local, directory, end]);
}

describe('text guarded against spreadsheet formulas', () => {
  it('drops the apostrophe an export put before a would-be formula, and only that', async () => {
    const text = csv('upn,surname,forename', "A1,'-Smith,Jo", "A2,'=Jones,Al", "A3,O'Neil,'Tis");
    const table = await readText('guarded.csv', Buffer.from(text, 'utf8'));
    expect(table.rows.map((row) => row.cells.slice(1))).toEqual([
      ['-Smith', 'Jo'],
      ['=Jones', 'Al'],
      ["O'Neil", "'Tis"],
    ]);
  });
});
