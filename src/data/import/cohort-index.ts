import { distance } from 'fastest-levenshtein';
import { codeKey, nameTokens } from './keys';

export interface CohortPupil {
  upn: string;
  forename: string;
  surname: string;
  form: string | null;
}

/**
 * Finds cohort pupils by UPN or by the name a pupil typed into a form. Names match in either
 * order ("Jack Ünal", "Ünal, Jack"), ignoring case, accents and punctuation.
 */
export class CohortIndex {
  private readonly upns = new Map<string, CohortPupil>();
  private readonly names = new Map<string, CohortPupil[]>();

  constructor(pupils: Iterable<CohortPupil>) {
    for (const pupil of pupils) this.upns.set(codeKey(pupil.upn), pupil);
    for (const pupil of this.upns.values()) {
      const forename = nameTokens(pupil.forename);
      const surname = nameTokens(pupil.surname);
      const keys = new Set([
        [...forename, ...surname].join(' '),
        [...surname, ...forename].join(' '),
      ]);
      for (const key of keys) this.names.set(key, [...(this.names.get(key) ?? []), pupil]);
    }
  }

  byUpn(upn: string): CohortPupil | undefined {
    return this.upns.get(codeKey(upn));
  }

  /** Every pupil with this name (none, one, or several who share it). */
  byName(typed: string): CohortPupil[] {
    return this.names.get(nameTokens(typed).join(' ')) ?? [];
  }

  /** The pupil whose name is nearest to a name that matched nobody, if it is a likely typo. */
  closestName(typed: string): CohortPupil | null {
    const key = nameTokens(typed).join(' ');
    const allowed = Math.max(1, Math.floor(key.length / 5));
    let best: CohortPupil | null = null;
    let bestDistance = Infinity;
    for (const [candidate, pupils] of this.names) {
      // The length difference is a lower bound on the distance: skip hopeless candidates cheaply.
      if (Math.abs(candidate.length - key.length) > allowed) continue;
      const d = distance(key, candidate);
      if (d <= allowed && d < bestDistance && pupils.length === 1 && pupils[0]) {
        best = pupils[0];
        bestDistance = d;
      }
    }
    return best;
  }
}

/** The name in an address like "jack.hughes2@school.sch.uk": "jack hughes"; null if none. */
export function nameFromEmail(email: string): string | null {
  const local = email.split('@')[0] ?? '';
  const words = local
    .split(/[._-]+/)
    .map((word) => word.replace(/\d+/g, ''))
    .filter((word) => word.length > 1);
  return words.length >= 2 ? words.join(' ') : null;
}

/** "A800000000000 (9A)" */
export function describePupil(pupil: CohortPupil): string {
  return pupil.form ? `${pupil.upn} (${pupil.form})` : pupil.upn;
}
