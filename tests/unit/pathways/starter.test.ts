import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  checkPathways,
  DEFAULT_FAIRNESS_SETTINGS,
  describePathway,
  lowerRoutes,
  recommendPathways,
  STARTER_PATHWAYS,
  type Pathway,
} from '../../../src/core/pathways';
import { generateSyntheticCohort } from '../../../src/core/synthetic';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

function starter(code: string): Pathway {
  const pathway = STARTER_PATHWAYS.find((p) => p.code === code);
  if (!pathway) throw new Error(`No starter route ${code}`);
  return pathway;
}

const courses = CATALOGUE;

describe('the starter pathways', () => {
  it('have no problems against the demo catalogue', () => {
    expect(checkPathways(STARTER_PATHWAYS, courses)).toEqual([]);
  });

  it('are open to every band except the supported route, which is an agreed decision', () => {
    expect(STARTER_PATHWAYS.map((p) => [p.code, p.eligibility.bands])).toEqual([
      ['EBACC', []],
      ['OPEN', []],
      ['SUPPORTED', ['L']],
    ]);
    expect(STARTER_PATHWAYS[2]?.eligibility.note).toMatch(/parents and the SENCo/);
  });

  it('read as a parent would expect', () => {
    expect(describePathway(starter('SUPPORTED'), courses)).toEqual([
      'fills 3 option slots, including Supported Studies (literacy & numeracy); Triple Science counts as two',
      'must include Supported Studies (literacy & numeracy)',
    ]);
  });

  it('mark only the supported route as lower', () => {
    expect([...lowerRoutes(STARTER_PATHWAYS, courses, DEFAULT_FAIRNESS_SETTINGS).keys()]).toEqual([
      'SUPPORTED',
    ]);
  });
});

describe('the starter pathways on the demo cohort', () => {
  const { cohort } = generateSyntheticCohort({ pupils: 240, seed: 1 });
  const recommendations = recommendPathways({
    ...cohort,
    pathways: STARTER_PATHWAYS,
    settings: DEFAULT_FAIRNESS_SETTINGS,
  });

  it('fit most pupils to the open or the EBacc route', () => {
    const fitting = recommendations.filter(
      (r) => r.violations.length === 0 && (r.recommended === 'OPEN' || r.recommended === 'EBACC'),
    );
    expect(fitting.length / recommendations.length).toBeGreaterThan(0.7);
    expect(recommendations.filter((r) => r.recommended === 'EBACC').length).toBeGreaterThan(40);
  });

  it('never put a demo pupil on the supported route by default', () => {
    expect(recommendations.filter((r) => r.recommended === 'SUPPORTED')).toEqual([]);
  });

  it('show that Triple Science and three more choices overflow four slots', () => {
    // The demo choices give every pupil up to four courses, so Triple Science (a double course)
    // with three more fills five slots: these pupils fit no route until a choice is dropped.
    const withTriple = cohort.choices.filter(
      (list) => list.choices.includes('TSc') && list.choices.length === 4,
    );
    expect(withTriple.length).toBeGreaterThan(0);
    for (const list of withTriple) {
      const [violation] = checkChoices(starter('OPEN'), list.choices, courses);
      expect(violation?.problem).toMatch(
        /^their choices fill 5 slots \(Triple Science counts as two\)/,
      );
    }
  });
});
