import { defaultBlockNames } from '../blocks';
import type { Cohort } from '../model';
import { createRandom } from '../random';
import { CATALOGUE } from './catalogue';
import { generateChoices } from './choices';
import { catalogueAliases, catalogueCourses } from './courses';
import { generatePupils } from './pupils';
import { generateStaff } from './staff';

export interface SyntheticCohortOptions {
  pupils: number;
  /** The same pupils, seed and blocks always give the same cohort; 42 and "42" are one seed. */
  seed: number | string;
  /** Block names; default A to E. */
  blocks?: readonly string[];
}

export interface SyntheticCohort {
  cohort: Cohort;
  aliases: { alias: string; courseCode: string }[];
  settings: Record<string, string>;
}

export const MAX_SYNTHETIC_PUPILS = 10_000;
const DEFAULT_BLOCK_COUNT = 5;

/**
 * An invented but realistic Year 9 options cohort of an English comprehensive: the courses,
 * pupils with their flags and prior attainment, ranked choices with reserves, and staff.
 */
export function generateSyntheticCohort(options: SyntheticCohortOptions): SyntheticCohort {
  const { pupils: count } = options;
  if (!Number.isInteger(count) || count < 0 || count > MAX_SYNTHETIC_PUPILS) {
    throw new RangeError(
      `The number of pupils must be a whole number from 0 to ${MAX_SYNTHETIC_PUPILS}, not ${count}.`,
    );
  }
  const blocks = checkedBlocks(options.blocks ?? defaultBlockNames(DEFAULT_BLOCK_COUNT));
  const seed = String(options.seed);
  // One stream per part, so that (say) other blocks change the choices but not the pupils.
  const pupils = generatePupils(createRandom(`${seed}/pupils`), count);
  const choices = generateChoices(
    createRandom(`${seed}/choices`),
    pupils,
    CATALOGUE,
    blocks.length,
  );
  const courses = catalogueCourses(CATALOGUE, choices, blocks);
  const partners = new Map(
    CATALOGUE.flatMap((entry) => (entry.partner ? [[entry.code, entry.partner] as const] : [])),
  );
  const staff = generateStaff(createRandom(`${seed}/staff`), {
    courses,
    choices,
    blocks,
    partners,
  });
  return {
    cohort: { blocks, courses, pupils, choices, staff },
    aliases: catalogueAliases(CATALOGUE),
    settings: { school_name: 'Demo Academy', cohort: 'Year 9 (demo)', demo_seed: seed },
  };
}

function checkedBlocks(blocks: readonly string[]): string[] {
  const names = blocks.map((name) => name.trim());
  if (names.length === 0 || names.some((name) => name.length === 0)) {
    throw new RangeError('Every block needs a name, and there must be at least one block.');
  }
  if (new Set(names.map((name) => name.toUpperCase())).size !== names.length) {
    throw new RangeError(`A block is named twice in ${names.join(', ')}.`);
  }
  return names;
}
