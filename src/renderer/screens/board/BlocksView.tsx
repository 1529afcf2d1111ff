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
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BoardCardView, BoardScreenView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import { blocksWords } from './board-words';
import { BlockColumn, type ColumnDropState } from './BlockColumn';
import { categoriesShown, cardColours } from './categories';
import { DropConsequences } from './DropConsequences';
import { sameBlocks } from './drop-target';
import { CardFace, GroupCard, type GroupCardActions } from './GroupCard';
import { GroupPanel } from './GroupPanel';
import { jumpBetweenTargets, pointerFirst } from './keyboard-targets';
import type { BoardScreenState } from './use-board';
import { blockOf, isCardDrag, useGroupDrag } from './use-group-drag';

/** A press must move this far before it becomes a drag, so that a click still opens a group. */
const DRAG_AFTER_PX = 6;

const SCREEN_READER_INSTRUCTIONS = {
  draggable:
    'To move this group to another block, press Space, use the left and right arrow keys to ' +
    'choose a block, then press Space to drop it there or Escape to leave it where it is. ' +
    'Press Enter to see its pupils.',
};

function cardWords(data: unknown): string {
  return isCardDrag(data) ? `group ${data.card.group} (${data.card.courseName})` : 'the item';
}

const ANNOUNCEMENTS: Announcements = {
  onDragStart: ({ active }) =>
    isCardDrag(active.data.current)
      ? `Picked up ${cardWords(active.data.current)} from ${blocksWords(active.data.current.card.blocks)}.`
      : undefined,
  onDragOver: ({ active, over }) => {
    const block = blockOf(over);
    return block === null
      ? `${cardWords(active.data.current)} is not over a block.`
      : `${cardWords(active.data.current)} is over block ${block}.`;
  },
  onDragEnd: ({ active, over }) => {
    const block = blockOf(over);
    return block === null
      ? `${cardWords(active.data.current)} was not dropped on a block, so it has not moved.`
      : `${cardWords(active.data.current)} was dropped on block ${block}.`;
  },
  onDragCancel: ({ active }) => `Move cancelled: ${cardWords(active.data.current)} has not moved.`,
};

/** The board itself: a column per block, groups as cards to drag between them. */
export function BlocksView({ board, state }: { board: BoardScreenView; state: BoardScreenState }) {
  const api = usePlannerApi();
  const busy = state.busy !== null;
  const { drag, message, setMessage, targetOf, outcomeFor, handlers } = useGroupDrag(
    board,
    state.runChange,
  );
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  // A refusal or note is about the board it was given on; a newer board makes it stale.
  useEffect(() => setMessage(null), [board, setMessage]);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: DRAG_AFTER_PX } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpBetweenTargets,
      // Enter opens the group, so only Space picks it up.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const { runChange } = state;
  const actions = useMemo<GroupCardActions>(
    () => ({
      onOpen: setOpenGroup,
      onRefuse: (text) => setMessage({ kind: 'note', text }),
      onTogglePin: (card: BoardCardView) =>
        void runChange(
          card.pinned ? `Unpinning ${card.group}…` : `Pinning ${card.group}…`,
          (name) => api.setGroupPinned({ scenario: name, group: card.group, pinned: !card.pinned }),
        ),
    }),
    [api, runChange, setMessage],
  );

  const target = drag?.over ? targetOf(drag.card, drag.over) : null;
  const outcome = drag?.over ? outcomeFor(drag.card, drag.over) : undefined;
  const dropStateOf = useCallback(
    (block: string): ColumnDropState => {
      if (!drag || !target || !target.includes(block) || sameBlocks(target, drag.card.blocks)) {
        return 'idle';
      }
      if (outcome === undefined) return 'over';
      return outcome.ok && outcome.preview.allowed ? 'allowed' : 'refusing';
    },
    [drag, outcome, target],
  );

  const allCards = [...board.columns.flatMap((column) => column.cards), ...board.unplaced];
  const categories = categoriesShown(allCards.map((card) => card.category));

  return (
    <div className="blocks-view">
      <DndContext
        sensors={sensors}
        collisionDetection={pointerFirst}
        accessibility={{
          announcements: ANNOUNCEMENTS,
          screenReaderInstructions: SCREEN_READER_INSTRUCTIONS,
        }}
        onDragStart={handlers.onDragStart}
        onDragOver={handlers.onDragOver}
        onDragEnd={(event) => void handlers.onDragEnd(event)}
        onDragCancel={handlers.onDragCancel}
      >
        <DropConsequences
          drag={drag}
          target={target}
          outcome={outcome}
          message={message}
          categories={categories}
          onDismiss={() => setMessage(null)}
        />
        <div
          className="board-columns"
          style={{ gridTemplateColumns: `repeat(${board.columns.length}, minmax(0, 1fr))` }}
        >
          {board.columns.map((column) => (
            <BlockColumn
              key={column.block}
              column={column}
              dropState={dropStateOf(column.block)}
              busy={busy}
              actions={actions}
            />
          ))}
        </div>
        {board.unplaced.length > 0 && (
          <section className="board-unplaced" aria-labelledby="unplaced-heading">
            <h3 id="unplaced-heading">In no block</h3>
            <p>
              These groups sit in no block of the plan (for example after a block was renamed). Drag
              each onto a block.
            </p>
            <ul className="block-column-cards">
              {board.unplaced.map((card) => (
                <GroupCard key={card.group} card={card} column="" busy={busy} actions={actions} />
              ))}
            </ul>
          </section>
        )}
        <DragOverlay dropAnimation={null}>
          {drag && (
            <div className="group-card drag-overlay" style={cardColours(drag.card.category)}>
              <div className="group-card-main">
                <CardFace card={drag.card} />
              </div>
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {openGroup !== null && (
        <GroupPanel
          key={openGroup}
          group={openGroup}
          board={board}
          state={state}
          onClose={() => setOpenGroup(null)}
        />
      )}
    </div>
  );
}
