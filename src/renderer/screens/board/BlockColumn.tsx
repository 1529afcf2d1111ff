import { useDroppable } from '@dnd-kit/core';
import type { BoardColumnView } from '../../../shared/contract/board';
import type { ColumnDropData } from './board-types';
import { groupsWord, pupilsWord } from './board-words';
import { GroupCard, type GroupCardActions } from './GroupCard';

/** How a column looks to the group being dragged. */
export type ColumnDropState = 'idle' | 'over' | 'refusing' | 'allowed';

function columnDropId(block: string): string {
  return `block:${block}`;
}

/** One block: its figures in the header and a card per group, and a drop target for groups. */
export function BlockColumn({
  column,
  dropState,
  busy,
  actions,
}: {
  column: BoardColumnView;
  dropState: ColumnDropState;
  busy: boolean;
  actions: GroupCardActions;
}) {
  const data: ColumnDropData = { kind: 'block', block: column.block };
  const { setNodeRef } = useDroppable({ id: columnDropId(column.block), data });
  const headingId = `block-heading-${column.block}`;
  return (
    <section
      ref={setNodeRef}
      className={`block-column drop-${dropState}`}
      aria-labelledby={headingId}
      data-block={column.block}
    >
      <header className="block-column-header">
        <h3 id={headingId}>Block {column.block}</h3>
        {/* In place of the figures, so the cards do not jump while a drag passes over. */}
        {dropState === 'refusing' ? (
          <p className="block-column-figures block-column-refusing">Cannot go here</p>
        ) : (
          <p className="block-column-figures">
            {pupilsWord(column.pupils)} · {groupsWord(column.groups)}
          </p>
        )}
      </header>
      {column.cards.length > 0 ? (
        <ul className="block-column-cards">
          {column.cards.map((card) => (
            <GroupCard
              key={card.group}
              card={card}
              column={column.block}
              busy={busy}
              actions={actions}
            />
          ))}
        </ul>
      ) : (
        <p className="block-column-empty">No groups in this block.</p>
      )}
    </section>
  );
}
