import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
} from '@dnd-kit/core';
import { useEffect, useRef, useState } from 'react';
import type {
  BoardScreenView,
  ChangeSummaryView,
  GroupDetailView,
} from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { isPupilDrag, parallelGroupOf, type GroupMemberView } from './board-types';
import { blocksWords } from './board-words';
import { GroupMembers } from './GroupMembers';
import { jumpBetweenTargets, pointerFirst } from './keyboard-targets';
import { MakeUpTable } from './MakeUpTable';
import { PupilMoveZones } from './PupilMoveZones';
import type { BoardScreenState } from './use-board';
import { usePupilDrag } from './use-pupil-drag';
import { useEscapeToClose } from './use-escape-to-close';

const DRAG_AFTER_PX = 6;

const pupilWords = (data: unknown) => (isPupilDrag(data) ? data.member.name : 'the pupil');

const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) => `Picked up ${pupilWords(active.data.current)}.`,
  onDragOver: ({ active, over }) => {
    const group = parallelGroupOf(over?.data.current);
    return group === null
      ? `${pupilWords(active.data.current)} is not over a group.`
      : `${pupilWords(active.data.current)} is over group ${group}.`;
  },
  onDragEnd: ({ active, over }) => {
    const group = parallelGroupOf(over?.data.current);
    return group === null
      ? `${pupilWords(active.data.current)} was not dropped on a group and has not moved.`
      : `${pupilWords(active.data.current)} was dropped on group ${group}.`;
  },
  onDragCancel: ({ active }) => `Move cancelled: ${pupilWords(active.data.current)} has not moved.`,
};

/**
 * A group opened from the board: its pupils with their flags and locks, the make-up of the
 * course's groups side by side, balancing them, and moving pupils between them. Loaded again
 * after every change to the board, so it never shows a group as it was.
 */
export function GroupPanel({
  group,
  board,
  state,
  onClose,
}: {
  group: string;
  board: BoardScreenView;
  state: BoardScreenState;
  onClose(): void;
}) {
  const api = usePlannerApi();
  const scenario = board.scenario ?? '';
  const [detail, setDetail] = useState<GroupDetailView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [balanced, setBalanced] = useState<ChangeSummaryView['pupilsMoved'] | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const busy = state.busy !== null;

  useEffect(() => {
    let current = true;
    void api.getGroup({ scenario, group }).then((result) => {
      if (!current) return;
      setFailure(result.ok ? null : result.error.message);
      if (result.ok) setDetail(result.value);
    });
    return () => {
      current = false;
    };
  }, [api, scenario, group, board]);

  useEffect(() => heading.current?.focus(), []);
  useEscapeToClose(onClose);

  const pupilDrag = usePupilDrag(scenario, detail?.courseCode ?? '', group, state.runChange);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_AFTER_PX } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: jumpBetweenTargets }),
  );

  async function balance(course: string) {
    let alreadyEven = false;
    const change = await state.runChange(
      `Balancing ${detail?.courseName ?? course}…`,
      async (name) => {
        const result = await api.balanceCourse({ scenario: name, course });
        alreadyEven = result.ok && result.value === null;
        return result;
      },
    );
    if (change) setBalanced(change.changes.pupilsMoved);
    else if (alreadyEven) setBalanced([]);
  }

  function toggleLock(member: GroupMemberView) {
    if (!detail) return;
    void state.runChange(
      member.locked ? `Unlocking ${member.name}…` : `Locking ${member.name}…`,
      (name) =>
        api.setPupilLocked({
          scenario: name,
          upn: member.upn,
          course: detail.courseCode,
          locked: !member.locked,
        }),
    );
  }

  return (
    <aside className="group-panel" aria-labelledby="group-panel-heading">
      <header className="group-panel-header">
        <div>
          <h3 id="group-panel-heading" ref={heading} tabIndex={-1}>
            {group}
            {detail && ` · ${detail.courseName}`}
          </h3>
          {detail && (
            <p className="group-panel-facts">
              {blocksWords(detail.blocks)} · {detail.teacher?.name ?? 'No teacher'} · {detail.size}/
              {detail.maxGroupSize} pupils{detail.pinned ? ' · pinned' : ''}
            </p>
          )}
        </div>
        <button type="button" className="button subtle" onClick={onClose}>
          Close
        </button>
      </header>
      {failure !== null && (
        <p className="group-panel-failure" role="alert">
          {group} could not be shown: {failure}
        </p>
      )}
      {detail && (
        <DndContext
          sensors={sensors}
          collisionDetection={pointerFirst}
          accessibility={{
            announcements: ANNOUNCEMENTS,
            screenReaderInstructions: {
              draggable:
                'To move this pupil to another group of the course, press Space, use the arrow ' +
                'keys to choose a group, then press Space to drop or Escape to cancel.',
            },
          }}
          onDragStart={pupilDrag.handlers.onDragStart}
          onDragOver={pupilDrag.handlers.onDragOver}
          onDragEnd={(event) => void pupilDrag.handlers.onDragEnd(event)}
          onDragCancel={pupilDrag.handlers.onDragCancel}
        >
          <div className="group-panel-body">
            <section aria-labelledby="members-heading" className="group-panel-members">
              <h4 id="members-heading">Pupils in {detail.group}</h4>
              <GroupMembers
                detail={detail}
                busy={busy}
                canMove={detail.parallel.length > 1}
                onToggleLock={toggleLock}
              />
            </section>
            <div className="group-panel-side">
              <section aria-labelledby="make-up-heading">
                <div className="group-panel-section-head">
                  <h4 id="make-up-heading">{detail.courseName} groups compared</h4>
                  {canBalance(detail) && (
                    <button
                      type="button"
                      className="button"
                      aria-disabled={busy || undefined}
                      onClick={() => void balance(detail.courseCode)}
                    >
                      Balance parallel groups
                    </button>
                  )}
                </div>
                <MakeUpTable groups={detail.parallel} current={detail.group} />
                {detail.parallel.length > 1 && !canBalance(detail) && (
                  <p className="balance-note">
                    Balancing moves pupils only between groups in the same blocks, so that no
                    timetable changes; no two {detail.courseName} groups share their blocks.
                  </p>
                )}
                {balanced && <BalanceOutcome moved={balanced} courseName={detail.courseName} />}
              </section>
              <PupilMoveZones
                detail={detail}
                drag={pupilDrag.drag}
                outcome={pupilDrag.outcome}
                refusal={pupilDrag.refusal}
                onDismissRefusal={pupilDrag.dismissRefusal}
              />
            </div>
          </div>
          <DragOverlay dropAnimation={null}>
            {pupilDrag.drag && <p className="pupil-drag-overlay">{pupilDrag.drag.member.name}</p>}
          </DragOverlay>
        </DndContext>
      )}
    </aside>
  );
}

/** Whether two of the course's groups sit in the same blocks, the only ones balancing evens out. */
function canBalance(detail: GroupDetailView): boolean {
  const placings = detail.parallel.map((group) => [...group.blocks].sort().join('+'));
  return placings.some((placing, index) => placings.indexOf(placing) !== index);
}

function BalanceOutcome({
  moved,
  courseName,
}: {
  moved: ChangeSummaryView['pupilsMoved'];
  courseName: string;
}) {
  if (moved.length === 0) {
    return (
      <p className="balance-outcome" role="status">
        The {courseName} groups were already as even as they can be: nobody moved.
      </p>
    );
  }
  return (
    <div className="balance-outcome" role="status">
      <p>Balanced: {moved.length === 1 ? '1 pupil moved' : `${moved.length} pupils moved`}.</p>
      <ul>
        {moved.map((move) => (
          <li key={`${move.upn}-${move.course}`}>
            {move.name}: {move.from} → {move.to}
          </li>
        ))}
      </ul>
    </div>
  );
}
