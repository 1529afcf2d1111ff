import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { PupilLetter } from '../../core/letters';
import { LettersError } from './letters-error';
import { pdfText } from './pdf-text';

/** "Surname Forename UPN.pdf" in letters, digits, spaces and hyphens only. */
export function letterFileName(letter: Pick<PupilLetter, 'surname' | 'forename' | 'upn'>): string {
  const words = [letter.surname, letter.forename, letter.upn]
    .map((part) =>
      pdfText(part)
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[^A-Za-z0-9 -]+/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '');
  return `${words.join(' ') || 'Pupil'}.pdf`;
}

/** Checks a batch file's name and folder; refuses to replace a file unless forced. */
export function checkBatchTarget(path: string, force: boolean): void {
  if (extname(path).toLowerCase() !== '.pdf') {
    throw new LettersError(
      'bad-output',
      `Letters are written as one PDF file: give a name ending .pdf (not ${basename(path)}), ` +
        'or ask for one file per pupil with a folder.',
    );
  }
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new LettersError('bad-output', `The folder ${folder} does not exist.`);
  }
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) {
      throw new LettersError('bad-output', `${path} is a folder, not a PDF file name.`);
    }
    if (!force) {
      throw new LettersError(
        'would-overwrite',
        `${path} already exists and was left as it was: choose another name, or ask to replace it.`,
      );
    }
  }
}

/** Makes the folder for per-pupil files; refuses when any of them would replace a file. */
export function preparePupilFolder(folder: string, names: readonly string[], force: boolean): void {
  if (existsSync(folder) && !statSync(folder).isDirectory()) {
    throw new LettersError(
      'bad-output',
      `${folder} is a file: one PDF per pupil needs a folder to go in.`,
    );
  }
  refuseSharedNames(names);
  const taken = names.filter((name) => existsSync(join(folder, name)));
  if (taken.length > 0 && !force) {
    const shown = taken.slice(0, 5).join(', ');
    const more = taken.length > 5 ? ` and ${taken.length - 5} more` : '';
    throw new LettersError(
      'would-overwrite',
      `${taken.length} of the letters already exist in ${folder} (${shown}${more}); nothing was ` +
        'written. Choose another folder, or ask to replace them.',
    );
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new LettersError(
      'cannot-write',
      `The folder ${folder} could not be made: ${reason(error)}`,
    );
  }
}

/** Two pupils whose file names differ only by case would overwrite each other on Windows. */
function refuseSharedNames(names: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new LettersError(
        'bad-output',
        `Two letters would both be called "${earlier}"; nothing was written. ` +
          "Check the two pupils' UPNs, or write one PDF for the year group.",
      );
    }
    seen.set(key, name);
  }
}

/** Writes beside the target and renames into place, so a failure never leaves half a PDF. */
export function writeWhole(path: string, bytes: Buffer): void {
  const partial = `${path}.${process.pid}.part`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new LettersError('cannot-write', `${path} could not be written: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied.';
  if (code === 'ENOSPC') return 'the disk is full.';
  return (error as Error).message;
}
