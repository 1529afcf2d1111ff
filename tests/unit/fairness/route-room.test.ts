import { describe, expect, it } from 'vitest';
import { routeShutsOutCategory } from '../../../src/core/fairness/route-room';
import { COURSES, pathway } from './cohort';

const shutsOutLanguages = (...args: Parameters<typeof pathway>) =>
  routeShutsOutCategory(pathway(...args), 'language', COURSES);

describe('whether a route shuts out a category', () => {
  it('is so when a rule forbids every course of it, by category or by naming them all', () => {
    expect(
      shutsOutLanguages('A', 'A', 4, [
        { kind: 'cannot-choose', from: { kind: 'category', category: 'Language ' } },
      ]),
    ).toBe(true);
    expect(
      shutsOutLanguages('A', 'A', 4, [
        { kind: 'at-most', count: 0, from: { kind: 'courses', codes: ['Fr', 'Sp'] } },
      ]),
    ).toBe(true);
  });

  it('is not so when a language is still allowed', () => {
    expect(
      shutsOutLanguages('A', 'A', 4, [
        { kind: 'cannot-choose', from: { kind: 'courses', codes: ['Fr'] } },
      ]),
    ).toBe(false);
    expect(
      shutsOutLanguages('A', 'A', 4, [
        { kind: 'at-most', count: 1, from: { kind: 'category', category: 'language' } },
      ]),
    ).toBe(false);
  });

  it('is so when fixed courses and other requirements fill every slot', () => {
    expect(
      shutsOutLanguages('A', 'A', 3, [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'at-least', count: 2, from: { kind: 'category', category: 'vocational' } },
      ]),
    ).toBe(true);
    // One slot is left for a language when only one vocational course is required.
    expect(
      shutsOutLanguages('A', 'A', 3, [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'choose-one-of', from: { kind: 'category', category: 'vocational' } },
      ]),
    ).toBe(false);
  });

  it('is not so when the route fixes a language in, or a requirement a language can meet', () => {
    expect(shutsOutLanguages('A', 'A', 1, [{ kind: 'must-include', course: 'Fr' }])).toBe(false);
    expect(
      shutsOutLanguages('A', 'A', 2, [
        { kind: 'must-include', course: 'SUP' },
        { kind: 'choose-one-of', from: { kind: 'courses', codes: ['Fr', 'Eng'] } },
      ]),
    ).toBe(false);
  });
});
