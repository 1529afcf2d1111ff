import { useDroppable } from '@dnd-kit/core';
import type { CombingChartView } from '../../../shared/contract/board';
import { StaffingChip } from './StaffingChip';
import {
  teacherTargetId,
  type CombingCellView,
  type CombingRowView,
  type StaffedGroup,
} from './StaffingLookups';
import { verdictShortText, type DropVerdict } from './StaffingVerdict';
import { listText, loadText, loadWords, plural } from './StaffingWords';

export interface ChipHandlers {
  selectedGroup: string | null;
  disabled: boolean;
  onSelect: (group: string) => void;
}

/** The combing chart: a row per teacher, a column per block, and each teacher's load. */
export function StaffingGrid({
  chart,
  groups,
  dragged,
  verdictFor,
  chips,
}: {
  chart: CombingChartView;
  groups: ReadonlyMap<string, StaffedGroup>;
  /** The group being dragged, if any. */
  dragged: StaffedGroup | null;
  /** What the chart says about dropping the dragged group on a teacher's row. */
  verdictFor: (teacher: string) => DropVerdict;
  chips: ChipHandlers;
}) {
  return (
    <table className="combing-chart" aria-label="Combing chart: each teacher’s groups by block">
      <thead>
        <tr>
          <th scope="col" className="combing-teacher-heading">
            Teacher
          </th>
          {chart.blocks.map((block) => (
            <th scope="col" key={block}>
              Block {block}
            </th>
          ))}
          <th scope="col" className="combing-load-heading">
            Load
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.rows.map((row) => (
          <StaffingRow
            key={row.code}
            row={row}
            groups={groups}
            dragged={dragged}
            verdictFor={verdictFor}
            chips={chips}
          />
        ))}
      </tbody>
    </table>
  );
}

function StaffingRow({
  row,
  groups,
  dragged,
  verdictFor,
  chips,
}: {
  row: CombingRowView;
  groups: ReadonlyMap<string, StaffedGroup>;
  dragged: StaffedGroup | null;
  verdictFor: (teacher: string) => DropVerdict;
  chips: ChipHandlers;
}) {
  const { setNodeRef, isOver } = useDroppable({
    id: teacherTargetId(row.code),
    data: { teacher: row.code },
  });
  const verdict = isOver && dragged ? verdictFor(row.code) : null;
  const classes = [
    'combing-row',
    verdict && 'staffing-drop-over',
    verdict && `staffing-drop-${verdict.kind}`,
  ];
  return (
    <tr ref={setNodeRef} className={classes.filter(Boolean).join(' ')} data-teacher={row.code}>
      <th scope="row" className="combing-teacher">
        <span className="combing-teacher-name">{row.name}</span>
        <span className="combing-teacher-code">{row.code}</span>
        {row.courses.length > 0 && (
          <span className="combing-teacher-courses" title={`Can teach ${listText(row.courses)}`}>
            {row.courses.join(', ')}
          </span>
        )}
      </th>
      {row.cells.map((cell) => (
        <StaffingCell
          key={cell.block}
          row={row}
          cell={cell}
          groups={groups}
          verdict={verdict && dragged?.blocks.includes(cell.block) ? verdict : null}
          chips={chips}
        />
      ))}
      <td className={row.overLoad ? 'combing-load over' : 'combing-load'} title={loadWords(row)}>
        <span aria-hidden="true">{loadText(row)}</span>
        <span className="visually-hidden">{loadWords(row)}</span>
        {row.overLoad && (
          <span className="combing-load-over" aria-hidden="true">
            over
          </span>
        )}
      </td>
    </tr>
  );
}

function StaffingCell({
  row,
  cell,
  groups,
  verdict,
  chips,
}: {
  row: CombingRowView;
  cell: CombingCellView;
  groups: ReadonlyMap<string, StaffedGroup>;
  /** Set on the cell in the dragged group's block while it is over this row. */
  verdict: DropVerdict | null;
  chips: ChipHandlers;
}) {
  const classes = [
    'combing-cell',
    cell.unavailable && 'unavailable',
    cell.clash && 'clash',
    cell.free && 'free',
    verdict && 'staffing-drop-cell',
  ];
  return (
    <td className={classes.filter(Boolean).join(' ')} data-block={cell.block}>
      {cell.clash && (
        <span className="combing-clash-note">Clash: {plural(cell.groups.length, 'group')}</span>
      )}
      {cell.unavailable && <span className="combing-unavailable-note">Unavailable</span>}
      {cell.groups.map((entry) => {
        const group = groups.get(entry.group) ?? {
          ...entry,
          blocks: [cell.block],
          teacher: { code: row.code, name: row.name },
        };
        return (
          <StaffingChip
            key={entry.group}
            id={`${row.code}|${cell.block}|${entry.group}`}
            group={group}
            selected={chips.selectedGroup === entry.group}
            disabled={chips.disabled}
            onSelect={chips.onSelect}
          />
        );
      })}
      {cell.free && !verdict && <span className="combing-free">free</span>}
      {verdict && (
        <span className="combing-verdict" aria-hidden="true">
          {verdictShortText(verdict)}
        </span>
      )}
    </td>
  );
}
