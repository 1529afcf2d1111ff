import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PathwayRecommendation } from '../../../src/core/pathways/types';
import { PathwayDataError } from '../../../src/data/pathways/pathway-errors';
import {
  confirmRecommendation,
  overrideRecommendation,
  readPathwayDecision,
  readPathwayDecisions,
  saveRecommendations,
} from '../../../src/data/plan/pathway-decision-repository';
import { replacePathways } from '../../../src/data/plan/pathway-repository';
import type { PlanDatabase } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';
import { EBACC, OPEN, openSmallPlan, setAgreedRoute, SUPPORTED } from './small-plan';

const ANN = 'A100000000001';
const BEN = 'B100000000002';
const CARA = 'C100000000003';
const MARCH = new Date('2026-03-02T09:00:00Z');
const APRIL = new Date('2026-04-01T09:00:00Z');

let db: PlanDatabase;
let cleanup: () => void;
beforeEach(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  db = openSmallPlan(temp.dir);
  replacePathways(db, [EBACC, OPEN, SUPPORTED]);
});
afterEach(() => {
  db.close();
  cleanup();
});

function recommend(upn: string, code: string | null, needsReview = false): PathwayRecommendation {
  return {
    upn,
    recommended: code,
    reason: code ? `The ${code} route fits their choices.` : 'No route fits.',
    needsReview,
    reviewReasons: needsReview ? ['fewer options than the EBACC route their choices fit'] : [],
    violations: [],
  };
}

function refusal(action: () => unknown): PathwayDataError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(PathwayDataError);
    return error as PathwayDataError;
  }
  throw new Error('expected the decision to be refused');
}

describe('recommendations', () => {
  it('are saved per pupil and never change an agreed route', () => {
    setAgreedRoute(db, BEN, 'OPEN');
    saveRecommendations(db, [recommend(ANN, 'ebacc'), recommend(BEN, 'SUPPORTED', true)], MARCH);
    const [ann, ben, cara] = readPathwayDecisions(db);
    expect(ann).toEqual({
      upn: ANN,
      name: 'Ann Archer',
      agreedPathway: null,
      recommendation: {
        pathway: 'EBACC',
        reason: 'The ebacc route fits their choices.',
        needsReview: false,
        reviewReasons: [],
        madeAt: MARCH.toISOString(),
      },
      decision: null,
    });
    expect(ben?.agreedPathway).toBe('OPEN');
    expect(ben?.recommendation?.needsReview).toBe(true);
    expect(cara?.recommendation).toBeNull();
  });

  it('replace the previous recommendation but keep the decision', () => {
    saveRecommendations(db, [recommend(ANN, 'EBACC')], MARCH);
    confirmRecommendation(db, { upn: ANN, now: MARCH });
    saveRecommendations(db, [recommend(ANN, 'OPEN')], APRIL);
    const ann = readPathwayDecision(db, ANN);
    expect(ann.recommendation?.pathway).toBe('OPEN');
    expect(ann.decision).toMatchObject({ kind: 'confirmed', pathway: 'EBACC' });
    expect(ann.agreedPathway).toBe('EBACC');
  });

  it('refuse a route the plan does not have, naming the pupil, and save none of the batch', () => {
    const error = refusal(() =>
      saveRecommendations(db, [recommend(ANN, 'EBACC'), recommend(BEN, 'TECH')], MARCH),
    );
    expect(error.message).toBe(
      'The plan has no pathway TECH, so it cannot be the route of Ben Baker (B100000000002).',
    );
    expect(readPathwayDecision(db, ANN).recommendation).toBeNull();
  });

  it('naming a route that is later removed are cleared', () => {
    saveRecommendations(db, [recommend(CARA, 'SUPPORTED')], MARCH);
    replacePathways(db, [EBACC, OPEN]);
    expect(readPathwayDecision(db, CARA).recommendation).toBeNull();
  });
});

describe('confirming a recommendation', () => {
  it('agrees the recommended route', () => {
    saveRecommendations(db, [recommend(ANN, 'EBACC')], MARCH);
    const ann = confirmRecommendation(db, { upn: ANN, now: APRIL });
    expect(ann.agreedPathway).toBe('EBACC');
    expect(ann.decision).toEqual({
      kind: 'confirmed',
      pathway: 'EBACC',
      reason: '',
      decidedAt: APRIL.toISOString(),
    });
  });

  it('of a route flagged for review needs a reason, naming the pupil', () => {
    saveRecommendations(db, [recommend(CARA, 'SUPPORTED', true)], MARCH);
    const error = refusal(() => confirmRecommendation(db, { upn: CARA, reason: '  ' }));
    expect(error.code).toBe('reason-required');
    expect(error.message).toMatch(
      /^The SUPPORTED route recommended for Cara Cole \(C100000000003\) was flagged for review \(fewer options than the EBACC route their choices fit\)/,
    );
    expect(readPathwayDecision(db, CARA).agreedPathway).toBeNull();

    const cara = confirmRecommendation(db, {
      upn: CARA,
      reason: 'Agreed with parents and the SENCo at the options evening.',
    });
    expect(cara.agreedPathway).toBe('SUPPORTED');
    expect(cara.decision?.reason).toBe('Agreed with parents and the SENCo at the options evening.');
  });

  it('is refused when nothing was recommended', () => {
    expect(refusal(() => confirmRecommendation(db, { upn: BEN })).message).toMatch(
      /^No route has been recommended for Ben Baker \(B100000000002\) yet/,
    );
    saveRecommendations(db, [recommend(BEN, null)], MARCH);
    expect(refusal(() => confirmRecommendation(db, { upn: BEN })).message).toMatch(
      /^No route fitted Ben Baker \(B100000000002\)/,
    );
  });
});

describe('overriding a recommendation', () => {
  it('needs a reason, naming the pupil and the route', () => {
    saveRecommendations(db, [recommend(BEN, 'OPEN')], MARCH);
    const error = refusal(() =>
      overrideRecommendation(db, { upn: BEN, pathway: 'EBACC', reason: '' }),
    );
    expect(error.code).toBe('reason-required');
    expect(error.message).toBe(
      'Say why Ben Baker (B100000000002) should take the EBACC route instead of the one recommended.',
    );
    expect(readPathwayDecision(db, BEN).agreedPathway).toBeNull();
  });

  it('agrees the chosen route with the reason, whether or not one was recommended', () => {
    const ben = overrideRecommendation(db, {
      upn: BEN,
      pathway: 'ebacc',
      reason: 'Wants to study languages at A level.',
      now: APRIL,
    });
    expect(ben.agreedPathway).toBe('EBACC');
    expect(ben.decision).toEqual({
      kind: 'overridden',
      pathway: 'EBACC',
      reason: 'Wants to study languages at A level.',
      decidedAt: APRIL.toISOString(),
    });
    expect(ben.recommendation).toBeNull();
  });

  it('names an unknown pupil or route', () => {
    expect(
      refusal(() => overrideRecommendation(db, { upn: 'Z9', pathway: 'OPEN', reason: 'x' })).code,
    ).toBe('unknown-pupil');
    expect(
      refusal(() => overrideRecommendation(db, { upn: ANN, pathway: 'ARTS', reason: 'x' })).message,
    ).toBe(
      'The plan has no pathway ARTS, so it cannot be the route of Ann Archer (A100000000001).',
    );
  });
});
