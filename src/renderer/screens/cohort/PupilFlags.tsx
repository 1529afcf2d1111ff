import type { CohortPupilView } from '../../../shared/contract/cohort';

export const SEND_WORDS: Record<CohortPupilView['send'], string> = {
  N: 'No SEND',
  K: 'SEN support',
  E: 'EHC plan',
};

export const BAND_WORDS: Record<'L' | 'M' | 'H', string> = {
  L: 'Low',
  M: 'Middle',
  H: 'High',
};

interface Flag {
  key: string;
  badge: string;
  words: string;
}

function flagsOf(pupil: CohortPupilView): Flag[] {
  const flags: Flag[] = [];
  if (pupil.disadvantaged) flags.push({ key: 'pp', badge: 'PP', words: 'Disadvantaged' });
  if (pupil.send !== 'N') {
    flags.push({
      key: 'send',
      badge: pupil.send === 'E' ? 'EHCP' : 'SEN',
      words: SEND_WORDS[pupil.send],
    });
  }
  if (pupil.eal)
    flags.push({ key: 'eal', badge: 'EAL', words: 'English as an additional language' });
  return flags;
}

/** Compact badges for the pupil's flags; each carries its meaning in words for screen readers. */
export function PupilFlags({ pupil }: { pupil: CohortPupilView }) {
  const flags = flagsOf(pupil);
  if (flags.length === 0) return <span className="visually-hidden">No flags</span>;
  return (
    <span className="flags">
      {flags.map((flag) => (
        <span key={flag.key} className={`flag flag-${flag.key}`} title={flag.words}>
          <span aria-hidden="true">{flag.badge}</span>
          <span className="visually-hidden">{flag.words}</span>
        </span>
      ))}
    </span>
  );
}

/** "104.5 (Middle)", "Band High", or "Not known". */
export function priorAttainmentText(pupil: CohortPupilView): string {
  const { score, band } = pupil.priorAttainment;
  if (score !== null && band !== null) return `${score} (${BAND_WORDS[band]})`;
  if (score !== null) return String(score);
  if (band !== null) return `Band ${BAND_WORDS[band]}`;
  return 'Not known';
}

export function pupilName(pupil: Pick<CohortPupilView, 'forename' | 'surname'>): string {
  return `${pupil.forename} ${pupil.surname}`;
}
