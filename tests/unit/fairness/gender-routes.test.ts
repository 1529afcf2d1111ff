import { describe, expect, it } from 'vitest';
import {
  fairnessReport,
  type FairnessInput,
  type GenderStereotypedRouteFlag,
} from '../../../src/core/fairness';
import { DEFAULT_FAIRNESS_SETTINGS } from '../../../src/core/pathways';
import { CohortBuilder, OPEN, pathway } from './cohort';

/** A route as wide as the open one, so it is not a lower route: only its make-up is at issue. */
const ENGINEERING = pathway('ENG', 'Engineering route', 4, [
  { kind: 'must-include', course: 'Eng' },
]);

function genderFlags(input: FairnessInput): GenderStereotypedRouteFlag[] {
  return fairnessReport({ ...input, pathways: [OPEN, ENGINEERING] }).flags.filter(
    (flag): flag is GenderStereotypedRouteFlag => flag.kind === 'gender-stereotyped-route',
  );
}

describe('gender-stereotyped routes', () => {
  it('flags a route that is mostly boys, once, against the cohort share', () => {
    const cohort = new CohortBuilder()
      .many(11, { gender: 'M', route: 'ENG' })
      .many(1, { gender: 'F', route: 'ENG' })
      .many(9, { gender: 'M', route: 'OPEN' })
      .many(19, { gender: 'F', route: 'OPEN' });
    const flags = genderFlags(cohort.input());
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      route: 'ENG',
      gender: 'M',
      routePupils: 12,
      genderOnRoute: 11,
      cohortPupils: 40,
      genderInCohort: 20,
      cohortShare: 0.5,
    });
    expect(flags[0]?.gapPoints).toBeCloseTo((11 / 12 - 0.5) * 100, 9);
    // Fisher's exact test: on the route or not, by gender (11/1 against 9/19).
    expect(flags[0]?.pValue).toBeCloseTo(0.0012476, 7);
    expect(flags[0]?.upns).toEqual(cohort.upns((p) => p.gender === 'M' && p.route === 'ENG'));
    expect(flags[0]?.message).toBe(
      'The Engineering route is mostly boys: 11 of 12 (92%) of its pupils, against 50% of the cohort, a gap of 42 percentage points (p = 0.001: chance alone would rarely give a difference this large).',
    );
  });

  it('does not flag a route whose mix is close to the cohort', () => {
    const cohort = new CohortBuilder()
      .many(7, { gender: 'M', route: 'ENG' })
      .many(5, { gender: 'F', route: 'ENG' })
      .many(13, { gender: 'M', route: 'OPEN' })
      .many(15, { gender: 'F', route: 'OPEN' });
    expect(genderFlags(cohort.input())).toEqual([]);
  });

  it('never flags a route with fewer pupils than the minimum, however one-sided', () => {
    const cohort = new CohortBuilder()
      .many(4, { gender: 'M', route: 'ENG' })
      .many(1, { gender: 'M', route: 'OPEN' })
      .many(35, { gender: 'F', route: 'OPEN' });
    expect(genderFlags(cohort.input())).toEqual([]);
    const settings = { ...DEFAULT_FAIRNESS_SETTINGS, minimumGroupSize: 4 };
    expect(genderFlags(cohort.input({ settings })).map((flag) => flag.route)).toEqual(['ENG']);
  });

  it('never flags a gender with fewer pupils in the cohort than the minimum', () => {
    const cohort = new CohortBuilder()
      .many(4, { gender: 'X', route: 'ENG' })
      .many(4, { gender: 'F', route: 'ENG' })
      .many(30, { gender: 'F', route: 'OPEN' });
    expect(genderFlags(cohort.input())).toEqual([]);
  });
});
