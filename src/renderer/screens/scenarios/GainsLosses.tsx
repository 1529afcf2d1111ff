import type { ScenarioComparisonView } from '../../../shared/contract/scenarios';
import { countOf } from '../pathways/words';

/** Per scenario compared: how many pupils gain or lose a full timetable, and who loses it. */
export function GainsLosses({
  summary,
  baseline,
}: {
  summary: ScenarioComparisonView['summary'];
  baseline: string;
}) {
  if (summary.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="compare-table gains-table">
        <caption className="visually-hidden">
          Pupils who gain or lose all their choices compared with {baseline}
        </caption>
        <thead>
          <tr>
            <th scope="col">Scenario</th>
            <th scope="col">Now get all their choices</th>
            <th scope="col">No longer get all their choices</th>
            <th scope="col">Among those who lose</th>
          </tr>
        </thead>
        <tbody>
          {summary.map((entry) => (
            <tr key={entry.scenario}>
              <th scope="row">{entry.scenario}</th>
              <td>
                <span className={entry.gains > 0 ? 'difference better' : undefined}>
                  {countOf(entry.gains, 'pupil')}
                </span>
              </td>
              <td>
                <span className={entry.losses > 0 ? 'difference worse' : undefined}>
                  {countOf(entry.losses, 'pupil')}
                </span>
              </td>
              <td>
                {entry.lossesBy.filter((group) => group.pupils > 0).length === 0 ? (
                  <span className="muted">No one</span>
                ) : (
                  <ul className="losses-by">
                    {entry.lossesBy
                      .filter((group) => group.pupils > 0)
                      .map((group) => (
                        <li key={group.group}>
                          {group.group}: <strong>{group.pupils}</strong>
                        </li>
                      ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
