import {
  closeSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/**
 * Where exports are written, checked before anything is made and written so that a failure
 * leaves every existing file as it was: a plan file is never written over, and each file is
 * written beside its target and renamed into place only once it is complete.
 */

export interface ExportFile {
  /** What the file is, for messages: "the MIS class lists". */
  what: string;
  path: string;
}

/** The first bytes of every SQLite database, and so of every plan file. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

function isSqliteFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

/** Every problem with the targets, in words; empty when all of them can be written. */
export function exportTargetProblems(files: readonly ExportFile[], planPath: string): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const plan = resolve(planPath);
  for (const file of files) {
    const target = resolve(file.path);
    const earlier = seen.get(target);
    if (earlier !== undefined) {
      problems.push(`${file.path} is given for both ${earlier} and ${file.what}: use two files.`);
      continue;
    }
    seen.set(target, file.what);
    if (target === plan) {
      problems.push(`${file.path} is the plan itself: choose another file for ${file.what}.`);
    } else if (!existsSync(dirname(target))) {
      problems.push(`The folder ${dirname(target)} for ${file.what} does not exist.`);
    } else if (existsSync(target) && statSync(target).isDirectory()) {
      problems.push(`${file.path} is a folder: give a file name for ${file.what}.`);
    } else if (existsSync(target) && isSqliteFile(target)) {
      problems.push(
        `${file.path} is a plan file and was left as it was: choose another file for ${file.what}.`,
      );
    }
  }
  return problems;
}

/** An export that could not be written; the message says why in words. */
export class ExportWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportWriteError';
  }
}

function whyNotWritten(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
    return (
      `${path} could not be written: it may be open in another program, such as a ` +
      'spreadsheet, or the folder may be read-only. Close it and export again.'
    );
  }
  if (code === 'ENOSPC') return `${path} could not be written: the disk is full.`;
  return `${path} could not be written: ${(error as Error).message}`;
}

/** Writes a finished export; an existing file of that name is replaced only once it is complete. */
export function writeExportFile(path: string, content: string | Buffer): void {
  const building = resolve(dirname(path), `.${basename(path)}.${process.pid}.part`);
  try {
    writeFileSync(building, content);
    renameSync(building, path);
  } catch (error) {
    rmSync(building, { force: true });
    throw new ExportWriteError(whyNotWritten(path, error));
  }
}
