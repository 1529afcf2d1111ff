import { describe, expect, it } from 'vitest';
import type { ChoiceList } from '../../../src/core/model';
import { STARTER_PATHWAYS, withPathwayCourses, type Pathway } from '../../../src/core/pathways';

function starter(code: string): Pathway {
  const pathway = STARTER_PATHWAYS.find((p) => p.code === code);
  if (!pathway) throw new Error(`No starter route ${code}`);
  return pathway;
}

const pupils = [
  { upn: 'P1', pathway: 'SUPPORTED' },
  { upn: 'P2', pathway: 'supported' },
  { upn: 'P3', pathway: 'OPEN' },
  { upn: 'P4', pathway: null },
  { upn: 'P5', pathway: 'GONE' },
];

describe('withPathwayCourses', () => {
  it('puts a missing must-include course first for pupils on that route', () => {
    const choices: ChoiceList[] = [
      { upn: 'P1', choices: ['Hi', 'Ar', 'Mu'], reserves: ['Dr'] },
      { upn: 'P3', choices: ['Hi', 'Ar', 'Mu', 'Fr'], reserves: [] },
      { upn: 'P4', choices: ['Hi'], reserves: [] },
      { upn: 'P5', choices: ['Hi'], reserves: [] },
    ];
    expect(withPathwayCourses(choices, pupils, STARTER_PATHWAYS)).toEqual([
      { upn: 'P1', choices: ['SUP', 'Hi', 'Ar', 'Mu'], reserves: ['Dr'] },
      { upn: 'P3', choices: ['Hi', 'Ar', 'Mu', 'Fr'], reserves: [] },
      { upn: 'P4', choices: ['Hi'], reserves: [] },
      { upn: 'P5', choices: ['Hi'], reserves: [] },
    ]);
  });

  it('never adds a course already chosen, in any case, and leaves the input alone', () => {
    const choices: ChoiceList[] = [{ upn: 'P2', choices: ['Hi', 'sup'], reserves: [] }];
    const before = structuredClone(choices);
    expect(withPathwayCourses(choices, pupils, STARTER_PATHWAYS)).toEqual(before);
    expect(choices).toEqual(before);
  });

  it('adds every missing fixed course once, and takes it out of the reserves', () => {
    const twoFixed: Pathway = {
      ...starter('SUPPORTED'),
      code: 'SUPPORTED',
      rules: [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'must-include', course: 'CD' },
        { kind: 'must-include', course: 'SUP' },
      ],
    };
    const choices: ChoiceList[] = [{ upn: 'P1', choices: ['Hi'], reserves: ['cd', 'Ar'] }];
    expect(withPathwayCourses(choices, pupils, [twoFixed])).toEqual([
      { upn: 'P1', choices: ['SUP', 'CD', 'Hi'], reserves: ['Ar'] },
    ]);
  });
});
