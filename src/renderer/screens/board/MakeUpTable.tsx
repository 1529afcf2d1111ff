import { Fragment } from 'react';
import type { GroupDetailView } from '../../../shared/contract/board';

type MakeUp = GroupDetailView['parallel'][number];

interface Part {
  key: string;
  /** Short, for the cell: "G", "H". */
  short: string;
  /** In words, for screen readers and the tooltip: "girls", "high prior attainment". */
  words: string;
}

const GENDERS: Record<string, Omit<Part, 'key'>> = {
  F: { short: 'G', words: 'girls' },
  M: { short: 'B', words: 'boys' },
};
const BANDS: Record<string, Omit<Part, 'key'>> = {
  H: { short: 'H', words: 'high prior attainment' },
  M: { short: 'M', words: 'middle prior attainment' },
  L: { short: 'L', words: 'low prior attainment' },
};

/** Any other value as it is, shortened for the cell: "Not recorded" becomes "NR". */
function otherPart(key: string): Omit<Part, 'key'> {
  if (key === '') return { short: '?', words: 'not known' };
  const initials = key
    .split(/\s+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
  return { short: initials, words: key.toLowerCase() };
}

/** Every key any of the groups uses, the known ones first in their usual order. */
function partsOf(
  records: Record<string, number>[],
  known: Record<string, Omit<Part, 'key'>>,
): Part[] {
  const order = Object.keys(known);
  const keys = new Set([...order, ...records.flatMap((record) => Object.keys(record))]);
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...keys]
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((key) => ({ key, ...(known[key] ?? otherPart(key)) }));
}

/**
 * The course's parallel groups side by side: size, the gender balance and the prior-attainment
 * spread as stacked bars with their counts, and flagged pupils.
 */
export function MakeUpTable({ groups, current }: { groups: MakeUp[]; current: string }) {
  const genders = partsOf(
    groups.map((group) => group.byGender),
    GENDERS,
  );
  const bands = partsOf(
    groups.map((group) => group.byPriorAttainment),
    BANDS,
  );
  return (
    <table className="make-up-table" aria-label="Make-up of each group of the course">
      <thead>
        <tr>
          <td />
          {groups.map((group) => (
            <th key={group.group} scope="col" aria-current={group.group === current || undefined}>
              {group.group}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Pupils</th>
          {groups.map((group) => (
            <td
              key={group.group}
              className={group.size > group.maxGroupSize ? 'over-limit' : undefined}
            >
              {group.size} of {group.maxGroupSize}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Gender</th>
          {groups.map((group) => (
            <td key={group.group}>
              <StackedCounts parts={genders} counts={group.byGender} size={group.size} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Prior attainment</th>
          {groups.map((group) => (
            <td key={group.group}>
              <StackedCounts parts={bands} counts={group.byPriorAttainment} size={group.size} />
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Flags</th>
          {groups.map((group) => (
            <td key={group.group} className="make-up-flags">
              <span title="Disadvantaged">PP {group.disadvantaged}</span>
              <span title="Special educational needs">SEN {group.send}</span>
              <span title="English as an additional language">EAL {group.eal}</span>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** "G 4 · B 6" over a bar split in the same proportions; the parts with nobody are left out. */
function StackedCounts({
  parts,
  counts,
  size,
}: {
  parts: Part[];
  counts: Record<string, number>;
  size: number;
}) {
  const present = parts.filter((part) => (counts[part.key] ?? 0) > 0);
  const words = present.map((part) => `${counts[part.key] ?? 0} ${part.words}`).join(', ');
  return (
    <span className="stacked" title={words}>
      <span className="stacked-counts" aria-hidden="true">
        {present.length === 0
          ? '–'
          : present.map((part, index) => (
              <Fragment key={part.key}>
                {index > 0 && ' · '}
                <span className="stacked-count">
                  {part.short} {counts[part.key] ?? 0}
                </span>
              </Fragment>
            ))}
      </span>
      <span className="visually-hidden">{words || 'nobody'}</span>
      <span className="stacked-bar" aria-hidden="true">
        {present.map((part, index) => (
          <span
            key={part.key}
            className={`stacked-part part-${index}`}
            style={{ width: `${size === 0 ? 0 : (100 * (counts[part.key] ?? 0)) / size}%` }}
          />
        ))}
      </span>
    </span>
  );
}
