import { describe, expect, it } from 'vitest';
import { applyWhatIfs, compareScenarios } from '../../../src/core/scenarios';
import { computeMetrics } from '../../../src/core/solver';
import { group, layout, smallCohort } from './cohort-fixture';

/**
 * The baseline: Ada, Cara and Dev have all their choices; Ben's Geography is in block B with
 * his French, so he has Latin and French only.
 */
function baseline() {
  const cohort = smallCohort();
  const groups = [
    group('LAT1', 'LAT', ['A'], 'SMI'),
    group('FRE1', 'FRE', ['B'], 'SMI'),
    group('HIS1', 'HIS', ['B'], 'JON'),
    group('ART1', 'ART', ['C'], 'JON'),
    group('GEO1', 'GEO', ['B'], null),
    group('HIS2', 'HIS', ['A'], 'JON'),
  ];
  const solution = layout(cohort, groups, {
    P1: ['LAT1', 'HIS1', 'ART1'],
    P2: ['LAT1', 'FRE1'],
    P3: ['FRE1', 'HIS2', 'ART1'],
    P4: ['HIS2', 'GEO1', 'ART1'],
  });
  return { name: 'Current', cohort, solution };
}

describe('compareScenarios', () => {
  it('"What if we drop Latin?": who loses Latin, who gains a full timetable, who loses one', () => {
    const { cohort } = applyWhatIfs(smallCohort(), [{ kind: 'drop-course', course: 'LAT' }]);
    // Without Latin, Geography can move to block A for Ben; Art moves to block B, where Cara
    // already has French.
    const groups = [
      group('FRE1', 'FRE', ['B'], 'SMI'),
      group('HIS1', 'HIS', ['C'], 'JON'),
      group('ART1', 'ART', ['B'], 'JON'),
      group('GEO1', 'GEO', ['A'], 'JON'),
      group('HIS2', 'HIS', ['A'], null),
    ];
    const solution = layout(cohort, groups, {
      P1: ['HIS1', 'ART1'],
      P2: ['FRE1', 'GEO1'],
      P3: ['FRE1', 'HIS1'],
      P4: ['HIS1', 'GEO1', 'ART1'],
    });

    const comparison = compareScenarios([baseline(), { name: 'No Latin', cohort, solution }]);

    expect(comparison.pupils.map((pupil) => [pupil.name, pupil.changes])).toEqual([
      ['Cara Dunn', [{ scenario: 'No Latin', gained: [], lost: ['Art'], outcome: 'loses' }]],
      ['Ada Byron', [{ scenario: 'No Latin', gained: [], lost: ['Latin'], outcome: 'changes' }]],
      [
        'Ben Carter',
        [{ scenario: 'No Latin', gained: ['Geography'], lost: ['Latin'], outcome: 'gains' }],
      ],
    ]);
    expect(comparison.pupils[0]?.flags).toEqual({
      disadvantaged: false,
      send: false,
      eal: true,
      gender: 'F',
      priorAttainment: 'M',
    });
    expect(comparison.summary).toEqual([
      {
        scenario: 'No Latin',
        gains: 1,
        losses: 1,
        lossesBy: [
          { group: 'Not disadvantaged', pupils: 1 },
          { group: 'No SEND', pupils: 1 },
          { group: 'EAL', pupils: 1 },
          { group: 'Middle prior attainment', pupils: 1 },
          { group: 'Girls', pupils: 1 },
        ],
        choicesDropped: 2,
      },
    ]);

    const [current, noLatin] = comparison.scenarios;
    expect(current).toMatchObject({
      name: 'Current',
      pupils: 4,
      fullySatisfied: 3,
      unresolved: 1,
      choicesRequested: 12,
      choicesMet: 11,
      groups: 6,
      teachersNeeded: 2,
      unstaffedGroups: 1,
      smallestGroup: 1,
      largestGroup: 3,
    });
    // Judged against each pupil's own choices: Ada and Ben now choose two courses each.
    expect(noLatin).toMatchObject({
      name: 'No Latin',
      fullySatisfied: 3,
      unresolved: 1,
      choicesRequested: 10,
      choicesMet: 9,
      groups: 5,
      smallestGroup: 0,
      largestGroup: 3,
    });
    expect(noLatin?.fullySatisfiedBy).toEqual([
      { group: 'Disadvantaged', pupils: 1, share: 1 },
      { group: 'Not disadvantaged', pupils: 3, share: 2 / 3 },
      { group: 'SEND', pupils: 1, share: 1 },
      { group: 'No SEND', pupils: 3, share: 2 / 3 },
      { group: 'EAL', pupils: 1, share: 0 },
      { group: 'Not EAL', pupils: 3, share: 1 },
      { group: 'Middle prior attainment', pupils: 4, share: 0.75 },
      { group: 'Boys', pupils: 2, share: 1 },
      { group: 'Girls', pupils: 2, share: 0.5 },
    ]);
    expect(noLatin?.fullySatisfied).toBe(computeMetrics(cohort, solution).fullySatisfied);
  });

  it('judged against the choices pupils made, dropping Latin costs Ada her full timetable', () => {
    const { cohort } = applyWhatIfs(smallCohort(), [{ kind: 'drop-course', course: 'LAT' }]);
    const groups = [
      group('FRE1', 'FRE', ['B'], 'SMI'),
      group('HIS1', 'HIS', ['C'], 'JON'),
      group('ART1', 'ART', ['B'], 'JON'),
      group('GEO1', 'GEO', ['A'], 'JON'),
    ];
    const solution = layout(cohort, groups, {
      P1: ['HIS1', 'ART1'],
      P2: ['FRE1', 'GEO1'],
      P3: ['FRE1', 'HIS1'],
      P4: ['HIS1', 'GEO1', 'ART1'],
    });
    const asked = smallCohort().choices;
    const comparison = compareScenarios([
      { ...baseline(), choicesAsked: asked },
      { name: 'No Latin', cohort, solution, choicesAsked: asked },
    ]);

    expect(comparison.pupils.map((pupil) => [pupil.name, pupil.changes])).toEqual([
      ['Ada Byron', [{ scenario: 'No Latin', gained: [], lost: ['Latin'], outcome: 'loses' }]],
      ['Cara Dunn', [{ scenario: 'No Latin', gained: [], lost: ['Art'], outcome: 'loses' }]],
      [
        'Ben Carter',
        [{ scenario: 'No Latin', gained: ['Geography'], lost: ['Latin'], outcome: 'changes' }],
      ],
    ]);
    expect(comparison.summary[0]).toMatchObject({ gains: 0, losses: 2, choicesDropped: 2 });
    // Only Dev still has every course he chose; Latin still counts among the choices asked.
    expect(comparison.scenarios[1]).toMatchObject({
      fullySatisfied: 1,
      unresolved: 3,
      choicesRequested: 12,
      choicesMet: 9,
    });
  });

  it('a second Geography group gives Ben his full timetable and changes no one else', () => {
    const base = baseline();
    const { cohort } = applyWhatIfs(smallCohort(), [
      { kind: 'set-groups', course: 'GEO', groups: 2 },
    ]);
    const groups = [...base.solution.groups, group('GEO2', 'GEO', ['C'], 'JON')];
    const solution = layout(cohort, groups, {
      P1: ['LAT1', 'HIS1', 'ART1'],
      P2: ['LAT1', 'FRE1', 'GEO2'],
      P3: ['FRE1', 'HIS2', 'ART1'],
      P4: ['HIS2', 'GEO1', 'ART1'],
    });
    const comparison = compareScenarios([base, { name: 'Two Geography', cohort, solution }]);
    expect(comparison.pupils).toEqual([
      {
        upn: 'P2',
        name: 'Ben Carter',
        form: '9A',
        flags: { disadvantaged: false, send: true, eal: false, gender: 'M', priorAttainment: 'M' },
        changes: [{ scenario: 'Two Geography', gained: ['Geography'], lost: [], outcome: 'gains' }],
      },
    ]);
    expect(comparison.summary[0]).toMatchObject({ gains: 1, losses: 0, choicesDropped: 0 });
    expect(comparison.scenarios[1]).toMatchObject({ fullySatisfied: 4, groups: 7 });
  });

  it('gives every compared scenario an entry for each pupil who differs in any of them', () => {
    const base = baseline();
    const same = { ...base, name: 'Copy' };
    const { cohort } = applyWhatIfs(smallCohort(), [{ kind: 'drop-course', course: 'LAT' }]);
    const dropped = { name: 'No Latin', cohort, solution: base.solution };
    const comparison = compareScenarios([base, same, dropped]);
    expect(comparison.pupils.map((pupil) => pupil.upn)).toEqual(['P1', 'P2']);
    expect(comparison.pupils[0]?.changes.map((change) => [change.scenario, change.lost])).toEqual([
      ['Copy', []],
      ['No Latin', ['Latin']],
    ]);
    expect(comparison.summary.map((entry) => entry.choicesDropped)).toEqual([0, 2]);
  });

  it('needs at least two scenarios', () => {
    expect(() => compareScenarios([baseline()])).toThrow('at least one other scenario');
  });
});
