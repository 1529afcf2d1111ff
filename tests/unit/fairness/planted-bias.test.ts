import { describe, expect, it } from 'vitest';
import { fairnessReport, type FairnessReport } from '../../../src/core/fairness';
import { DEFAULT_FAIRNESS_SETTINGS } from '../../../src/core/pathways';
import {
  pathwayFairnessCohort,
  type PathwayFairnessCohort,
} from '../../../src/core/synthetic/pathway-bias';

function report({ cohort, pathways, routes }: PathwayFairnessCohort): FairnessReport {
  return fairnessReport({
    pupils: cohort.pupils,
    choices: cohort.choices,
    courses: cohort.courses,
    pathways,
    routes,
    placements: null,
    settings: DEFAULT_FAIRNESS_SETTINGS,
  });
}

/** Share of the pupils passing `test` who are on the supported route. */
function supportedShare(planted: PathwayFairnessCohort, test: (upn: string) => boolean): number {
  const upns = planted.cohort.pupils.map((pupil) => pupil.upn).filter(test);
  return upns.filter((upn) => planted.routes.get(upn)?.code === 'SUPP').length / upns.length;
}

describe('the planted-bias cohort', () => {
  const fair = pathwayFairnessCohort({ pupils: 240, seed: 1, bias: 0 });
  const biased = pathwayFairnessCohort({ pupils: 240, seed: 1, bias: 0.35 });
  const disadvantaged = new Set(
    fair.cohort.pupils.filter((pupil) => pupil.disadvantaged).map((pupil) => pupil.upn),
  );

  it('is the same for the same seed and bias', () => {
    expect(pathwayFairnessCohort({ pupils: 240, seed: 1, bias: 0.35 })).toEqual(biased);
  });

  it('gives every pupil an agreed route, and supported pupils Supported Studies first', () => {
    expect(biased.routes.size).toBe(240);
    expect(biased.pathways.map((pathway) => pathway.code)).toEqual(['EBACC', 'OPEN', 'SUPP']);
    for (const list of biased.cohort.choices) {
      const route = biased.routes.get(list.upn);
      expect(route?.source).toBe('agreed');
      if (route?.code === 'SUPP') {
        expect(list.choices[0]).toBe('SUP');
        expect(list.choices.length).toBeLessThanOrEqual(3);
      } else {
        expect(list.choices).not.toContain('SUP');
      }
    }
    const pupil = biased.cohort.pupils[0];
    expect(pupil?.pathway).toBe(biased.routes.get(pupil?.upn ?? '')?.code);
  });

  it('moves only disadvantaged pupils, and only onto the supported route', () => {
    for (const pupil of fair.cohort.pupils) {
      const before = fair.routes.get(pupil.upn)?.code;
      const after = biased.routes.get(pupil.upn)?.code;
      if (before !== after) {
        expect(pupil.disadvantaged).toBe(true);
        expect(after).toBe('SUPP');
      }
    }
    // A bias of 0.35 should move about 35% of the disadvantaged pupils not already supported.
    const steered = (upn: string) => disadvantaged.has(upn);
    const before = supportedShare(fair, steered);
    expect(supportedShare(biased, steered)).toBeGreaterThan(before + (0.35 * (1 - before)) / 2);
    const others = (upn: string) => !disadvantaged.has(upn);
    expect(supportedShare(biased, others)).toBe(supportedShare(fair, others));
  });

  it('refuses a bias that is not a chance from 0 to 1', () => {
    expect(() => pathwayFairnessCohort({ pupils: 10, seed: 1, bias: 1.5 })).toThrow(RangeError);
    expect(() => pathwayFairnessCohort({ pupils: 10, seed: 1, bias: Number.NaN })).toThrow(
      RangeError,
    );
  });
});

describe('the fairness report on planted bias', () => {
  it('flags disadvantaged pupils when they are steered onto the supported route', () => {
    for (const seed of [1, 2, 3]) {
      const flags = report(pathwayFairnessCohort({ pupils: 240, seed, bias: 0.35 })).flags;
      const flag = flags.find(
        (f) => f.kind === 'differential-ambition' && f.dimension === 'disadvantaged',
      );
      expect(flag, `seed ${seed}`).toMatchObject({ severity: 'concern', band: null });
      expect(flag?.message).toMatch(/^Disadvantaged pupils are more often on a lower route/);
    }
  });

  it('raises no differential-ambition or gender flag when routes follow prior attainment only', () => {
    for (let seed = 1; seed <= 10; seed += 1) {
      const flags = report(pathwayFairnessCohort({ pupils: 240, seed, bias: 0 })).flags;
      expect(
        flags.filter((f) => f.kind !== 'progression').map((f) => f.message),
        `seed ${seed}`,
      ).toEqual([]);
    }
  });
});
