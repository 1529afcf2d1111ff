import type { DemoPlanOptions } from '../shared/api';

/** A file name per pupils and seed, so each demo cohort keeps its own file. */
export function demoPlanFileName(options: DemoPlanOptions): string {
  const seed = String(options.seed).replace(/[^A-Za-z0-9_-]+/g, '_');
  return `Demo plan (${options.pupils} pupils, seed ${seed}).ks4`;
}
