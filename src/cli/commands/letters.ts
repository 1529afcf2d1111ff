import { existsSync, readFileSync } from 'node:fs';
import type { LetterTemplate, WithheldPupil } from '../../core/letters';
import { saveLetterTemplate } from '../../data/letters/letter-template-store';
import { LettersError } from '../../data/letters/letters-error';
import { readLogo } from '../../data/letters/logo';
import { writeLetters, type WrittenLetters } from '../../data/letters/write-letters';
import { openPlanFile } from '../../data/plan/plan-file';
import { BadInputError } from '../errors';
import { ExitCode, type CliIo } from '../io';

export interface ExportLettersOptions {
  scenario?: string;
  /** A .pdf file, or a folder with `perPupil`. */
  out: string;
  perPupil?: boolean;
  includeUnresolved?: boolean;
  force?: boolean;
  /** The date on the letters, YYYY-MM-DD; today by default. */
  date?: string;
}

/** Template changes given on the command line; saved in the plan before any letter is written. */
export interface LetterTemplateOptions {
  school?: string;
  signatory?: string;
  role?: string;
  intro?: string;
  howToChange?: string;
  /** YYYY-MM-DD, or "none" for two weeks after the letter. */
  replyBy?: string;
  /** A PNG or JPEG file, or "none" to remove the logo. */
  logo?: string;
}

export interface LettersCommandOptions
  extends Partial<ExportLettersOptions>, LetterTemplateOptions {}

/** `ks4plan letters`: saves any template changes, then writes the letters when --out is given. */
export async function lettersCommand(
  planPath: string,
  options: LettersCommandOptions,
  io: CliIo,
): Promise<number> {
  const changes = templateChanges(options);
  if (!options.out && Object.keys(changes).length === 0) {
    throw new BadInputError(
      'Nothing to do: give --out with a .pdf file (or a folder and --per-pupil), ' +
        'or change the letter template with --school, --signatory, --role, --intro, ' +
        '--how-to-change, --reply-by or --logo.',
    );
  }
  if (Object.keys(changes).length > 0) {
    const db = openPlanFile(planPath);
    try {
      reportingLettersErrors(() => saveLetterTemplate(db, changes));
    } finally {
      db.close();
    }
    io.out('Saved the letter template in the plan.');
  }
  if (!options.out) return ExitCode.ok;
  return exportLetters(planPath, { ...options, out: options.out }, io);
}

/**
 * Writes a scenario's offer letters and reports what was written and who was withheld. Shared
 * by `ks4plan letters` and `ks4plan export --letters`.
 */
export async function exportLetters(
  planPath: string,
  options: ExportLettersOptions,
  io: CliIo,
): Promise<number> {
  const db = openPlanFile(planPath, { readonly: true });
  try {
    const written = await reportingLettersErrorsAsync(() =>
      writeLetters(db, {
        scenario: options.scenario,
        out: options.out,
        perPupil: options.perPupil,
        includeUnresolved: options.includeUnresolved,
        force: options.force,
        letterDate: options.date,
      }),
    );
    printWritten(written, options, io);
    return written.letters > 0 ? ExitCode.ok : ExitCode.badInput;
  } finally {
    db.close();
  }
}

function printWritten(written: WrittenLetters, options: ExportLettersOptions, io: CliIo): void {
  const count = plural(written.letters, 'letter');
  if (written.letters === 0) {
    io.err(
      `No letters were written (scenario "${written.scenario}"): no pupil's options are settled.`,
    );
  } else if (options.perPupil) {
    io.out(
      `Wrote ${count}, one PDF per pupil, to ${options.out} (scenario "${written.scenario}").`,
    );
  } else {
    io.out(`Wrote ${count} to ${options.out} (scenario "${written.scenario}").`);
  }
  if (written.pending > 0) {
    io.out(
      `${plural(written.pending, 'letter')} say${written.pending === 1 ? 's' : ''} ` +
        "that the pupil's options are still being discussed.",
    );
  }
  if (written.withheld.length > 0) printWithheld(written.withheld, io);
}

function printWithheld(withheld: readonly WithheldPupil[], io: CliIo): void {
  io.out(
    `${plural(withheld.length, 'pupil')} not written to, because their options are not settled ` +
      '(`ks4plan letters --include-unresolved` writes them a "still being discussed" letter):',
  );
  for (const pupil of withheld) {
    io.out(`  ${pupil.name} (${pupil.upn}): ${pupil.reasons.join('; ')}`);
  }
}

function templateChanges(options: LetterTemplateOptions): Partial<LetterTemplate> {
  const changes: Partial<LetterTemplate> = {};
  if (options.school !== undefined) changes.schoolName = options.school;
  if (options.signatory !== undefined) changes.signatoryName = options.signatory;
  if (options.role !== undefined) changes.signatoryRole = options.role;
  if (options.intro !== undefined) changes.intro = options.intro;
  if (options.howToChange !== undefined) changes.howToChange = options.howToChange;
  if (options.replyBy !== undefined) {
    changes.replyBy = options.replyBy.toLowerCase() === 'none' ? null : options.replyBy;
  }
  if (options.logo !== undefined) changes.logo = logoFromFile(options.logo);
  return changes;
}

function logoFromFile(path: string): LetterTemplate['logo'] {
  if (path.toLowerCase() === 'none') return null;
  if (!existsSync(path)) throw new BadInputError(`There is no logo file at ${path}.`);
  return reportingLettersErrors(() => readLogo(readFileSync(path), path));
}

function reportingLettersErrors<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asBadInput(error);
  }
}

async function reportingLettersErrorsAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asBadInput(error);
  }
}

/** Letters' own errors are bad input: the message is the whole report. */
function asBadInput(error: unknown): unknown {
  if (!(error instanceof LettersError)) return error;
  const hint = error.code === 'would-overwrite' ? ' To replace, add --force.' : '';
  return new BadInputError(`${error.message}${hint}`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
