import { describe, expect, it } from 'vitest';
import { coincidenceMatrix, orderCourses, pupilsChoosingBoth } from '../../src/core/coincidence';
import type { ChoiceList } from '../../src/core/model';

/** Five pupils, worked by hand below. */
const choices: ChoiceList[] = [
  { upn: 'P1', choices: ['Fr', 'Hi', 'Ar'], reserves: ['Gg'] },
  { upn: 'P2', choices: ['Fr', 'Gg'], reserves: ['Hi'] },
  { upn: 'P3', choices: ['Hi', 'Ar'], reserves: [] },
  { upn: 'P4', choices: ['Fr', 'Hi'], reserves: ['Ar'] },
  // An unknown code is ignored; a repeated code counts once.
  { upn: 'P5', choices: ['Gg', 'Zz', 'Gg'], reserves: [] },
];
const courses = ['Fr', 'Hi', 'Gg', 'Ar'];

describe('the coincidence matrix', () => {
  const { courses: order, counts } = coincidenceMatrix(courses, choices);

  it('counts the pupils who chose both courses, reserves left out', () => {
    expect(order).toEqual(courses);
    expect(counts).toEqual([
      //Fr Hi Gg Ar
      [3, 2, 1, 1], // Fr: P1 P2 P4; with Hi P1 P4; with Gg P2; with Ar P1
      [2, 3, 0, 2], // Hi: P1 P3 P4 (P2's reserve does not count); with Ar P1 P3
      [1, 0, 2, 0], // Gg: P2 P5 (P1's reserve does not count)
      [1, 2, 0, 2], // Ar: P1 P3 (P4's reserve does not count)
    ]);
  });

  it('is symmetric, and its diagonal is the pupils choosing each course', () => {
    counts.forEach((row, i) => row.forEach((value, j) => expect(counts[j]?.[i]).toBe(value)));
    const chose = (code: string) => choices.filter((list) => list.choices.includes(code)).length;
    expect(courses.map((code, i) => counts[i]?.[i])).toEqual(courses.map(chose));
  });

  it('lists exactly the pupils behind a cell', () => {
    expect(pupilsChoosingBoth(choices, 'Hi', 'Ar')).toEqual(['P1', 'P3']);
    expect(pupilsChoosingBoth(choices, 'Ar', 'Hi')).toEqual(['P1', 'P3']);
    expect(pupilsChoosingBoth(choices, 'Gg', 'Gg')).toEqual(['P2', 'P5']);
    expect(pupilsChoosingBoth(choices, 'Hi', 'Gg')).toEqual([]);
  });

  it('is empty for a plan with no choices', () => {
    expect(coincidenceMatrix(['Fr'], []).counts).toEqual([[0]]);
  });
});

describe('the order of the matrix', () => {
  const listed = [
    { code: 'Ar', category: 'arts' },
    { code: 'Fr', category: 'language' },
    { code: 'Mu', category: 'arts' },
    { code: 'Sp', category: 'language' },
    { code: 'Bu', category: null },
  ];
  const demand = new Map([
    ['Ar', 20],
    ['Fr', 70],
    ['Mu', 25],
    ['Sp', 40],
    ['Bu', 50],
  ]);

  it('keeps a category together, busiest family and busiest course first', () => {
    expect(orderCourses(listed, demand, 'category')).toEqual(['Fr', 'Sp', 'Bu', 'Mu', 'Ar']);
  });

  it('can put the busiest courses first, or keep the plan’s order', () => {
    expect(orderCourses(listed, demand, 'demand')).toEqual(['Fr', 'Bu', 'Sp', 'Mu', 'Ar']);
    expect(orderCourses(listed, new Map(), 'demand')).toEqual(['Ar', 'Fr', 'Mu', 'Sp', 'Bu']);
    expect(orderCourses(listed, demand, 'plan')).toEqual(['Ar', 'Fr', 'Mu', 'Sp', 'Bu']);
  });
});
