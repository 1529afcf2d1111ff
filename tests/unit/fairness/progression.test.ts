import { describe, expect, it } from 'vitest';
import {
  fairnessReport,
  type FairnessInput,
  type ProgressionFlag,
} from '../../../src/core/fairness';
import { COURSES, CohortBuilder, OPEN, SUPPORTED, pathway, placed } from './cohort';

const NO_LANGUAGE = pathway('VOC', 'Vocational route', 4, [
  { kind: 'cannot-choose', from: { kind: 'category', category: 'language' } },
]);
/** Supported Studies and two vocational courses fill all three slots: no room for a language. */
const FULL = pathway('FULL', 'Supported vocational route', 3, [
  { kind: 'must-include', course: 'SUP' },
  { kind: 'at-least', count: 2, from: { kind: 'category', category: 'vocational' } },
]);

function progressionFlags(input: FairnessInput): ProgressionFlag[] {
  return fairnessReport({ ...input, pathways: [OPEN, SUPPORTED, NO_LANGUAGE, FULL] }).flags.filter(
    (flag): flag is ProgressionFlag => flag.kind === 'progression',
  );
}

const cohort = new CohortBuilder()
  .add({ upn: 'H1', band: 'H', route: 'OPEN', choices: ['Fr', 'Hi', 'Ar', 'Dr'] })
  .add({ upn: 'H2', band: 'H', route: 'OPEN', choices: ['Hi', 'Gg', 'Ar', 'Dr'] })
  .add({ upn: 'H3', band: 'H', route: 'OPEN', choices: ['Sp', 'Hi', 'Ar', 'Dr'] })
  .add({ upn: 'H4', band: 'H', route: 'VOC', choices: ['Eng', 'Hsc', 'Ar', 'Dr'] })
  .add({ upn: 'H5', band: 'H', route: 'FULL', choices: ['SUP', 'Eng', 'Hsc'] })
  .add({ upn: 'H6', band: 'H', route: 'SUPP', choices: ['SUP', 'Fr', 'Ar'] })
  .add({ upn: 'M1', band: 'M', route: 'OPEN', choices: ['Hi', 'Gg', 'Ar', 'Dr'] });

const placements = [
  ...placed('H1', 'Fr', 'Hi', 'Ar', 'Dr'),
  ...placed('H2', 'Hi', 'Gg', 'Ar', 'Dr'),
  // Spanish did not fit: given Geography from the reserves instead.
  ...placed('H3', '*Gg', 'Hi', 'Ar', 'Dr'),
  ...placed('H4', 'Eng', 'Hsc', 'Ar', 'Dr'),
  ...placed('H5', 'SUP', 'Eng', 'Hsc'),
  ...placed('H6', 'SUP', 'Fr', 'Ar'),
  ...placed('M1', 'Hi', 'Gg', 'Ar', 'Dr'),
];

describe('progression', () => {
  it('tells apart not chosen, not given and shut out by the route, once blocks are built', () => {
    const flags = progressionFlags(cohort.input({ placements }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      severity: 'concern',
      category: 'language',
      label: 'a language',
      bands: ['H'],
      pupilsInBands: 6,
      offerFrom: 'placements',
      counts: { 'not-offered': 0, 'route-forbids': 2, 'not-given': 1, 'not-chosen': 1 },
      pupils: [
        { upn: 'H4', cause: 'route-forbids' },
        { upn: 'H5', cause: 'route-forbids' },
        { upn: 'H3', cause: 'not-given' },
        { upn: 'H2', cause: 'not-chosen' },
      ],
      upns: ['H4', 'H5', 'H3', 'H2'],
    });
    expect(flags[0]?.message).toBe(
      '4 of 6 pupils with high prior attainment have no language in the courses the blocks give them: ' +
        '2 are on a route whose rules leave no room for one (Vocational route and Supported vocational route); ' +
        '1 chose one but the blocks did not give it them; 1 did not choose one, a conversation to have.',
    );
  });

  it('reads the offer from the choices before any blocks are built', () => {
    const flags = progressionFlags(cohort.input({ placements: null }));
    expect(flags[0]).toMatchObject({
      offerFrom: 'choices',
      counts: { 'not-offered': 0, 'route-forbids': 2, 'not-given': 0, 'not-chosen': 1 },
      upns: ['H4', 'H5', 'H2'],
    });
  });

  it('is a note, not a concern, when the only cause is pupils not choosing one', () => {
    const choosers = new CohortBuilder()
      .add({ upn: 'H1', band: 'H', route: 'OPEN', choices: ['Fr', 'Hi', 'Ar', 'Dr'] })
      .add({ upn: 'H2', band: 'H', route: 'OPEN', choices: ['Hi', 'Gg', 'Ar', 'Dr'] })
      .add({ upn: 'H3', band: 'H', route: 'SUPP', choices: ['SUP', 'Hi', 'Ar'] });
    const flags = progressionFlags(choosers.input());
    expect(flags[0]).toMatchObject({ severity: 'note', upns: ['H2', 'H3'] });
    expect(flags[0]?.pupils.map((p) => p.cause)).toEqual(['not-chosen', 'not-chosen']);
  });

  it('says so when the plan has no course of the category at all', () => {
    const flags = progressionFlags(
      cohort.input({ courses: COURSES.filter((course) => course.category !== 'language') }),
    );
    expect(flags[0]).toMatchObject({ severity: 'concern', pupilsInBands: 6 });
    expect(flags[0]?.counts['not-offered']).toBe(6);
    expect(flags[0]?.message).toContain('the plan has no course in the category "language"');
  });

  it('raises nothing when every pupil in the bands has one, and looks only at those bands', () => {
    const everyone = new CohortBuilder()
      .add({ upn: 'H1', band: 'H', route: 'OPEN', choices: ['Fr', 'Hi', 'Ar', 'Dr'] })
      .add({ upn: 'M1', band: 'M', route: 'OPEN', choices: ['Hi', 'Gg', 'Ar', 'Dr'] })
      .add({ upn: 'U1', band: null, route: 'OPEN', choices: ['Hi', 'Gg', 'Ar', 'Dr'] });
    expect(progressionFlags(everyone.input())).toEqual([]);
  });
});

describe('the order of the flags', () => {
  it('puts concerns before notes and does not depend on the order of the pupils', () => {
    const steered = new CohortBuilder()
      .many(10, { band: 'M', disadvantaged: true, route: 'SUPP', choices: ['SUP', 'Ar', 'Hi'] })
      .many(12, { band: 'M', route: 'OPEN', choices: ['Hi', 'Ar', 'Dr', 'Gg'] })
      .many(3, { band: 'H', route: 'OPEN', choices: ['Hi', 'Ar', 'Dr', 'Gg'] });
    const input = steered.input();
    const report = fairnessReport(input);
    expect(report.flags.map((flag) => [flag.kind, flag.severity])).toEqual([
      ['differential-ambition', 'concern'],
      ['progression', 'note'],
    ]);
    const reversed = fairnessReport({
      ...input,
      pupils: [...input.pupils].reverse(),
      choices: [...input.choices].reverse(),
    });
    expect(reversed.flags).toEqual(report.flags);
  });
});
