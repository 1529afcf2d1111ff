import type { Pupil } from '../model';
import type { Random } from '../random';
import { CHOICE_CLUSTERS } from '../synthetic/clusters';
import type { PlantedCourse } from './courses';

/**
 * How much each pupil wants each course: its popularity, tilted by the pupil's attainment and
 * by a leaning (science, humanities, arts, vocational, broad) drawn per pupil, so that choices
 * come in correlated clusters as in real cohorts.
 */
export function pupilPreferences(
  random: Random,
  pupils: readonly Pupil[],
  courses: readonly PlantedCourse[],
): number[][] {
  const byCluster = CHOICE_CLUSTERS.map((cluster) =>
    courses.map(
      (planted) =>
        cluster.byCourse[planted.course.code] ?? cluster.byCategory[planted.category] ?? 1,
    ),
  );
  return pupils.map((pupil) => {
    const band = pupil.priorAttainment.band;
    const gender = pupil.gender === 'F' || pupil.gender === 'M' ? pupil.gender : null;
    const cluster = random.weightedIndex(
      CHOICE_CLUSTERS.map(
        (c) => c.membership[band ?? 'unknown'] * (gender ? c.byGender[gender] : 1),
      ),
    );
    const tilt = byCluster[cluster] ?? [];
    return courses.map(
      (planted, i) =>
        planted.popularity * (tilt[i] ?? 1) * (band ? (planted.byBand[band] ?? 1) : 1),
    );
  });
}

/** Expected choices per course when each pupil makes `perPupil` picks by these weights. */
export function expectedDemand(preferences: readonly number[][], perPupil: number): number[] {
  const demand: number[] = [];
  for (const weights of preferences) {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total <= 0) continue;
    // A pupil picks each course at most once: cap its share at one pick.
    weights.forEach((w, i) => {
      demand[i] = (demand[i] ?? 0) + Math.min(1, (perPupil * w) / total);
    });
  }
  return demand;
}
