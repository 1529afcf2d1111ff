import type { PupilRoute } from '../fairness';
import type { AttainmentBand, ChoiceList, Cohort, Pupil } from '../model';
import type { Pathway } from '../pathways';
import { createRandom } from '../random';
import { CATALOGUE } from './catalogue';
import { catalogueCourses } from './courses';
import { generateSyntheticCohort } from './index';

/**
 * A synthetic cohort on pathways, with a known amount of planted bias, to check that the
 * fairness report finds bias that is there and stays quiet when there is none.
 */
export interface PathwayFairnessOptions {
  pupils: number;
  seed: number | string;
  /**
   * Chance (0..1) that a disadvantaged pupil is moved onto the supported route on top of
   * what their prior attainment alone gives; 0 plants no bias.
   */
  bias: number;
}

export interface PathwayFairnessCohort {
  cohort: Cohort;
  pathways: Pathway[];
  /** Every pupil's route, keyed by UPN; all agreed. */
  routes: Map<string, PupilRoute>;
}

export const SUPPORTED_COURSE = 'SUP';

/** Three routes as a school might write them: EBacc, open and supported (fresh copies). */
export function biasTestPathways(): Pathway[] {
  return [
    {
      code: 'EBACC',
      name: 'EBacc route',
      description: 'A language and a humanity among four options.',
      optionCount: 4,
      freeSlots: 0,
      rules: [
        { kind: 'choose-one-of', from: { kind: 'category', category: 'language' } },
        { kind: 'choose-one-of', from: { kind: 'category', category: 'humanity' } },
      ],
      eligibility: { bands: ['M', 'H'], note: '' },
    },
    {
      code: 'OPEN',
      name: 'Open route',
      description: 'Any four options.',
      optionCount: 4,
      freeSlots: 0,
      rules: [],
      eligibility: { bands: [], note: '' },
    },
    {
      code: 'SUPP',
      name: 'Supported route',
      description: 'Supported Studies and two options.',
      optionCount: 3,
      freeSlots: 0,
      rules: [{ kind: 'must-include', course: SUPPORTED_COURSE }],
      eligibility: { bands: ['L'], note: 'Discuss with the SENCo.' },
    },
  ];
}

type RouteCode = 'EBACC' | 'OPEN' | 'SUPP';

/** Chance of each route by prior-attainment band alone; the rest go on the open route. */
const ROUTE_CHANCES: Record<AttainmentBand | 'unknown', { SUPP: number; EBACC: number }> = {
  L: { SUPP: 0.6, EBACC: 0.1 },
  M: { SUPP: 0.15, EBACC: 0.4 },
  H: { SUPP: 0.02, EBACC: 0.75 },
  unknown: { SUPP: 0.2, EBACC: 0.3 },
};

/**
 * Routes follow prior attainment only, plus, when `bias` is above 0, disadvantaged pupils are
 * moved onto the supported route with that chance, whatever their band. Each pupil takes the
 * same draws whatever the bias, so cohorts with and without bias differ only by the bias.
 */
export function pathwayFairnessCohort(options: PathwayFairnessOptions): PathwayFairnessCohort {
  const { bias } = options;
  if (!(bias >= 0 && bias <= 1)) {
    throw new RangeError(`The bias must be a chance from 0 to 1, not ${bias}.`);
  }
  const { cohort } = generateSyntheticCohort({ pupils: options.pupils, seed: options.seed });
  const random = createRandom(`${String(options.seed)}/routes`);
  const routeByUpn = new Map<string, RouteCode>();
  for (const pupil of cohort.pupils) {
    const chances = ROUTE_CHANCES[pupil.priorAttainment.band ?? 'unknown'];
    const draw = random.next();
    const biasDraw = random.next();
    let route: RouteCode =
      draw < chances.SUPP ? 'SUPP' : draw < chances.SUPP + chances.EBACC ? 'EBACC' : 'OPEN';
    if (pupil.disadvantaged && biasDraw < bias) route = 'SUPP';
    routeByUpn.set(pupil.upn, route);
  }

  const pupils = cohort.pupils.map((pupil): Pupil => ({
    ...pupil,
    pathway: routeByUpn.get(pupil.upn) ?? null,
  }));
  const choices = cohort.choices.map((list) =>
    choicesForRoute(list, routeByUpn.get(list.upn) === 'SUPP'),
  );
  return {
    cohort: {
      ...cohort,
      pupils,
      choices,
      courses: catalogueCourses(CATALOGUE, choices, cohort.blocks),
    },
    pathways: biasTestPathways(),
    routes: new Map(
      [...routeByUpn].map(([upn, code]) => [upn, { code, source: 'agreed' } satisfies PupilRoute]),
    ),
  };
}

const SUPPORTED_OPTIONS =
  biasTestPathways().find((pathway) => pathway.code === 'SUPP')?.optionCount ?? 3;

/**
 * A supported pupil takes Supported Studies first, in place of their last options; any other
 * pupil does not take it, and their first reserve fills the place it leaves.
 */
function choicesForRoute(list: ChoiceList, supported: boolean): ChoiceList {
  const others = list.choices.filter((course) => course !== SUPPORTED_COURSE);
  if (supported) {
    return { ...list, choices: [SUPPORTED_COURSE, ...others].slice(0, SUPPORTED_OPTIONS) };
  }
  if (others.length === list.choices.length) return list;
  const [promoted, ...reserves] = list.reserves;
  return {
    ...list,
    choices: promoted ? [...others, promoted] : others,
    reserves,
  };
}
