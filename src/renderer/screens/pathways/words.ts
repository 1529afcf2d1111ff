import type { PathwayView } from '../../../shared/contract/pathways';

/** Small wording helpers shared by the pathways screen's sections. */

export const BAND_NAMES: Record<'L' | 'M' | 'H', string> = {
  L: 'Low prior attainment',
  M: 'Middle prior attainment',
  H: 'High prior attainment',
};

export const BANDS = ['L', 'M', 'H'] as const;

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? noun : plural}`;
}

/** "24 November 2026 at 09:12", in the user's local time. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${day} at ${time}`;
}

/** A p-value as a governor can read it: "p = 0.003", or "p < 0.001". */
export function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p.toFixed(3)}`;
}

/** "Supported route (SUPPORTED)", or the code alone when the plan has no such route. */
export function routeLabel(pathways: readonly PathwayView[], code: string | null): string {
  if (code === null) return 'No route';
  const route = pathways.find((pathway) => pathway.code.toUpperCase() === code.toUpperCase());
  return route ? route.name : code;
}

/** Who a route is meant for, from its bands: guidance, never a gate. */
export function bandsText(bands: readonly ('L' | 'M' | 'H')[]): string {
  if (bands.length === 0) return 'Open to every pupil, whatever their prior attainment.';
  const names = bands.map((band) => BAND_NAMES[band].toLowerCase());
  return `Meant for pupils with ${names.join(' or ')}.`;
}
