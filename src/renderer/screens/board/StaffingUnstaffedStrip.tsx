import { useDroppable } from '@dnd-kit/core';
import type { CombingChartView } from '../../../shared/contract/board';
import type { ChipHandlers } from './StaffingGrid';
import { StaffingChip } from './StaffingChip';
import { UNSTAFFED_TARGET_ID, type StaffedGroup } from './StaffingLookups';
import { verdictShortText, type DropVerdict } from './StaffingVerdict';
import { plural } from './StaffingWords';

/**
 * Groups without a teacher, above the chart: drag one onto a teacher's row to staff it, or
 * drop a staffed group here to take its teacher away.
 */
export function StaffingUnstaffedStrip({
  unstaffed,
  groups,
  verdict,
  chips,
}: {
  unstaffed: CombingChartView['unstaffed'];
  groups: ReadonlyMap<string, StaffedGroup>;
  /** Set while a staffed group is dragged over the strip. */
  verdict: DropVerdict | null;
  chips: ChipHandlers;
}) {
  const { setNodeRef, isOver } = useDroppable({
    id: UNSTAFFED_TARGET_ID,
    data: { teacher: null },
  });
  const classes = [
    'staffing-unstaffed',
    unstaffed.length > 0 && 'has-groups',
    isOver && verdict && `staffing-drop-over staffing-drop-${verdict.kind}`,
  ];
  return (
    <section
      ref={setNodeRef}
      className={classes.filter(Boolean).join(' ')}
      aria-labelledby="unstaffed-heading"
    >
      <h3 id="unstaffed-heading">
        Unstaffed{' '}
        <span className="staffing-unstaffed-count">
          {unstaffed.length === 0 ? 'none' : plural(unstaffed.length, 'group')}
        </span>
      </h3>
      <div className="staffing-unstaffed-chips">
        {unstaffed.length === 0 && (
          <p className="staffing-unstaffed-empty">
            Every group has a teacher. Drop a group here to take its teacher away.
          </p>
        )}
        {unstaffed.map((entry) => {
          const group = groups.get(entry.group) ?? { ...entry, category: null, teacher: null };
          return (
            <StaffingChip
              key={entry.group}
              id={`unstaffed|${entry.group}`}
              group={group}
              selected={chips.selectedGroup === entry.group}
              disabled={chips.disabled}
              onSelect={chips.onSelect}
            />
          );
        })}
        {isOver && verdict && (
          <span className="combing-verdict" aria-hidden="true">
            {verdictShortText(verdict)}
          </span>
        )}
      </div>
    </section>
  );
}
