import { describe, expect, it } from 'vitest';
import {
  compareRoutes,
  DEFAULT_FAIRNESS_SETTINGS,
  lowerRoutes,
  type Pathway,
  type PathwayRule,
} from '../../../src/core/pathways';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

const courses = new Map(CATALOGUE.map((course) => [course.code, course]));
const settings = DEFAULT_FAIRNESS_SETTINGS;

function route(code: string, optionCount: number, rules: PathwayRule[] = []): Pathway {
  return {
    code,
    name: `${code} route`,
    description: '',
    optionCount,
    freeSlots: 0,
    rules,
    eligibility: { bands: [], note: '' },
  };
}

const ebacc = route('EBACC', 4, [
  { kind: 'choose-one-of', from: { kind: 'category', category: 'language' } },
]);
const open = route('OPEN', 4);
const supported = route('SUPPORTED', 3, [{ kind: 'must-include', course: 'SUP' }]);

describe('compareRoutes', () => {
  it('counts a route with fewer option slots as lower, saying how many', () => {
    const comparison = compareRoutes(route('A', 3), open, courses, settings);
    expect(comparison).toEqual({ lower: true, reasons: ['3 options instead of 4'] });
    expect(compareRoutes(open, route('A', 3), courses, settings).lower).toBe(false);
  });

  it('counts a fixed lower-tariff course in place of an option as lower', () => {
    const fixedSupport = route('FIXED', 4, [{ kind: 'must-include', course: 'SUP' }]);
    expect(compareRoutes(fixedSupport, open, courses, settings)).toEqual({
      lower: true,
      reasons: [
        'includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option',
      ],
    });
  });

  it('gives both reasons for the supported route against the EBacc route', () => {
    expect(compareRoutes(supported, ebacc, courses, settings).reasons).toEqual([
      '3 options instead of 4',
      'includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option',
    ]);
  });

  it('matches lower-tariff qualifications whatever their case', () => {
    const fixedSupport = route('FIXED', 4, [{ kind: 'must-include', course: 'sup' }]);
    const comparison = compareRoutes(fixedSupport, open, courses, {
      lowerTariffQualifications: ['OTHER'],
    });
    expect(comparison.lower).toBe(true);
  });

  it('does not count a fixed GCSE course, or a lower-tariff course the other route also fixes', () => {
    const fixedGcse = route('TRIPLE', 4, [{ kind: 'must-include', course: 'TSc' }]);
    expect(compareRoutes(fixedGcse, open, courses, settings).lower).toBe(false);
    const otherSupported = route('SUP4', 4, [{ kind: 'must-include', course: 'SUP' }]);
    const sameSize = route('SUP4B', 4, [{ kind: 'must-include', course: 'SUP' }]);
    expect(compareRoutes(otherSupported, sameSize, courses, settings).lower).toBe(false);
  });

  it('does not count equal routes as lower', () => {
    expect(compareRoutes(ebacc, open, courses, settings)).toEqual({ lower: false, reasons: [] });
  });
});

describe('lowerRoutes', () => {
  it('lists each lower route with reasons naming the higher route', () => {
    const lower = lowerRoutes([ebacc, open, supported], courses, settings);
    expect([...lower.keys()]).toEqual(['SUPPORTED']);
    expect(lower.get('SUPPORTED')).toEqual([
      'compared with the EBACC route: 3 options instead of 4',
      'compared with the EBACC route: includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option',
      'compared with the OPEN route: 3 options instead of 4',
      'compared with the OPEN route: includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option',
    ]);
  });

  it('is empty when no route is lower than another', () => {
    expect(lowerRoutes([ebacc, open], courses, settings).size).toBe(0);
  });
});
