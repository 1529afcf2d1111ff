/**
 * Reads the completion times of form submissions well enough to tell which came later.
 * Forms write dates day-first (UK) or month-first (US, e.g. "1/27/26 8:05:11"); the order is
 * worked out from the whole column, because a single "3/4/26" cannot tell.
 */

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const SLASHED =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

type Order = 'day-first' | 'month-first';

/** Returns a reader that turns a cell of this column into a comparable number, or null. */
export function timestampReader(column: readonly string[]): (text: string) => number | null {
  const order = dateOrder(column);
  return (text) => readTimestamp(text.trim(), order);
}

function dateOrder(column: readonly string[]): Order | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of column) {
    const match = SLASHED.exec(text.trim());
    if (!match) continue;
    if (Number(match[1]) > 12) dayFirst = true;
    if (Number(match[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return null;
  return monthFirst ? 'month-first' : 'day-first';
}

function readTimestamp(text: string, order: Order | null): number | null {
  const iso = ISO.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    const local = utc(Number(year), Number(month), Number(day), hour, minute, second);
    return local === null ? null : local - zoneOffsetMs(zone);
  }
  const slashed = SLASHED.exec(text);
  if (!slashed || order === null) return null;
  const [, first, second, yearText, hour, minute, seconds, meridiem] = slashed;
  const [day, month] = order === 'day-first' ? [first, second] : [second, first];
  const year = yearText?.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  let hours = hour;
  if (hour !== undefined && meridiem) {
    const pm = meridiem.toLowerCase().startsWith('p');
    hours = String((Number(hour) % 12) + (pm ? 12 : 0));
  }
  return utc(year, Number(month), Number(day), hours, minute, seconds);
}

function utc(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return Date.UTC(
    year,
    month - 1,
    day,
    Number(hour ?? 0),
    Number(minute ?? 0),
    Number(second ?? 0),
  );
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}
