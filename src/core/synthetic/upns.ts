import type { Random } from '../random';
import { upnCheckLetter } from '../upn';

/** Local authority codes: the school's own and its neighbours', where some pupils started. */
const HOME_LA = '850';
const NEIGHBOUR_LAS = ['851', '852', '865', '868', '936'] as const;
const FEEDER_PRIMARIES = 9;
/** UPNs are allocated on entry to school: most of this cohort started in Reception in 2016. */
const ALLOCATION_YEARS = [
  { year: '15', weight: 18 },
  { year: '16', weight: 65 },
  { year: '17', weight: 5 },
  { year: '18', weight: 3 },
  { year: '19', weight: 3 },
  { year: '20', weight: 2 },
  { year: '21', weight: 2 },
  { year: '22', weight: 2 },
] as const;

/**
 * Makes distinct UPNs in the real format, most of them from a handful of feeder primaries of
 * the home authority, with correct check letters.
 */
export function upnSource(random: Random): () => string {
  const feeders = Array.from(
    { length: FEEDER_PRIMARIES },
    () => `${HOME_LA}${random.int(2000, 3999)}`,
  );
  const issued = new Set<string>();
  return () => {
    for (;;) {
      const school =
        random.next() < 0.85
          ? random.pick(feeders)
          : `${random.pick(NEIGHBOUR_LAS)}${random.int(2000, 3999)}`;
      const { year } = random.weightedPick(ALLOCATION_YEARS, (entry) => entry.weight);
      const digits = `${school}${year}${String(random.int(0, 999)).padStart(3, '0')}`;
      if (issued.has(digits)) continue;
      issued.add(digits);
      return `${upnCheckLetter(digits)}${digits}`;
    }
  };
}
