import type { ScenarioFiguresView } from '../../../shared/contract/scenarios';
import { percent } from '../pathways/words';
import { Difference } from './Difference';

const POINTS = { one: 'point', many: 'points' };

/** The share of each group of pupils with all their choices, scenario by scenario. */
export function SharesTable({ scenarios }: { scenarios: ScenarioFiguresView[] }) {
  const [baseline] = scenarios;
  if (!baseline) return null;
  const groups = [
    ...new Set(scenarios.flatMap((scenario) => scenario.fullySatisfiedBy.map((g) => g.group))),
  ];
  if (groups.length === 0) return <p className="muted">No groups of pupils to compare.</p>;
  const shareOf = (scenario: ScenarioFiguresView, group: string) =>
    scenario.fullySatisfiedBy.find((entry) => entry.group === group);

  return (
    <div className="table-scroll">
      <table className="compare-table shares-table">
        <caption className="visually-hidden">
          The share of each group of pupils with all their choices, with the difference from{' '}
          {baseline.name} in percentage points
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupils</th>
            {scenarios.map((scenario) => (
              <th scope="col" key={scenario.name}>
                {scenario.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => {
            const base = shareOf(baseline, group);
            return (
              <tr key={group}>
                <th scope="row">
                  {group}
                  {base && <span className="of"> ({base.pupils})</span>}
                </th>
                {scenarios.map((scenario, index) => {
                  const entry = shareOf(scenario, group);
                  if (!entry) return <td key={scenario.name}>–</td>;
                  return (
                    <td key={scenario.name}>
                      <span className="figure">{percent(entry.share)}</span>
                      {index > 0 && base && (
                        <>
                          {' '}
                          <Difference
                            difference={wholePercent(entry.share) - wholePercent(base.share)}
                            better="higher"
                            unit={POINTS}
                          />
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** As `percent` shows it, so that the difference agrees with the figures beside it. */
function wholePercent(share: number): number {
  return Math.round(share * 100);
}
