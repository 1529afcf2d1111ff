import { z } from 'zod';
import type { PathwayRecommendation } from '../../core/pathways/types';
import { PathwayDataError } from '../pathways/pathway-errors';
import type { PlanDatabase } from './plan-file';

/**
 * Per pupil: the latest recommended route and what a person decided. The tool recommends; only
 * a person agrees a route. Confirming or overriding sets pupils.pathway_code, the agreed route.
 * A lower route flagged for review, and any override, must carry the reason in words.
 */

export interface StoredRecommendation {
  /** null when no route fitted the pupil. */
  pathway: string | null;
  reason: string;
  needsReview: boolean;
  reviewReasons: string[];
  madeAt: string;
}

export type DecisionKind = 'confirmed' | 'overridden';

export interface StoredDecision {
  kind: DecisionKind;
  pathway: string;
  reason: string;
  decidedAt: string;
}

export interface PupilPathwayDecision {
  upn: string;
  name: string;
  /** pupils.pathway_code: set by a decision, or given in pupils.csv. */
  agreedPathway: string | null;
  recommendation: StoredRecommendation | null;
  decision: StoredDecision | null;
}

interface DecisionRow {
  upn: string;
  forename: string;
  surname: string;
  pathway_code: string | null;
  recommended_code: string | null;
  recommendation_reason: string | null;
  needs_review: 0 | 1 | null;
  review_reasons_json: string | null;
  recommended_at: string | null;
  decision: DecisionKind | null;
  decided_code: string | null;
  decision_reason: string;
  decided_at: string | null;
}

const reviewReasonsSchema = z.array(z.string());

const SELECT_DECISIONS = `
  SELECT p.upn, p.forename, p.surname, p.pathway_code, d.recommended_code,
         d.recommendation_reason, d.needs_review, d.review_reasons_json, d.recommended_at,
         d.decision, d.decided_code, coalesce(d.decision_reason, '') AS decision_reason,
         d.decided_at
  FROM pupils p LEFT JOIN pathway_decisions d ON d.pupil_id = p.id`;

function toDecision(row: DecisionRow): PupilPathwayDecision {
  return {
    upn: row.upn,
    name: `${row.forename} ${row.surname}`,
    agreedPathway: row.pathway_code,
    recommendation:
      row.recommended_at === null
        ? null
        : {
            pathway: row.recommended_code,
            reason: row.recommendation_reason ?? '',
            needsReview: row.needs_review === 1,
            reviewReasons: parseReviewReasons(row),
            madeAt: row.recommended_at,
          },
    decision:
      row.decision === null || row.decided_code === null || row.decided_at === null
        ? null
        : {
            kind: row.decision,
            pathway: row.decided_code,
            reason: row.decision_reason,
            decidedAt: row.decided_at,
          },
  };
}

function parseReviewReasons(row: DecisionRow): string[] {
  try {
    return reviewReasonsSchema.parse(JSON.parse(row.review_reasons_json ?? '[]'));
  } catch {
    throw new PathwayDataError(
      'invalid-pathway',
      `The saved recommendation for ${row.forename} ${row.surname} (${row.upn}) cannot be read; ` +
        'make fresh recommendations.',
    );
  }
}

/** Every pupil, in name order, with their recommendation and decision (null when none). */
export function readPathwayDecisions(db: PlanDatabase): PupilPathwayDecision[] {
  const rows = db
    .prepare(`${SELECT_DECISIONS} ORDER BY p.surname, p.forename, p.upn`)
    .all() as DecisionRow[];
  return rows.map(toDecision);
}

export function readPathwayDecision(db: PlanDatabase, upn: string): PupilPathwayDecision {
  const row = db.prepare(`${SELECT_DECISIONS} WHERE p.upn = ?`).get(upn) as DecisionRow | undefined;
  if (!row) throw new PathwayDataError('unknown-pupil', `The plan has no pupil with UPN ${upn}.`);
  return toDecision(row);
}

/** The plan's own spelling of a route code, or an error naming it and the pupil. */
function canonicalCode(db: PlanDatabase, code: string, forWhom: string): string {
  const found = db.prepare('SELECT code FROM pathways WHERE code = ?').pluck().get(code);
  if (typeof found !== 'string') {
    throw new PathwayDataError(
      'unknown-pathway',
      `The plan has no pathway ${code}, so it cannot be the route of ${forWhom}.`,
    );
  }
  return found;
}

function pupilId(db: PlanDatabase, upn: string): number {
  const id = db.prepare('SELECT id FROM pupils WHERE upn = ?').pluck().get(upn);
  if (typeof id !== 'number') {
    throw new PathwayDataError('unknown-pupil', `The plan has no pupil with UPN ${upn}.`);
  }
  return id;
}

/**
 * Saves fresh recommendations, replacing each named pupil's previous one. Decisions and agreed
 * routes are never changed: a recommendation is advice until a person confirms it.
 */
export function saveRecommendations(
  db: PlanDatabase,
  recommendations: readonly PathwayRecommendation[],
  now: Date = new Date(),
): void {
  const madeAt = now.toISOString();
  const upsert = db.prepare(
    `INSERT INTO pathway_decisions (pupil_id, recommended_code, recommendation_reason,
                                    needs_review, review_reasons_json, recommended_at)
     VALUES (@pupilId, @code, @reason, @needsReview, @reviewReasons, @madeAt)
     ON CONFLICT (pupil_id) DO UPDATE SET recommended_code = excluded.recommended_code,
       recommendation_reason = excluded.recommendation_reason,
       needs_review = excluded.needs_review, review_reasons_json = excluded.review_reasons_json,
       recommended_at = excluded.recommended_at`,
  );
  db.transaction(() => {
    for (const recommendation of recommendations) {
      const id = pupilId(db, recommendation.upn);
      upsert.run({
        pupilId: id,
        code:
          recommendation.recommended === null
            ? null
            : canonicalCode(db, recommendation.recommended, describePupil(db, id)),
        reason: recommendation.reason,
        needsReview: recommendation.needsReview ? 1 : 0,
        reviewReasons: JSON.stringify(recommendation.reviewReasons),
        madeAt,
      });
    }
  })();
}

function describePupil(db: PlanDatabase, id: number): string {
  const row = db.prepare('SELECT forename, surname, upn FROM pupils WHERE id = ?').get(id) as {
    forename: string;
    surname: string;
    upn: string;
  };
  return `${row.forename} ${row.surname} (${row.upn})`;
}

export interface ConfirmInput {
  upn: string;
  /** Required when the recommendation was flagged for review. */
  reason?: string;
  now?: Date;
}

/** Agrees the recommended route for the pupil. */
export function confirmRecommendation(db: PlanDatabase, input: ConfirmInput): PupilPathwayDecision {
  return db.transaction(() => {
    const id = pupilId(db, input.upn);
    const who = describePupil(db, id);
    const { recommendation } = readPathwayDecision(db, input.upn);
    if (!recommendation) {
      throw new PathwayDataError(
        'no-recommendation',
        `No route has been recommended for ${who} yet: make recommendations first, ` +
          'or choose a route and give the reason.',
      );
    }
    if (recommendation.pathway === null) {
      throw new PathwayDataError(
        'no-recommendation',
        `No route fitted ${who}, so there is nothing to confirm: choose a route and give the reason.`,
      );
    }
    const reason = input.reason?.trim() ?? '';
    if (recommendation.needsReview && reason === '') {
      throw new PathwayDataError(
        'reason-required',
        `The ${recommendation.pathway} route recommended for ${who} was flagged for review ` +
          `(${recommendation.reviewReasons.join('; ') || 'a lower route'}): ` +
          'say why it is right for them before confirming it.',
      );
    }
    const code = canonicalCode(db, recommendation.pathway, who);
    recordDecision(db, id, 'confirmed', code, reason, input.now ?? new Date());
    return readPathwayDecision(db, input.upn);
  })();
}

export interface OverrideInput {
  upn: string;
  pathway: string;
  /** Always required: why this route rather than the recommended one. */
  reason: string;
  now?: Date;
}

/** Agrees a route other than (or without) the recommended one; the reason is required. */
export function overrideRecommendation(
  db: PlanDatabase,
  input: OverrideInput,
): PupilPathwayDecision {
  return db.transaction(() => {
    const id = pupilId(db, input.upn);
    const who = describePupil(db, id);
    const reason = input.reason.trim();
    if (reason === '') {
      throw new PathwayDataError(
        'reason-required',
        `Say why ${who} should take the ${input.pathway} route instead of the one recommended.`,
      );
    }
    const code = canonicalCode(db, input.pathway, who);
    recordDecision(db, id, 'overridden', code, reason, input.now ?? new Date());
    return readPathwayDecision(db, input.upn);
  })();
}

function recordDecision(
  db: PlanDatabase,
  pupil: number,
  kind: DecisionKind,
  code: string,
  reason: string,
  now: Date,
): void {
  db.prepare(
    `INSERT INTO pathway_decisions (pupil_id, decision, decided_code, decision_reason, decided_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (pupil_id) DO UPDATE SET decision = excluded.decision,
       decided_code = excluded.decided_code, decision_reason = excluded.decision_reason,
       decided_at = excluded.decided_at`,
  ).run(pupil, kind, code, reason, now.toISOString());
  db.prepare('UPDATE pupils SET pathway_code = ? WHERE id = ?').run(code, pupil);
}
