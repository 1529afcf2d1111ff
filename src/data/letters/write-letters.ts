import { join } from 'node:path';
import {
  composeLetters,
  isIsoDate,
  LetterTemplateError,
  type ComposedLetters,
  type LetterTemplate,
  type WithheldPupil,
} from '../../core/letters';
import { readCohort } from '../plan/cohort-repository';
import type { PlanDatabase } from '../plan/plan-file';
import { readPathways } from '../plan/pathway-repository';
import {
  agreedOrLatestScenarioName,
  readScenario,
  type StoredScenario,
} from '../plan/scenario-repository';
import { checkBatchTarget, letterFileName, preparePupilFolder, writeWhole } from './letter-files';
import { renderLettersPdf } from './letter-pdf';
import { readLetterTemplate } from './letter-template-store';
import { LettersError } from './letters-error';

export interface WriteLettersOptions {
  /** The scenario's name; by default the agreed scenario, or else the latest. */
  scenario?: string;
  /** A .pdf file for the year group, or a folder for one PDF per pupil. */
  out: string;
  perPupil?: boolean;
  includeUnresolved?: boolean;
  /** Replace files that already exist. */
  force?: boolean;
  /** The date on the letters, YYYY-MM-DD; today by default. */
  letterDate?: string;
}

export interface WrittenLetters {
  scenario: string;
  /** Files written: one batch PDF, or one per pupil. */
  files: string[];
  letters: number;
  /** Letters that say the pupil's options are still being discussed. */
  pending: number;
  withheld: WithheldPupil[];
}

/** The scenario named, or the agreed one, or the latest. */
export function scenarioForLetters(db: PlanDatabase, name?: string): StoredScenario {
  const chosen = name ?? agreedOrLatestScenarioName(db);
  if (chosen === null) {
    throw new LettersError(
      'no-scenario',
      'The plan has no scenarios yet: build the option blocks first.',
    );
  }
  const scenario = readScenario(db, chosen);
  if (!scenario) {
    throw new LettersError('unknown-scenario', `The plan has no scenario called "${chosen}".`);
  }
  return scenario;
}

/** Today's date where the letters are printed, YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Composes a scenario's letters and writes them as one PDF for the year group or one per
 * pupil. Every target is checked before anything is written, and nothing is written when no
 * pupil can be sent a letter.
 */
export async function writeLetters(
  db: PlanDatabase,
  options: WriteLettersOptions,
): Promise<WrittenLetters> {
  if (options.letterDate !== undefined && !isIsoDate(options.letterDate)) {
    throw new LettersError(
      'bad-date',
      `The letter date "${options.letterDate}" is not a date: write it as YYYY-MM-DD.`,
    );
  }
  const scenario = scenarioForLetters(db, options.scenario);
  const template = readLetterTemplate(db);
  const composed = composeScenarioLetters(db, scenario, options, template);
  const written: WrittenLetters = {
    scenario: scenario.name,
    files: [],
    letters: composed.letters.length,
    pending: composed.letters.filter((letter) => letter.status === 'pending').length,
    withheld: composed.withheld,
  };
  if (composed.letters.length === 0) return written;

  const force = Boolean(options.force);
  if (options.perPupil) {
    const names = composed.letters.map(letterFileName);
    preparePupilFolder(options.out, names, force);
    for (const [index, letter] of composed.letters.entries()) {
      const path = join(options.out, names[index] ?? letterFileName(letter));
      writeWhole(path, await renderLettersPdf([letter], template));
      written.files.push(path);
    }
  } else {
    checkBatchTarget(options.out, force);
    writeWhole(options.out, await renderLettersPdf(composed.letters, template));
    written.files.push(options.out);
  }
  return written;
}

/** A scenario's letters and withheld pupils, composed in memory without writing anything. */
export function composeScenarioLetters(
  db: PlanDatabase,
  scenario: StoredScenario,
  options: Pick<WriteLettersOptions, 'includeUnresolved' | 'letterDate'>,
  template: LetterTemplate = readLetterTemplate(db),
): ComposedLetters {
  try {
    return composeLetters({
      cohort: readCohort(db),
      solution: scenario.solution,
      unresolved: scenario.unresolved,
      pathways: readPathways(db),
      template,
      letterDate: options.letterDate ?? todayIso(),
      includeUnresolved: options.includeUnresolved,
    });
  } catch (error) {
    if (error instanceof LetterTemplateError) {
      throw new LettersError('invalid-template', error.message);
    }
    throw error;
  }
}
