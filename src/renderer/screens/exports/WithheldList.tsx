import type { WithheldPupilView } from '../../../shared/contract/exports';
import { plural } from './export-words';

/** Pupils who will not be sent a letter, each with every reason in words. */
export function WithheldList({ pupils }: { pupils: readonly WithheldPupilView[] }) {
  if (pupils.length === 0) {
    return <p className="letters-all-settled">Every pupil&apos;s options are settled.</p>;
  }
  return (
    <section className="withheld" aria-label="Pupils not written to">
      <h3>
        {plural(pupils.length, 'pupil')} will not be sent a letter: their options are not settled
      </h3>
      <ul className="withheld-list">
        {pupils.map((pupil) => (
          <li key={pupil.upn}>
            <span className="withheld-name">
              {pupil.name} <span className="withheld-upn">{pupil.upn}</span>
            </span>
            <span className="withheld-reasons">{pupil.reasons.join('; ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
