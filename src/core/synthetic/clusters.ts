import type { AttainmentBand } from '../model';
import type { CourseCategory } from './catalogue';

/**
 * Leanings that make synthetic choices hang together the way real ones do: a pupil who takes
 * Triple Science is likelier to take Computer Science and a language, an arts-minded pupil picks
 * several arts courses. Membership leans on prior attainment and, a little, on gender, as in real
 * cohorts. These are tendencies in the data only: no pupil is put on a route by them.
 */
export interface ChoiceCluster {
  id: string;
  /** Relative chance of a pupil in each band (or with no known attainment) leaning this way. */
  membership: Record<AttainmentBand | 'unknown', number>;
  byGender: { F: number; M: number };
  /** Multipliers on course popularity by course category; courses not covered keep 1. */
  byCategory: Readonly<Partial<Record<CourseCategory, number>>>;
  /** Multipliers by course code, which take precedence over the category's. */
  byCourse: Readonly<Record<string, number>>;
}

export const CHOICE_CLUSTERS: readonly ChoiceCluster[] = [
  {
    id: 'science',
    membership: { H: 38, M: 14, L: 3, unknown: 12 },
    byGender: { F: 0.9, M: 1.1 },
    byCategory: { language: 2.5, arts: 0.5, vocational: 0.3, technology: 0.6 },
    byCourse: { TSc: 12, CS: 5, St: 4, La: 3, Gg: 2.5, Hi: 1.5, Ps: 1.3 },
  },
  {
    id: 'humanities',
    membership: { H: 32, M: 28, L: 12, unknown: 24 },
    byGender: { F: 1.05, M: 0.95 },
    byCategory: { language: 3, humanity: 3.5, vocational: 0.4, technology: 0.7 },
    byCourse: { So: 2, Ps: 1.5, TSc: 0.6, La: 3 },
  },
  {
    id: 'arts',
    membership: { H: 16, M: 24, L: 24, unknown: 20 },
    byGender: { F: 1.15, M: 0.85 },
    byCategory: { arts: 5, language: 0.6, science: 0.3, vocational: 0.6 },
    byCourse: { DT: 2, St: 0.2 },
  },
  {
    id: 'vocational',
    membership: { H: 4, M: 19, L: 42, unknown: 24 },
    byGender: { F: 0.95, M: 1.05 },
    byCategory: { vocational: 5, technology: 3, language: 0.2, science: 0.15, humanity: 0.5 },
    byCourse: { Bu: 3, PE: 1.5, La: 0.05, St: 0.2 },
  },
  {
    id: 'broad',
    membership: { H: 10, M: 15, L: 19, unknown: 20 },
    byGender: { F: 1, M: 1 },
    byCategory: {},
    byCourse: {},
  },
];
