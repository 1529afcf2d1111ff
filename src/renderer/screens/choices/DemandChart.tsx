import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AnalysedCourseView } from '../../../shared/contract/analysis';

/** SVG fills take colours, not CSS variables: these match --accent and its tints in styles.css. */
const COLOURS = { first: '#1f4e8c', other: '#8fb0dc', reserve: '#c2620c', grid: '#e3e7ed' };
const ROW_HEIGHT = 30;
const LONGEST_NAME = 30;

interface ChartRow {
  code: string;
  name: string;
  first: number;
  other: number;
  reserve: number;
  total: number;
  groupsNeeded: number;
  label: string;
}

/** Horizontal bars, so that every course name can be read: choices stacked, reserves beside. */
export function DemandChart({ courses }: { courses: AnalysedCourseView[] }) {
  const rows: ChartRow[] = courses.map((course) => ({
    code: course.code,
    name: course.name,
    first: course.firstChoice,
    other: course.total - course.firstChoice,
    reserve: course.reserve,
    total: course.total,
    groupsNeeded: course.groupsNeeded,
    label: `${course.total} · ${groupsText(course.groupsNeeded)}`,
  }));
  const height = rows.length * ROW_HEIGHT + 80;
  return (
    <figure className="demand-chart" aria-label="Demand per course, as a bar chart">
      {/* The table view carries the same figures for screen readers. */}
      <div aria-hidden="true" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 120, bottom: 4, left: 8 }}
            barCategoryGap={6}
            barGap={1}
          >
            <CartesianGrid horizontal={false} stroke={COLOURS.grid} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis
              type="category"
              dataKey="name"
              width={230}
              interval={0}
              tick={{ fontSize: 13 }}
              tickFormatter={shortName}
            />
            <Tooltip content={DemandTooltip} cursor={{ fill: '#eef1f5' }} />
            <Legend verticalAlign="top" height={32} formatter={legendText} />
            <Bar
              dataKey="first"
              name="First choices"
              stackId="choices"
              fill={COLOURS.first}
              isAnimationActive={false}
            />
            <Bar
              dataKey="other"
              name="Other choices"
              stackId="choices"
              fill={COLOURS.other}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" position="right" fontSize={12} fill="#1d2530" />
            </Bar>
            <Bar
              dataKey="reserve"
              name="Reserves"
              fill={COLOURS.reserve}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Only what the tooltip reads of recharts' props, so any chart's tooltip props fit. */
interface TooltipProps {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
}

function DemandTooltip({ active, payload }: TooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">
        {row.name} ({row.code})
      </p>
      <p>
        {row.total} chose it: {row.first} as first choice, {row.other} lower down
      </p>
      <p>{row.reserve} named it as a reserve</p>
      <p>{groupsText(row.groupsNeeded)} needed</p>
    </div>
  );
}

/** Legend entries in the text colour: the series' own colours are too pale to read as text. */
function legendText(value: string) {
  return <span className="chart-legend-text">{value}</span>;
}

function groupsText(count: number): string {
  return `${count} group${count === 1 ? '' : 's'}`;
}

function shortName(name: string): string {
  return name.length > LONGEST_NAME ? `${name.slice(0, LONGEST_NAME - 1).trimEnd()}…` : name;
}
