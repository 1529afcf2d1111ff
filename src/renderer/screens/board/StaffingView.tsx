import { DndContext } from '@dnd-kit/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { BoardChangeView, BoardScreenView } from '../../../shared/contract/board';
import { categoriesShown } from './categories';
import { CategoryLegend } from './CategoryLegend';
import { useTeacherAssign } from './StaffingAssign';
import { StaffingAssignPanel } from './StaffingAssignPanel';
import { useTeacherChecks } from './StaffingChecks';
import { useStaffingDrag } from './StaffingDrag';
import { StaffingDragOverlay } from './StaffingDragOverlay';
import { StaffingGrid, type ChipHandlers } from './StaffingGrid';
import { groupsOnBoard, teachersOnBoard } from './StaffingLookups';
import { StaffingOutcome } from './StaffingOutcome';
import { StaffingUnstaffedStrip } from './StaffingUnstaffedStrip';
import { plural, targetText } from './StaffingWords';
import './staffing.css';

interface BoardViewProps {
  board: BoardScreenView;
  onChange: (change: BoardChangeView) => void;
}

/**
 * The staffing view of the board: the combing chart (teachers by block), where a group is
 * given to another teacher by dragging its chip or by choosing it and picking from a list.
 */
export function StaffingView({ board, onChange }: BoardViewProps) {
  if (board.scenario === null) {
    return (
      <p className="empty">
        There is no scenario yet. Build the option blocks first; their teachers are shown here.
      </p>
    );
  }
  return <StaffingChart board={board} scenario={board.scenario} onChange={onChange} />;
}

function StaffingChart({ board, scenario, onChange }: BoardViewProps & { scenario: string }) {
  const groups = useMemo(() => groupsOnBoard(board), [board]);
  const teachers = useMemo(() => teachersOnBoard(board), [board]);
  const { check, results } = useTeacherChecks(board, scenario);
  const { assign, outcome, clearOutcome, busy } = useTeacherAssign({
    scenario,
    groups,
    teachers,
    check,
    onChange,
  });
  // "Done: …" holds only while that change is the last one: an undo or another change ends it.
  const undoLabel = board.history.undoLabel;
  useEffect(() => {
    if (outcome?.kind === 'done' && outcome.text !== undoLabel) clearOutcome();
  }, [outcome, undoLabel, clearOutcome]);
  const drag = useStaffingDrag({
    groups,
    teachers,
    check,
    results,
    onDrop: (group, teacher) => void assign(group, teacher),
    onPickUp: clearOutcome,
  });
  const [selected, setSelected] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const selectedGroup = selected === null ? null : (groups.get(selected) ?? null);

  /** Back to the chip the list was for, so keyboard users carry on where they were. */
  function closePanel() {
    const label = selected;
    setSelected(null);
    if (label === null) return;
    root.current
      ?.querySelector<HTMLElement>(`.staffing-chip[data-group="${CSS.escape(label)}"]`)
      ?.focus();
  }

  async function assignFromList(label: string, teacher: string | null) {
    if (await assign(label, teacher)) {
      setSelected(null);
      outcomeRef.current?.focus();
    }
  }

  const chips: ChipHandlers = {
    selectedGroup: selected,
    disabled: busy,
    onSelect: (label) => setSelected((current) => (current === label ? null : label)),
  };
  const { staffing } = board;
  const overLoad = staffing.rows.filter((row) => row.overLoad).length;
  const hasDouble = [...groups.values()].some((group) => group.blocks.length > 1);
  const categories = categoriesShown([...groups.values()].map((group) => group.category));

  return (
    <div className="staffing-view" ref={root}>
      <DndContext {...drag.contextProps}>
        <div className="staffing-main">
          <div className="staffing-header">
            <ul className="staffing-summary" aria-label="Staffing at a glance">
              <li>{plural(staffing.rows.length, 'teacher')}</li>
              <li className={overLoad > 0 ? 'problem' : undefined}>
                {plural(overLoad, 'teacher')} over their load
              </li>
            </ul>
            <div className="staffing-legend">
              <CategoryLegend categories={categories} />
              {hasDouble && <p>×2 marks a double group: it is shown in each of its two blocks.</p>}
            </div>
          </div>
          <StaffingUnstaffedStrip
            unstaffed={staffing.unstaffed}
            groups={groups}
            verdict={drag.dragged ? drag.verdictFor(null) : null}
            chips={chips}
          />
          {staffing.rows.length === 0 ? (
            <p className="empty">
              This plan has no staff yet. Add teachers on the Courses and staff screen.
            </p>
          ) : (
            <StaffingGrid
              chart={staffing}
              groups={groups}
              dragged={drag.dragged}
              verdictFor={drag.verdictFor}
              chips={chips}
            />
          )}
        </div>
        <StaffingDragOverlay
          dragged={drag.dragged}
          over={drag.over}
          targetName={drag.over ? targetText(teachers, drag.over.teacher) : ''}
          verdict={drag.verdictFor(drag.over?.teacher ?? null)}
        />
      </DndContext>
      <aside className="staffing-side" aria-label="Reassigning teachers">
        <StaffingOutcome outcome={outcome} focusRef={outcomeRef} />
        {selectedGroup ? (
          <StaffingAssignPanel
            group={selectedGroup}
            rows={staffing.rows}
            results={results}
            check={check}
            busy={busy}
            onAssign={(label, teacher) => void assignFromList(label, teacher)}
            onClose={closePanel}
          />
        ) : (
          <p className="staffing-hint">
            Drag a group onto another teacher’s row to give it to them, or onto Unstaffed to take
            its teacher away. Or choose a group to see who can take it.
          </p>
        )}
      </aside>
    </div>
  );
}
