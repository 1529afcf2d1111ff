import { describe, expect, it } from 'vitest';
import { fairnessReport, type Breakdown, type FairnessReport } from '../../../src/core/fairness';
import { CohortBuilder, placed } from './cohort';

/** Six pupils, every figure below counted by hand. */
const cohort = new CohortBuilder()
  .add({
    upn: 'P1',
    disadvantaged: true,
    send: 'K',
    gender: 'F',
    band: 'M',
    route: 'SUPP',
    choices: ['SUP', 'Ar', 'Hi'],
    reserves: ['Dr'],
  })
  .add({
    upn: 'P2',
    disadvantaged: true,
    gender: 'M',
    band: 'M',
    route: 'OPEN',
    choices: ['Fr', 'Hi', 'Ar', 'Gg'],
    reserves: ['Dr'],
  })
  .add({
    upn: 'P3',
    eal: true,
    gender: 'F',
    band: 'H',
    route: 'OPEN',
    choices: ['Hi', 'Ar', 'Dr', 'Gg'],
    reserves: ['Sp'],
  })
  .add({
    upn: 'P4',
    send: 'E',
    gender: 'M',
    band: 'L',
    route: 'SUPP',
    source: 'recommended',
    choices: ['SUP', 'Dr', 'Ar'],
  })
  .add({ upn: 'P5', gender: null, band: null, route: null })
  .add({
    upn: 'P6',
    gender: 'F',
    band: 'M',
    route: 'OPEN',
    choices: ['Fr', 'Hi', 'Ar', 'Dr'],
    reserves: ['Gg'],
  });

const placements = [
  ...placed('P1', 'SUP', 'Ar', '*Dr'),
  ...placed('P2', 'Fr', 'Hi', 'Ar', 'Gg'),
  ...placed('P3', 'Hi', 'Ar', 'Dr', '*Sp'),
  ...placed('P4', 'Dr', 'Ar', 'SUP'),
  ...placed('P6', 'Hi', 'Ar', 'Dr', '*Gg'),
];

function table(report: FairnessReport, dimension: Breakdown['dimension']): Breakdown {
  const found = report.breakdowns.find((breakdown) => breakdown.dimension === dimension);
  if (!found) throw new Error(`No ${dimension} table`);
  return found;
}

describe('the fairness breakdowns', () => {
  const report = fairnessReport(cohort.input({ placements }));

  it('names the lower route and why', () => {
    expect(report.pupils).toBe(6);
    expect(report.lowerRoutes.map((route) => route.code)).toEqual(['SUPP']);
    expect(report.lowerRoutes[0]?.reasons.join(' ')).toMatch(/3 options instead of 4/);
  });

  it('counts routes, pupils on no route and lower routes per disadvantaged group', () => {
    const [disadvantaged, others] = table(report, 'disadvantaged').groups;
    expect(disadvantaged).toMatchObject({
      label: 'Disadvantaged',
      pupils: 2,
      routes: [
        { code: 'OPEN', name: 'Open route', count: 1, share: 0.5 },
        { code: 'SUPP', name: 'Supported route', count: 1, share: 0.5 },
      ],
      noRoute: { count: 0, share: 0 },
      lowerRoute: { count: 1, share: 0.5 },
    });
    expect(others).toMatchObject({
      label: 'Not disadvantaged',
      pupils: 4,
      routes: [
        { code: 'OPEN', count: 2, share: 0.5 },
        { code: 'SUPP', count: 1, share: 0.25 },
      ],
      noRoute: { count: 1, share: 0.25 },
      lowerRoute: { count: 1, share: 0.25 },
    });
  });

  it('gives first-choice, full satisfaction and reserves per group once blocks are built', () => {
    const [disadvantaged, others] = table(report, 'disadvantaged').groups;
    // P1 got SUP (first) but not History and used a reserve; P2 got everything.
    expect(disadvantaged?.satisfaction).toEqual({
      pupilsWithChoices: 2,
      firstChoiceMet: { count: 2, share: 1 },
      fullySatisfied: { count: 1, share: 0.5 },
      reservesUsed: { count: 1, share: 0.5 },
    });
    // P3 first met, reserve; P4 everything; P6 missed French, reserve; P5 made no choices.
    expect(others?.satisfaction).toEqual({
      pupilsWithChoices: 3,
      firstChoiceMet: { count: 2, share: 2 / 3 },
      fullySatisfied: { count: 1, share: 1 / 3 },
      reservesUsed: { count: 2, share: 2 / 3 },
    });
  });

  it('has no satisfaction figures before any blocks are built', () => {
    const before = fairnessReport(cohort.input({ placements: null }));
    for (const breakdown of before.breakdowns) {
      for (const group of breakdown.groups) expect(group.satisfaction).toBeNull();
    }
  });

  it('shows SEND as EHC plan, SEN support, any SEND (a total) and no SEND', () => {
    const groups = table(report, 'send').groups;
    expect(groups.map((g) => [g.label, g.pupils, g.combined, g.lowerRoute.count])).toEqual([
      ['EHC plan', 1, false, 1],
      ['SEN support', 1, false, 1],
      ['Any SEND', 2, true, 2],
      ['No SEND', 4, false, 0],
    ]);
  });

  it('shows EAL, every recorded gender with blanks as "Not recorded", and the four bands', () => {
    expect(table(report, 'eal').groups.map((g) => [g.label, g.pupils])).toEqual([
      ['EAL', 1],
      ['Not EAL', 5],
    ]);
    expect(table(report, 'gender').groups.map((g) => [g.label, g.pupils])).toEqual([
      ['F', 3],
      ['M', 2],
      ['Not recorded', 1],
    ]);
    expect(
      table(report, 'band').groups.map((g) => [g.label, g.pupils, g.lowerRoute.count]),
    ).toEqual([
      ['Low', 1, 1],
      ['Middle', 3, 1],
      ['High', 1, 0],
      ['Not known', 1, 0],
    ]);
  });

  it('gives an empty group shares of 0 rather than dividing by nothing', () => {
    const small = fairnessReport(new CohortBuilder().add({ upn: 'P1', route: 'OPEN' }).input());
    const ehc = table(small, 'send').groups.find((g) => g.key === 'send:E');
    expect(ehc).toMatchObject({ pupils: 0, lowerRoute: { count: 0, share: 0 } });
  });
});
