import type { FairnessInput, FairnessPlacement, PupilRoute } from '../../../src/core/fairness';
import type { AttainmentBand, ChoiceList, Pupil, SendStatus } from '../../../src/core/model';
import {
  DEFAULT_FAIRNESS_SETTINGS,
  type Pathway,
  type PathwayRule,
  type RuleCourse,
} from '../../../src/core/pathways';

/** Small hand-made cohorts for the fairness report, built pupil by pupil. */

export const COURSES: RuleCourse[] = [
  course('Fr', 'French', 'language', 'GCSE'),
  course('Sp', 'Spanish', 'language', 'GCSE'),
  course('Hi', 'History', 'humanity', 'GCSE'),
  course('Gg', 'Geography', 'humanity', 'GCSE'),
  course('Ar', 'Art', 'arts', 'GCSE'),
  course('Dr', 'Drama', 'arts', 'GCSE'),
  course('Eng', 'Engineering', 'vocational', 'BTEC'),
  course('Hsc', 'Health and Social Care', 'vocational', 'BTEC'),
  course('SUP', 'Supported Studies', 'other', 'Other'),
];

function course(code: string, name: string, category: string, qualification: string): RuleCourse {
  return { code, name, category, qualification, blocksSpanned: 1 };
}

export function pathway(
  code: string,
  name: string,
  optionCount: number,
  rules: PathwayRule[] = [],
): Pathway {
  return {
    code,
    name,
    description: '',
    optionCount,
    freeSlots: 0,
    rules,
    eligibility: { bands: [], note: '' },
  };
}

export const OPEN = pathway('OPEN', 'Open route', 4);
/** Lower than the open route: fewer options and a lower-tariff course in place of one. */
export const SUPPORTED = pathway('SUPP', 'Supported route', 3, [
  { kind: 'must-include', course: 'SUP' },
]);

export interface PupilSpec {
  upn: string;
  band?: AttainmentBand | null;
  disadvantaged?: boolean;
  send?: SendStatus;
  eal?: boolean;
  gender?: string | null;
  route?: string | null;
  source?: PupilRoute['source'];
  choices?: string[];
  reserves?: string[];
}

export class CohortBuilder {
  private readonly specs: PupilSpec[] = [];
  private counter = 0;

  add(spec: PupilSpec): this {
    this.specs.push(spec);
    return this;
  }

  /** `count` pupils alike but for their UPNs, e.g. ten disadvantaged pupils on one route. */
  many(count: number, spec: Omit<PupilSpec, 'upn'>): this {
    for (let i = 0; i < count; i += 1) {
      this.counter += 1;
      this.specs.push({ ...spec, upn: `P${String(this.counter).padStart(3, '0')}` });
    }
    return this;
  }

  upns(test: (spec: PupilSpec) => boolean): string[] {
    return this.specs
      .filter(test)
      .map((spec) => spec.upn)
      .sort();
  }

  input(overrides: Partial<FairnessInput> = {}): FairnessInput {
    const pupils = this.specs.map((spec): Pupil => ({
      upn: spec.upn,
      surname: 'Pupil',
      forename: spec.upn,
      form: '9A',
      gender: spec.gender === undefined ? 'F' : spec.gender,
      disadvantaged: spec.disadvantaged ?? false,
      send: spec.send ?? 'N',
      eal: spec.eal ?? false,
      priorAttainment: { score: null, band: spec.band === undefined ? 'M' : spec.band },
      pathway: null,
    }));
    const choices = this.specs.flatMap((spec): ChoiceList[] =>
      spec.choices ? [{ upn: spec.upn, choices: spec.choices, reserves: spec.reserves ?? [] }] : [],
    );
    const routes = new Map(
      this.specs.map((spec): [string, PupilRoute] => [
        spec.upn,
        spec.route
          ? { code: spec.route, source: spec.source ?? 'agreed' }
          : { code: null, source: 'none' },
      ]),
    );
    return {
      pupils,
      choices,
      courses: COURSES,
      pathways: [OPEN, SUPPORTED],
      routes,
      placements: null,
      settings: DEFAULT_FAIRNESS_SETTINGS,
      ...overrides,
    };
  }
}

/** Placements as a scenario stores them: `Hi` is a choice given, `*Dr` a reserve given. */
export function placed(upn: string, ...courses: string[]): FairnessPlacement[] {
  return courses.map((code) =>
    code.startsWith('*')
      ? { upn, course: code.slice(1), reserve: true }
      : { upn, course: code, reserve: false },
  );
}
