import { describe, expect, it } from 'vitest';
import {
  applyWhatIfs,
  checkWhatIfs,
  describeWhatIf,
  fitLayoutToCohort,
  type WhatIfEdit,
} from '../../../src/core/scenarios';
import { group, layout, smallCohort } from './cohort-fixture';

describe('applyWhatIfs', () => {
  it('drops a course with every choice, reserve and qualification for it, leaving the plan alone', () => {
    const base = smallCohort();
    const { cohort, problems } = applyWhatIfs(base, [{ kind: 'drop-course', course: 'lat' }]);

    expect(problems).toEqual([]);
    expect(cohort.courses.map((course) => course.code)).toEqual(['FRE', 'HIS', 'ART', 'GEO']);
    expect(cohort.choices).toEqual([
      { upn: 'P1', choices: ['HIS', 'ART'], reserves: ['GEO'] },
      { upn: 'P2', choices: ['FRE', 'GEO'], reserves: ['HIS'] },
      { upn: 'P3', choices: ['FRE', 'HIS', 'ART'], reserves: [] },
      { upn: 'P4', choices: ['HIS', 'GEO', 'ART'], reserves: [] },
    ]);
    expect(cohort.staff.find((member) => member.code === 'SMI')?.courses).toEqual(['FRE']);
    expect(base).toEqual(smallCohort());
  });

  it('sets group counts and size limits, keeping a smallest group within the new limit', () => {
    const { cohort, problems } = applyWhatIfs(smallCohort(), [
      { kind: 'set-groups', course: 'FRE', groups: 2 },
      { kind: 'set-size-limit', course: 'ART', maxGroupSize: 6 },
    ]);
    expect(problems).toEqual([]);
    const french = cohort.courses.find((course) => course.code === 'FRE');
    const art = cohort.courses.find((course) => course.code === 'ART');
    expect(french?.groups).toBe(2);
    expect(art).toMatchObject({ maxGroupSize: 6, minGroupSize: 6 });
  });

  it('removes and adds teachers', () => {
    const { cohort, problems } = applyWhatIfs(smallCohort(), [
      { kind: 'remove-teacher', staff: 'SMI' },
      { kind: 'add-teacher', staff: 'NEW', name: 'Mrs New', courses: ['lat'], maxGroups: 3 },
    ]);
    expect(problems).toEqual([]);
    expect(cohort.staff).toEqual([
      expect.objectContaining({ code: 'JON' }),
      { code: 'NEW', name: 'Mrs New', courses: ['LAT'], maxGroups: 3, unavailableBlocks: [] },
    ]);
  });

  it('changes the blocks, dropping constraints on blocks that no longer exist', () => {
    const fewer = applyWhatIfs(smallCohort(), [{ kind: 'set-blocks', blocks: ['A', 'B'] }]);
    expect(fewer.problems).toEqual([]);
    expect(fewer.cohort.blocks).toEqual(['A', 'B']);
    expect(fewer.cohort.courses.find((c) => c.code === 'FRE')?.allowedBlocks).toEqual(['B']);
    expect(fewer.cohort.staff.find((s) => s.code === 'SMI')?.unavailableBlocks).toEqual([]);

    const more = applyWhatIfs(smallCohort(), [
      { kind: 'set-blocks', blocks: ['A', 'B', 'C', 'D'] },
    ]);
    expect(more.cohort.blocks).toEqual(['A', 'B', 'C', 'D']);
    expect(more.cohort.courses.find((c) => c.code === 'FRE')?.allowedBlocks).toEqual(['B', 'C']);
  });

  it("replaces one pupil's choices and reserves", () => {
    const { cohort, problems } = applyWhatIfs(smallCohort(), [
      { kind: 'change-choices', upn: 'p4', choices: ['GEO', 'LAT'], reserves: ['ART'] },
    ]);
    expect(problems).toEqual([]);
    expect(cohort.choices[3]).toEqual({ upn: 'P4', choices: ['GEO', 'LAT'], reserves: ['ART'] });
  });

  it('names each what-if that cannot be applied, and what is wrong with it', () => {
    const edits: WhatIfEdit[] = [
      { kind: 'drop-course', course: 'LATN' },
      { kind: 'drop-course', course: 'LAT' },
      { kind: 'drop-course', course: 'LAT' },
      { kind: 'change-choices', upn: 'P1', choices: ['LAT', 'HIS'], reserves: [] },
      { kind: 'change-choices', upn: 'P9', choices: ['HIS'], reserves: [] },
      { kind: 'change-choices', upn: 'P2', choices: ['HIS'], reserves: ['HIS'] },
      { kind: 'add-teacher', staff: 'jon', name: 'Jo Nash', courses: ['HIS'], maxGroups: null },
      { kind: 'remove-teacher', staff: 'XYZ' },
      { kind: 'set-blocks', blocks: ['A', 'a'] },
      { kind: 'set-groups', course: 'LATT', groups: 1 },
    ];
    const { cohort, problems } = applyWhatIfs(smallCohort(), edits);
    expect(problems).toEqual([
      'What-if 1 ("LATN is not offered"): the plan has no course with the code LATN. Did you mean LAT (Latin)?',
      'What-if 3 ("Latin is not offered"): Latin (LAT) is dropped by an earlier what-if.',
      'What-if 4 ("Ada Byron (P1) chooses Latin and History"): Latin (LAT) is dropped by an earlier what-if.',
      'What-if 5 ("P9 chooses History"): the plan has no pupil with the UPN P9.',
      'What-if 6 ("Ben Carter (P2) chooses History; reserves History"): History is listed twice for Ben Carter.',
      'What-if 7 ("A new teacher, Jo Nash (jon), teaches History"): the plan already has a teacher with the code jon (Ms Jones); choose a new code.',
      'What-if 8 ("XYZ is not available"): the plan has no teacher with the code XYZ.',
      'What-if 9 ("2 blocks: A, a"): block a is listed twice.',
      'What-if 10 ("LATT runs 1 group"): the plan has no course with the code LATT. ' +
        'Did you mean LAT (Latin)? An earlier what-if drops it.',
    ]);
    // The one good edit still applies; the refused ones change nothing.
    expect(cohort.courses.map((course) => course.code)).not.toContain('LAT');
    expect(cohort.blocks).toEqual(['A', 'B', 'C']);
    expect(cohort.choices[0]?.choices).toEqual(['HIS', 'ART']);
  });
});

describe('checkWhatIfs', () => {
  it('also names what the blocking engine could not work with because of the what-ifs', () => {
    expect(checkWhatIfs(smallCohort(), []).problems).toEqual([]);
    const harmless = checkWhatIfs(smallCohort(), [
      { kind: 'set-size-limit', course: 'HIS', maxGroupSize: 25 },
    ]);
    expect(harmless.problems).toEqual([]);
    // Mr Smith is the only French teacher and French may only run in B and C; he is away in C.
    const french = checkWhatIfs(smallCohort(), [{ kind: 'set-groups', course: 'FRE', groups: 2 }]);
    expect(french.problems).toHaveLength(1);
    expect(french.problems[0]).toMatch(/^With these what-ifs, the blocks cannot be built: French/);

    const { problems } = checkWhatIfs(smallCohort(), [{ kind: 'remove-teacher', staff: 'SMI' }]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^With these what-ifs, the blocks cannot be built: .*Latin/);
    expect(problems[1]).toMatch(/^With these what-ifs, the blocks cannot be built: .*French/);
  });
});

describe('describeWhatIf', () => {
  it('puts each what-if in words, naming courses and staff', () => {
    const cohort = smallCohort();
    const words = (
      [
        { kind: 'drop-course', course: 'LAT' },
        { kind: 'set-groups', course: 'FRE', groups: 3 },
        { kind: 'set-groups', course: 'GEO', groups: 1 },
        { kind: 'set-size-limit', course: 'ART', maxGroupSize: 18 },
        { kind: 'remove-teacher', staff: 'SMI' },
        {
          kind: 'add-teacher',
          staff: 'NEW',
          name: 'Mrs New',
          courses: ['FRE', 'LAT'],
          maxGroups: 2,
        },
        { kind: 'set-blocks', blocks: ['A', 'B', 'C', 'D', 'E'] },
        { kind: 'change-choices', upn: 'P3', choices: ['FRE', 'GEO'], reserves: [] },
      ] satisfies WhatIfEdit[]
    ).map((edit) => describeWhatIf(cohort, edit));
    expect(words).toEqual([
      'Latin is not offered',
      'French runs 3 groups',
      'Geography runs 1 group',
      'Art groups hold at most 18 pupils',
      'Mr Smith (SMI) is not available',
      'A new teacher, Mrs New (NEW), teaches French and Latin (at most 2 groups)',
      '5 blocks: A, B, C, D, E',
      'Cara Dunn (P3) chooses French and Geography',
    ]);
  });
});

describe('fitLayoutToCohort', () => {
  it('cuts a layout down to what the what-if data still has', () => {
    const base = smallCohort();
    const { cohort } = applyWhatIfs(base, [
      { kind: 'drop-course', course: 'LAT' },
      { kind: 'remove-teacher', staff: 'JON' },
      { kind: 'set-blocks', blocks: ['A', 'B'] },
    ]);
    const groups = [
      group('LAT1', 'LAT', ['A'], 'SMI'),
      group('HIS1', 'HIS', ['B'], 'JON'),
      group('GEO1', 'GEO', ['C'], 'JON'),
    ];
    const solution = layout(base, groups, { P1: ['LAT1', 'HIS1'], P4: ['HIS1', 'GEO1'] });
    const fitted = fitLayoutToCohort(cohort, {
      solution,
      pins: { LAT1: ['A'], GEO1: ['C'], HIS1: ['B'] },
      lockedPlacements: [{ upn: 'P1', course: 'LAT', group: 'LAT1' }],
    });
    expect(fitted.solution.groups).toEqual([
      group('HIS1', 'HIS', ['B'], null),
      group('GEO1', 'GEO', [], null),
    ]);
    expect(fitted.solution.placements.map((p) => `${p.upn} ${p.group}`)).toEqual([
      'P1 HIS1',
      'P4 HIS1',
      'P4 GEO1',
    ]);
    expect(fitted.pins).toEqual({ HIS1: ['B'] });
    expect(fitted.lockedPlacements).toEqual([]);
  });
});
