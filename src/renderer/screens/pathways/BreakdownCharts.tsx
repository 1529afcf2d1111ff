import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Breakdown, BreakdownGroup } from '../../../core/fairness/types';
import { percent } from './words';

/** SVG fills take colours, not CSS variables: the first matches --accent in styles.css. */
const ROUTE_COLOURS = ['#1f4e8c', '#6f9fd8', '#c2620c', '#2e7d4f', '#8a5cb8', '#b03a48'];
const NO_ROUTE_COLOUR = '#b8bfc8';
const SATISFACTION_COLOURS = { first: '#1f4e8c', full: '#6f9fd8', reserve: '#c2620c' };
const GRID = '#e3e7ed';
const ROW_HEIGHT = 34;

type Row = Record<string, string | number>;

const toPercent = (share: number) => Math.round(share * 1000) / 10;
const axisPercent = (value: number) => `${value}%`;

function legendText(value: string) {
  return <span className="chart-legend-text">{value}</span>;
}

/** Horizontal percentage bars, one row per group; the bars themselves are the children. */
function PercentBars({ rows, children }: { rows: Row[]; children: ReactNode }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke={GRID} />
        <XAxis
          type="number"
          domain={[0, 100]}
          tickFormatter={axisPercent}
          tick={{ fontSize: 12 }}
        />
        <YAxis type="category" dataKey="label" width={200} interval={0} tick={{ fontSize: 13 }} />
        <Tooltip formatter={(value) => `${String(value)}%`} />
        <Legend verticalAlign="top" height={30} formatter={legendText} itemSorter={null} />
        {children}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Share of each group on each route, as stacked bars, with the same figures as a table. */
export function RouteTakeUpChart({ breakdown }: { breakdown: Breakdown }) {
  const routes = breakdown.groups[0]?.routes ?? [];
  const rows: Row[] = breakdown.groups.map((group) => ({
    label: `${group.label} (${group.pupils})`,
    ...Object.fromEntries(group.routes.map((route) => [route.code, toPercent(route.share)])),
    noRoute: toPercent(group.noRoute.share),
  }));
  return (
    <figure className="fairness-chart" aria-labelledby={`takeup-${breakdown.dimension}`}>
      <figcaption id={`takeup-${breakdown.dimension}`}>
        {breakdown.title}: the share of each group on each route
      </figcaption>
      <div aria-hidden="true" style={{ height: rows.length * ROW_HEIGHT + 70 }}>
        <PercentBars rows={rows}>
          {routes.map((route, index) => (
            <Bar
              key={route.code}
              dataKey={route.code}
              name={route.name}
              stackId="routes"
              fill={ROUTE_COLOURS[index % ROUTE_COLOURS.length]}
              isAnimationActive={false}
            />
          ))}
          <Bar
            dataKey="noRoute"
            name="No route"
            stackId="routes"
            fill={NO_ROUTE_COLOUR}
            isAnimationActive={false}
          />
        </PercentBars>
      </div>
      <details className="chart-table">
        <summary>The figures as a table</summary>
        <TakeUpTable breakdown={breakdown} />
      </details>
    </figure>
  );
}

function countCell(count: number, share: number) {
  return `${count} (${percent(share)})`;
}

function TakeUpTable({ breakdown }: { breakdown: Breakdown }) {
  const routes = breakdown.groups[0]?.routes ?? [];
  return (
    <div className="table-scroll">
      <table className="pathways-table">
        <thead>
          <tr>
            <th scope="col">{breakdown.title}</th>
            <th scope="col">Pupils</th>
            {routes.map((route) => (
              <th scope="col" key={route.code}>
                {route.name}
              </th>
            ))}
            <th scope="col">No route</th>
            <th scope="col">On a lower route</th>
          </tr>
        </thead>
        <tbody>
          {breakdown.groups.map((group) => (
            <tr key={group.key}>
              <th scope="row">{group.label}</th>
              <td>{group.pupils}</td>
              {group.routes.map((route) => (
                <td key={route.code}>{countCell(route.count, route.share)}</td>
              ))}
              <td>{countCell(group.noRoute.count, group.noRoute.share)}</td>
              <td>{countCell(group.lowerRoute.count, group.lowerRoute.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Satisfied = BreakdownGroup & { satisfaction: NonNullable<BreakdownGroup['satisfaction']> };

/** How each group fared in the blocks built: first choice met, every choice met, reserves. */
export function SatisfactionChart({ breakdown }: { breakdown: Breakdown }) {
  const groups = breakdown.groups.filter(
    (group): group is Satisfied => group.satisfaction !== null,
  );
  if (groups.length === 0) return null;
  const rows: Row[] = groups.map((group) => ({
    label: `${group.label} (${group.satisfaction.pupilsWithChoices})`,
    first: toPercent(group.satisfaction.firstChoiceMet.share),
    full: toPercent(group.satisfaction.fullySatisfied.share),
    reserve: toPercent(group.satisfaction.reservesUsed.share),
  }));
  return (
    <figure className="fairness-chart" aria-labelledby={`satisfaction-${breakdown.dimension}`}>
      <figcaption id={`satisfaction-${breakdown.dimension}`}>
        {breakdown.title}: how the blocks built served each group
      </figcaption>
      <div aria-hidden="true" style={{ height: rows.length * ROW_HEIGHT * 1.6 + 70 }}>
        <PercentBars rows={rows}>
          <Bar
            dataKey="first"
            name="First choice met"
            fill={SATISFACTION_COLOURS.first}
            isAnimationActive={false}
          />
          <Bar
            dataKey="full"
            name="Every choice met"
            fill={SATISFACTION_COLOURS.full}
            isAnimationActive={false}
          />
          <Bar
            dataKey="reserve"
            name="Given a reserve"
            fill={SATISFACTION_COLOURS.reserve}
            isAnimationActive={false}
          />
        </PercentBars>
      </div>
      <details className="chart-table">
        <summary>The figures as a table</summary>
        <div className="table-scroll">
          <table className="pathways-table">
            <thead>
              <tr>
                <th scope="col">{breakdown.title}</th>
                <th scope="col">Pupils with choices</th>
                <th scope="col">First choice met</th>
                <th scope="col">Every choice met</th>
                <th scope="col">Given a reserve</th>
              </tr>
            </thead>
            <tbody>
              {groups.map(({ key, label, satisfaction }) => (
                <tr key={key}>
                  <th scope="row">{label}</th>
                  <td>{satisfaction.pupilsWithChoices}</td>
                  <td>
                    {countCell(
                      satisfaction.firstChoiceMet.count,
                      satisfaction.firstChoiceMet.share,
                    )}
                  </td>
                  <td>
                    {countCell(
                      satisfaction.fullySatisfied.count,
                      satisfaction.fullySatisfied.share,
                    )}
                  </td>
                  <td>
                    {countCell(satisfaction.reservesUsed.count, satisfaction.reservesUsed.share)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
