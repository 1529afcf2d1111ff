import { describe, expect, it } from 'vitest';
import type { AttainmentBand, ChoiceList, Pupil } from '../../../src/core/model';
import {
  DEFAULT_FAIRNESS_SETTINGS,
  recommendPathway,
  recommendPathways,
  STARTER_PATHWAYS,
  type Pathway,
} from '../../../src/core/pathways';
import { generateSyntheticCohort } from '../../../src/core/synthetic';
import { CATALOGUE } from '../../../src/core/synthetic/catalogue';

function starter(code: string): Pathway {
  const pathway = STARTER_PATHWAYS.find((p) => p.code === code);
  if (!pathway) throw new Error(`No starter route ${code}`);
  return pathway;
}

const settings = DEFAULT_FAIRNESS_SETTINGS;
const courses = CATALOGUE;

function pupil(band: AttainmentBand | null, pathway: string | null = null): Pupil {
  return {
    upn: 'A123456789012',
    surname: 'Okafor',
    forename: 'Ada',
    form: '9A',
    gender: 'F',
    disadvantaged: false,
    send: 'N',
    eal: false,
    priorAttainment: { score: null, band },
    pathway,
  };
}

function choices(...codes: string[]): ChoiceList {
  return { upn: 'A123456789012', choices: codes, reserves: ['Mu'] };
}

function recommend(who: Pupil, list: ChoiceList | undefined, pathways = STARTER_PATHWAYS) {
  return recommendPathway({ pupil: who, choices: list, pathways, courses, settings });
}

describe('recommendPathway: routes the choices fit', () => {
  it('recommends the EBacc route when the choices meet it, naming the courses that do', () => {
    const result = recommend(pupil('M'), choices('Fr', 'Hi', 'Ar', 'Mu'));
    expect(result).toEqual({
      upn: 'A123456789012',
      recommended: 'EBACC',
      reason:
        'Their choices meet every rule of the EBacc route (French, History) and the route is meant for all bands.',
      needsReview: false,
      reviewReasons: [],
      violations: [],
    });
  });

  it('recommends the open route when there is no language', () => {
    const result = recommend(pupil('H'), choices('Hi', 'Ar', 'Mu', 'Eng'));
    expect(result.recommended).toBe('OPEN');
    expect(result.reason).toBe(
      'Their choices meet every rule of the Open route and the route is meant for all bands.',
    );
  });

  it('keeps the current route among equally high routes the choices fit', () => {
    expect(recommend(pupil('M', 'OPEN'), choices('Fr', 'Hi', 'Ar', 'Mu')).recommended).toBe('OPEN');
  });

  it('recommends the supported route when only it fits, without review for a new pupil', () => {
    const result = recommend(pupil('L'), choices('SUP', 'Hi', 'Ar'));
    expect(result.recommended).toBe('SUPPORTED');
    expect(result.needsReview).toBe(false);
    expect(result.reason).toBe(
      'Their choices meet every rule of the Supported route (Supported Studies (literacy & numeracy)) and the route is meant for low prior attainers.',
    );
  });

  it('asks for review when the recommendation is lower than the current route', () => {
    const result = recommend(pupil('L', 'EBACC'), choices('SUP', 'Hi', 'Ar'));
    expect(result.recommended).toBe('SUPPORTED');
    expect(result.needsReview).toBe(true);
    expect(result.reviewReasons).toEqual([
      'The Supported route is lower than their current route, the EBacc route: 3 options instead of 4.',
      'The Supported route is lower than their current route, the EBacc route: includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option.',
    ]);
  });

  it('recommends a higher route the choices fit over a lower one meant for their band', () => {
    const openForHigh: Pathway = {
      ...starter('OPEN'),
      code: 'OPEN3',
      name: 'Three-option route',
      optionCount: 3,
      eligibility: { bands: ['H'], note: '' },
    };
    const result = recommend(pupil('L'), choices('SUP', 'Hi', 'Ar'), [
      starter('SUPPORTED'),
      openForHigh,
    ]);
    expect(result.recommended).toBe('OPEN3');
    expect(result.needsReview).toBe(false);
  });

  it('asks for review when the choices also fit a route the recommendation is lower than', () => {
    // Each route is lower than the other in one way, so neither is simply the higher.
    const fixedSupport: Pathway = {
      ...starter('SUPPORTED'),
      code: 'SUP4',
      name: 'Supported four-slot route',
      optionCount: 4,
      freeSlots: 1,
      eligibility: { bands: ['L'], note: '' },
    };
    const threeFree: Pathway = {
      ...starter('OPEN'),
      code: 'THREE',
      name: 'Three-option route',
      optionCount: 3,
    };
    const result = recommend(pupil('L'), choices('SUP', 'Hi', 'Ar'), [fixedSupport, threeFree]);
    expect(result.recommended).toBe('SUP4');
    expect(result.needsReview).toBe(true);
    expect(result.reviewReasons).toEqual([
      'The Supported four-slot route is lower than the Three-option route, which their choices also fit: includes Supported Studies (literacy & numeracy), an Other qualification, in place of an option.',
    ]);
  });
});

describe('recommendPathway: when nothing fits', () => {
  it('picks the route meant for them with the fewest changes, and says what to change', () => {
    const result = recommend(pupil('H'), choices('TSc', 'Fr', 'Hi', 'Ar'));
    expect(result.recommended).toBe('EBACC');
    expect(result.reason).toBe(
      "Their choices do not fit any route; the EBacc route is meant for all bands and needs the fewest changes. To fit it: their choices fill 5 slots (Triple Science counts as two), 1 more than the route's 4.",
    );
    expect(result.violations.map((v) => v.kind)).toEqual(['option-count']);
  });

  it('prefers the higher of two routes that need equally few changes', () => {
    // One slot short of the open route; Supported Studies missing from the supported route.
    const result = recommend(pupil('L'), choices('Hi', 'Ar', 'Mu'));
    expect(result.recommended).toBe('OPEN');
    expect(result.reason).toContain(
      'To fit it: their choices fill 3 of the 4 slots; none may be left free.',
    );
    expect(result.needsReview).toBe(false);
  });

  it('names the broken rule and the problem', () => {
    const ebaccOnly = [starter('EBACC')];
    const result = recommend(pupil('M'), choices('Hi', 'Ar', 'Mu', 'Dr'), ebaccOnly);
    expect(result.reason).toBe(
      'Their choices do not fit any route; the EBacc route is meant for all bands and needs the fewest changes. To fit it: must choose at least one language (French, German, Latin or Spanish), but chose none of them.',
    );
  });

  it('asks for review when band guidance alone puts them on a lower route', () => {
    const triple: Pathway = {
      code: 'TRIPLE',
      name: 'Triple science route',
      description: '',
      optionCount: 4,
      freeSlots: 0,
      rules: [{ kind: 'must-include', course: 'TSc' }],
      eligibility: { bands: ['H'], note: '' },
    };
    const result = recommend(pupil('L'), choices('Hi', 'Ar', 'Mu', 'Dr'), [
      triple,
      starter('SUPPORTED'),
    ]);
    expect(result.recommended).toBe('SUPPORTED');
    expect(result.needsReview).toBe(true);
    expect(result.reviewReasons[0]).toBe(
      'The Supported route rests on guidance rather than on their choices, and is lower than the Triple science route: 3 options instead of 4.',
    );
  });
});

describe('recommendPathway: no choices yet', () => {
  it('recommends the highest route open to them, never a lower one by default', () => {
    const result = recommend(pupil('L'), undefined);
    expect(result.recommended).toBe('EBACC');
    expect(result.needsReview).toBe(false);
    expect(result.reason).toBe(
      'They have made no choices yet, so this rests on guidance only: the EBacc route is meant for all bands.',
    );
  });

  it('keeps an agreed supported route but asks for review', () => {
    const result = recommend(pupil('L', 'supported'), {
      upn: 'A123456789012',
      choices: [],
      reserves: [],
    });
    expect(result.recommended).toBe('SUPPORTED');
    expect(result.needsReview).toBe(true);
    expect(result.reviewReasons).toContain(
      'The Supported route rests on guidance rather than on their choices, and is lower than the EBacc route: 3 options instead of 4.',
    );
  });

  it('treats an unknown band as matching only routes open to every band', () => {
    const forLow: Pathway = {
      ...starter('OPEN'),
      code: 'LOW',
      name: 'Low route',
      eligibility: { bands: ['L'], note: '' },
    };
    const forAll: Pathway = { ...starter('OPEN'), code: 'ALL', name: 'All route' };
    expect(recommend(pupil(null), undefined, [forLow, forAll]).recommended).toBe('ALL');
    expect(recommend(pupil('L'), undefined, [forLow, forAll]).recommended).toBe('LOW');
  });

  it('recommends nothing when the plan has no pathways', () => {
    expect(recommend(pupil('M'), choices('Fr'), [])).toEqual({
      upn: 'A123456789012',
      recommended: null,
      reason: 'The plan has no pathways yet.',
      needsReview: false,
      reviewReasons: [],
      violations: [],
    });
  });
});

describe('recommendPathways', () => {
  const { cohort } = generateSyntheticCohort({ pupils: 240, seed: 1 });
  // Some pupils already have a route agreed, to exercise every branch.
  const pupils = cohort.pupils.map((p, i) => ({
    ...p,
    pathway: i % 5 === 0 ? (STARTER_PATHWAYS[i % 3]?.code ?? null) : null,
  }));
  // And some have not made their choices yet.
  const choiceLists = cohort.choices.filter((_, i) => i % 7 !== 0);
  const recommendAll = (who: Pupil[]) =>
    recommendPathways({
      pupils: who,
      choices: choiceLists,
      pathways: STARTER_PATHWAYS,
      courses,
      settings,
    });

  it('gives one recommendation per pupil, in order, matched by UPN', () => {
    const withoutChoices = { ...(pupils[1] as Pupil), upn: 'Z999999999999' };
    const results = recommendAll([...pupils.slice(1, 4), withoutChoices]);
    expect(results.map((r) => r.upn)).toEqual([
      ...pupils.slice(1, 4).map((p) => p.upn),
      'Z999999999999',
    ]);
    expect(results[0]?.reason).toMatch(/^Their choices/);
    expect(results[3]?.reason).toMatch(/^They have made no choices yet/);
  });

  it('never changes a recommendation because of disadvantage, SEND, EAL or gender', () => {
    const flipped = pupils.map((p): Pupil => ({
      ...p,
      disadvantaged: !p.disadvantaged,
      send: p.send === 'N' ? 'E' : 'N',
      eal: !p.eal,
      gender: p.gender === 'F' ? 'M' : 'F',
    }));
    const before = recommendAll(pupils);
    expect(before.some((r) => r.needsReview)).toBe(true);
    expect(new Set(before.map((r) => r.recommended)).size).toBeGreaterThan(1);
    expect(recommendAll(flipped)).toEqual(before);
  });
});
