import type { PupilDifferenceView } from '../../../shared/contract/scenarios';

interface Flag {
  key: string;
  badge: string;
  words: string;
}

function flagsOf({ flags }: PupilDifferenceView): Flag[] {
  const shown: Flag[] = [];
  if (flags.disadvantaged) shown.push({ key: 'pp', badge: 'PP', words: 'Disadvantaged' });
  if (flags.send) shown.push({ key: 'send', badge: 'SEN', words: 'Special educational needs' });
  if (flags.eal)
    shown.push({ key: 'eal', badge: 'EAL', words: 'English as an additional language' });
  return shown;
}

/**
 * A pupil's flags as the cohort screen shows them (PP, SEN, EAL); the comparison only says
 * whether a pupil has SEND, not which kind, so the cohort's own badges cannot be reused as
 * they are.
 */
export function DifferenceFlags({ pupil }: { pupil: PupilDifferenceView }) {
  const flags = flagsOf(pupil);
  if (flags.length === 0) return <span className="visually-hidden">No flags</span>;
  return (
    <span className="diff-flags">
      {flags.map((flag) => (
        <span key={flag.key} className={`diff-flag diff-flag-${flag.key}`} title={flag.words}>
          <span aria-hidden="true">{flag.badge}</span>
          <span className="visually-hidden">{flag.words}</span>
        </span>
      ))}
    </span>
  );
}
