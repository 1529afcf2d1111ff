import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ExportWriteError,
  exportTargetProblems,
  writeExportFile,
} from '../../../src/data/export/export-files';
import { openPlanFile } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('writing an export', () => {
  it('replaces an earlier file and leaves nothing else behind', () => {
    const path = join(dir, 'mis.csv');
    writeFileSync(path, 'old');
    writeExportFile(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['mis.csv']);
  });

  it('says which file could not be written, and leaves what was there as it was', () => {
    const path = join(dir, 'booklet.pdf');
    mkdirSync(path);
    writeFileSync(join(path, 'kept.txt'), 'kept');
    expect(() => writeExportFile(path, 'new')).toThrow(ExportWriteError);
    expect(() => writeExportFile(path, 'new')).toThrow(`${path} could not be written`);
    expect(readFileSync(join(path, 'kept.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['booklet.pdf']);
  });
});

describe('checking where exports go', () => {
  it('accepts new files and earlier exports', () => {
    writeFileSync(join(dir, 'old.csv'), 'an earlier export');
    const files = [
      { what: 'the MIS class lists', path: join(dir, 'old.csv') },
      { what: 'staffing by block', path: join(dir, 'new.csv') },
    ];
    expect(exportTargetProblems(files, join(dir, 'plan.ks4'))).toEqual([]);
  });

  it('refuses a plan file under any name, whatever its extension', () => {
    const disguised = join(dir, 'copy.csv');
    openPlanFile(disguised, { create: true }).close();
    expect(
      exportTargetProblems([{ what: 'the MIS class lists', path: disguised }], join(dir, 'p.ks4')),
    ).toEqual([
      `${disguised} is a plan file and was left as it was: choose another file for the MIS class lists.`,
    ]);
  });
});
