import type { ScenarioFiguresView } from '../../../shared/contract/scenarios';
import { FIGURE_ROWS, type FigureRow } from './compare-figures';
import { Difference } from './Difference';

/** The scenarios' figures side by side; each one after the baseline shows how far it moved. */
export function FiguresTable({ scenarios }: { scenarios: ScenarioFiguresView[] }) {
  const [baseline] = scenarios;
  if (!baseline) return null;
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption className="visually-hidden">
          Figures for each scenario, with the difference from {baseline.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {scenarios.map((scenario, index) => (
              <th scope="col" key={scenario.name}>
                {scenario.name}
                {index === 0 && <span className="baseline-note">Baseline</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FIGURE_ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {scenarios.map((scenario, index) => (
                <td key={scenario.name}>
                  <span className="figure">{scenario[row.key]}</span>
                  {row.outOf && <span className="of"> of {scenario[row.outOf]}</span>}
                  {index > 0 && (
                    <>
                      {' '}
                      <Difference
                        difference={scenario[row.key] - baseline[row.key]}
                        better={comparable(row, scenario, baseline) ? row.better : 'neither'}
                      />
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Whether more or fewer is better or worse here: when a what-if changed pupils' choices, the
 * choices asked for differ, so a figure out of a different total is only shown as moved.
 */
function comparable(
  row: FigureRow,
  scenario: ScenarioFiguresView,
  baseline: ScenarioFiguresView,
): boolean {
  return row.outOf === undefined || scenario[row.outOf] === baseline[row.outOf];
}
