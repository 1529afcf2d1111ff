import type { FairnessFlag } from '../../../core/fairness/types';
import type { PupilDecisionView } from '../../../shared/contract/pathways';
import { BAND_NAMES, countOf, percent, pText } from './words';

const CAUSES = {
  'not-offered': 'the plan offers no such course',
  'route-forbids': 'their route leaves no room for one',
  'not-given': 'they chose one but the blocks did not give it',
  'not-chosen': 'they did not choose one',
} as const;

interface FlagListProps {
  flags: FairnessFlag[];
  decisions: PupilDecisionView[];
}

/** The report's flags, concerns then notes, each with the figures behind it. */
export function FlagList({ flags, decisions }: FlagListProps) {
  const names = new Map(decisions.map((row) => [row.upn, row.name]));
  if (flags.length === 0) {
    return (
      <p className="fairness-clear">
        Nothing to flag: no group is placed on lower routes more often than other pupils with the
        same prior attainment, by more than the thresholds below.
      </p>
    );
  }
  return (
    <ol className="fairness-flags">
      {flags.map((flag, index) => (
        <li key={index} className={`fairness-flag ${flag.severity}`}>
          <p className="flag-heading">
            <span className={`badge ${flag.severity}`}>
              {flag.severity === 'concern' ? 'Concern' : 'Note'}
            </span>
            <span>{flag.message}</span>
          </p>
          <FlagFigures flag={flag} />
          {flag.upns.length > 0 && (
            <details className="flag-pupils">
              <summary>The {countOf(flag.upns.length, 'pupil')} concerned</summary>
              <p>{flag.upns.map((upn) => `${names.get(upn) ?? upn} (${upn})`).join(', ')}</p>
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

function FlagFigures({ flag }: { flag: FairnessFlag }) {
  if (flag.kind === 'differential-ambition') {
    return (
      <div className="table-scroll">
        <table className="pathways-table flag-figures">
          <caption>
            On a lower route, by prior attainment: {flag.group} against the rest of the band
          </caption>
          <thead>
            <tr>
              <th scope="col">Prior attainment</th>
              <th scope="col">{flag.group}</th>
              <th scope="col">The rest</th>
              <th scope="col">Gap</th>
              <th scope="col">Chance of a gap this size</th>
            </tr>
          </thead>
          <tbody>
            {flag.bands.map((band) => (
              <tr key={band.band}>
                <th scope="row">{BAND_NAMES[band.band]}</th>
                <td>
                  {band.group.onLowerRoute} of {band.group.pupils} ({percent(band.group.share)})
                </td>
                <td>
                  {band.rest.onLowerRoute} of {band.rest.pupils} ({percent(band.rest.share)})
                </td>
                <td>{Math.round(band.gapPoints)} points</td>
                <td>{band.pValue === null ? '–' : pText(band.pValue)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {flag.band === null ? 'All bands, allowing for band' : 'This band'}
              </th>
              <td>
                {flag.groupFigures.onLowerRoute} of {flag.groupFigures.pupils}
              </td>
              <td>
                {flag.restFigures.onLowerRoute} of {flag.restFigures.pupils}
              </td>
              <td>{Math.round(flag.gapPoints)} points</td>
              <td>{pText(flag.pValue)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    );
  }
  if (flag.kind === 'gender-stereotyped-route') {
    return (
      <p className="flag-figures-text">
        On the {flag.routeName}: {flag.genderOnRoute} of {flag.routePupils} pupils are recorded as{' '}
        {flag.gender} ({percent(flag.routeShare)}), against {flag.genderInCohort} of{' '}
        {flag.cohortPupils} in the year group ({percent(flag.cohortShare)}): a gap of{' '}
        {Math.round(flag.gapPoints)} points ({pText(flag.pValue)}).
      </p>
    );
  }
  const causes = (Object.keys(CAUSES) as (keyof typeof CAUSES)[]).filter(
    (cause) => flag.counts[cause] > 0,
  );
  return (
    <div className="flag-figures-text">
      <p>
        Of {countOf(flag.pupilsInBands, 'pupil')} in the bands concerned, without {flag.label} (
        {flag.offerFrom === 'placements' ? 'from the blocks built' : 'from their choices'}):
      </p>
      <ul>
        {causes.map((cause) => (
          <li key={cause}>
            {flag.counts[cause]}: {CAUSES[cause]}
          </li>
        ))}
      </ul>
    </div>
  );
}
