import { DEFAULT_LETTER_TEMPLATE, templateProblems, type WithheldPupil } from '../../core/letters';
import type { PlanDatabase } from '../plan/plan-file';
import type { StoredScenario } from '../plan/scenario-repository';
import { readLetterTemplate } from './letter-template-store';
import { composeScenarioLetters } from './write-letters';

export interface LettersPreview {
  /** Pupils whose options are settled: each would be sent an offer letter. */
  ready: number;
  /** Pupils who would not be written to, with the reasons. */
  withheld: WithheldPupil[];
}

/** Stands in for a school name not typed yet; it never reaches a letter. */
const COUNTING_SCHOOL_NAME = 'School';

/**
 * Who would get an offer letter from a scenario, without writing anything. Whether a pupil is
 * settled does not depend on the wording, so a template still being filled in (no school name
 * yet) is counted with the default wording instead of stopping the count.
 */
export function previewLetters(db: PlanDatabase, scenario: StoredScenario): LettersPreview {
  const saved = readLetterTemplate(db);
  const template =
    templateProblems(saved).length === 0
      ? saved
      : { ...DEFAULT_LETTER_TEMPLATE, schoolName: COUNTING_SCHOOL_NAME };
  const composed = composeScenarioLetters(db, scenario, { includeUnresolved: false }, template);
  return { ready: composed.letters.length, withheld: composed.withheld };
}
