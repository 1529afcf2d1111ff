import { describe, expect, it } from 'vitest';
import {
  fairnessReport,
  type DifferentialAmbitionFlag,
  type FairnessInput,
} from '../../../src/core/fairness';
import { DEFAULT_FAIRNESS_SETTINGS } from '../../../src/core/pathways';
import { CohortBuilder } from './cohort';

function ambitionFlags(input: FairnessInput): DifferentialAmbitionFlag[] {
  return fairnessReport(input).flags.filter(
    (flag): flag is DifferentialAmbitionFlag => flag.kind === 'differential-ambition',
  );
}

describe('differential ambition', () => {
  it('flags disadvantaged pupils steered onto the supported route at the same prior attainment', () => {
    const cohort = new CohortBuilder()
      .many(10, { band: 'M', disadvantaged: true, route: 'SUPP' })
      .many(2, { band: 'M', disadvantaged: true, route: 'OPEN' })
      .many(1, { band: 'M', route: 'SUPP' })
      .many(11, { band: 'M', route: 'OPEN' });
    const flags = ambitionFlags(cohort.input());
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag).toMatchObject({
      severity: 'concern',
      dimension: 'disadvantaged',
      group: 'Disadvantaged',
      groupFigures: { pupils: 12, onLowerRoute: 10 },
      restFigures: { pupils: 12, onLowerRoute: 1 },
    });
    expect(flag?.gapPoints).toBeCloseTo(75, 9);
    // Fisher's exact test on 10/2 against 1/11.
    expect(flag?.pValue).toBeCloseTo(0.00064419, 8);
    expect(flag?.upns).toEqual(cohort.upns((p) => p.disadvantaged === true && p.route === 'SUPP'));
    expect(flag?.message).toContain('Disadvantaged pupils are more often on a lower route');
    expect(flag?.message).toContain('Supported route');
    expect(flag?.message).toContain('10 of 12 (83%) against 1 of 12 (8%)');
    expect(flag?.message).toContain('75 percentage points');
    expect(flag?.message).toContain('p < 0.001');
  });

  it('does not flag a gap that prior attainment explains', () => {
    // Disadvantaged pupils are more often in the low band, where everyone is as likely to be
    // on the supported route: 48% against 17% overall, but no gap within either band.
    const cohort = new CohortBuilder()
      .many(12, { band: 'L', disadvantaged: true, route: 'SUPP' })
      .many(8, { band: 'L', disadvantaged: true, route: 'OPEN' })
      .many(6, { band: 'L', route: 'SUPP' })
      .many(4, { band: 'L', route: 'OPEN' })
      .many(5, { band: 'H', disadvantaged: true, route: 'OPEN' })
      .many(25, { band: 'H', route: 'OPEN' });
    const report = fairnessReport(cohort.input());
    const disadvantaged = report.breakdowns[0]?.groups;
    expect(disadvantaged?.map((g) => g.lowerRoute.count / g.pupils)).toEqual([12 / 25, 6 / 35]);
    expect(report.flags.filter((flag) => flag.kind === 'differential-ambition')).toEqual([]);
  });

  it('catches a gap spread thinly over every band, reported once for all bands', () => {
    const cohort = new CohortBuilder();
    for (const band of ['L', 'M', 'H'] as const) {
      cohort
        .many(4, { band, disadvantaged: true, route: 'SUPP' })
        .many(6, { band, disadvantaged: true, route: 'OPEN' })
        .many(1, { band, route: 'SUPP' })
        .many(9, { band, route: 'OPEN' });
    }
    const flags = ambitionFlags(cohort.input());
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    // Each band alone: 4 of 10 against 1 of 10, p = 0.30; together, p = 0.017.
    expect(flag?.band).toBeNull();
    expect(flag?.gapPoints).toBeCloseTo(30, 9);
    expect(flag?.pValue).toBeCloseTo(0.017288, 6);
    expect(flag?.bands.map((b) => [b.band, b.group.onLowerRoute, b.rest.onLowerRoute])).toEqual([
      ['L', 4, 1],
      ['M', 4, 1],
      ['H', 4, 1],
    ]);
    expect(flag?.bands.every((b) => (b.pValue ?? 0) > 0.3)).toBe(true);
    expect(flag?.upns).toHaveLength(12);
    expect(flag?.message).toContain('12 of 30 (40%) against 3 of 30 (10%)');
    expect(flag?.message).toContain('Low prior attainment: 4 of 10 (40%) against 1 of 10 (10%)');
  });

  it('flags a gap confined to one band when the bands together hide it', () => {
    // Middle band: 9 of 10 disadvantaged pupils on the supported route, none of the others;
    // low band: the other way round, so over both bands there is no gap.
    const cohort = new CohortBuilder()
      .many(9, { band: 'M', disadvantaged: true, route: 'SUPP' })
      .many(1, { band: 'M', disadvantaged: true, route: 'OPEN' })
      .many(10, { band: 'M', route: 'OPEN' })
      .many(10, { band: 'L', disadvantaged: true, route: 'OPEN' })
      .many(9, { band: 'L', route: 'SUPP' })
      .many(1, { band: 'L', route: 'OPEN' });
    const flags = ambitionFlags(cohort.input());
    expect(flags.map((flag) => [flag.group, flag.band])).toEqual([['Disadvantaged', 'M']]);
    expect(flags[0]?.pValue).toBeCloseTo(0.00011908, 8);
    expect(flags[0]?.message).toMatch(
      /^Among pupils with middle prior attainment, disadvantaged pupils are more often on a lower route \(Supported route\): 9 of 10 \(90%\) against 0 of 10 \(0%\) of other pupils/,
    );
  });

  it('never flags a group smaller than the minimum size, however uneven', () => {
    const cohort = new CohortBuilder()
      .many(4, { band: 'M', disadvantaged: true, route: 'SUPP' })
      .many(30, { band: 'M', route: 'OPEN' });
    expect(ambitionFlags(cohort.input())).toEqual([]);
    // The same four pupils are flagged once the school lowers the minimum to four.
    const settings = { ...DEFAULT_FAIRNESS_SETTINGS, minimumGroupSize: 4 };
    expect(ambitionFlags(cohort.input({ settings })).map((flag) => flag.group)).toEqual([
      'Disadvantaged',
    ]);
  });

  it('needs both the gap and the significance: a large gap in small groups is not enough', () => {
    // 3 of 6 against 0 of 6: a 50-point gap, but p = 0.18.
    const cohort = new CohortBuilder()
      .many(3, { band: 'M', disadvantaged: true, route: 'SUPP' })
      .many(3, { band: 'M', disadvantaged: true, route: 'OPEN' })
      .many(6, { band: 'M', route: 'OPEN' });
    expect(ambitionFlags(cohort.input())).toEqual([]);
    // And a significant gap below the school's threshold is not flagged either.
    const wide = { ...DEFAULT_FAIRNESS_SETTINGS, ambitionGapPoints: 80 };
    const steered = new CohortBuilder()
      .many(10, { band: 'M', disadvantaged: true, route: 'SUPP' })
      .many(2, { band: 'M', disadvantaged: true, route: 'OPEN' })
      .many(1, { band: 'M', route: 'SUPP' })
      .many(11, { band: 'M', route: 'OPEN' });
    expect(ambitionFlags(steered.input({ settings: wide }))).toEqual([]);
  });

  it('compares pupils with SEND, EAL and each gender with the rest as well', () => {
    const cohort = new CohortBuilder()
      .many(10, { band: 'M', send: 'K', eal: true, gender: 'M', route: 'SUPP' })
      .many(12, { band: 'M', gender: 'F', route: 'OPEN' });
    const flags = ambitionFlags(cohort.input());
    expect(flags.map((flag) => flag.group)).toEqual(['Any SEND', 'EAL', 'Boys']);
    expect(flags[0]?.message).toContain('than pupils without SEND');
  });

  it('leaves pupils whose prior attainment is not known out of the comparison', () => {
    const cohort = new CohortBuilder()
      .many(10, { band: null, disadvantaged: true, route: 'SUPP' })
      .many(10, { band: null, route: 'OPEN' });
    expect(ambitionFlags(cohort.input())).toEqual([]);
  });
});
