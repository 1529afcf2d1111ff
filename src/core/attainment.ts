import type { AttainmentBand } from './model';

/**
 * Bands used by the DfE for KS4 prior attainment from the KS2 average scaled
 * score: below the expected standard (under 100) is low, 110 and over is high.
 */
export const DEFAULT_BAND_THRESHOLDS = { middleFrom: 100, highFrom: 110 } as const;

export interface BandThresholds {
  middleFrom: number;
  highFrom: number;
}

export function bandFromScore(
  score: number,
  thresholds: BandThresholds = DEFAULT_BAND_THRESHOLDS,
): AttainmentBand {
  if (score >= thresholds.highFrom) return 'H';
  if (score >= thresholds.middleFrom) return 'M';
  return 'L';
}
