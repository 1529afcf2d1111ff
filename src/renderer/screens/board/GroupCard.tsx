import { useDraggable } from '@dnd-kit/core';
import type { KeyboardEvent } from 'react';
import type { BoardCardView } from '../../../shared/contract/board';
import type { CardDragData } from './board-types';
import { blocksShort, blocksWords } from './board-words';
import { cardColours } from './categories';
import { LockIcon, PinIcon } from './icons';

export interface GroupCardActions {
  onOpen(group: string): void;
  onTogglePin(card: BoardCardView): void;
  /** Says why a pinned group did not move when someone tries to pick it up. */
  onRefuse(message: string): void;
}

function cardDragId(card: BoardCardView, column: string): string {
  return `group:${card.group}@${column}`;
}

function pinnedMessage(card: BoardCardView): string {
  return `${card.group} is pinned to ${blocksWords(card.blocks)}, so it cannot be moved. Unpin it first.`;
}

/** Everything the card shows, in words, for screen readers. */
function cardDescription(card: BoardCardView): string {
  return [
    `${card.group}, ${card.courseName}`,
    card.spansTwoBlocks ? `double group in ${blocksWords(card.blocks)}` : blocksWords(card.blocks),
    card.teacher ? `taught by ${card.teacher.name}` : 'no teacher',
    `${card.size} of ${card.maxGroupSize} pupils${card.overLimit ? ', over the limit' : ''}`,
    card.lockedPupils > 0 ? `${card.lockedPupils} locked` : '',
    card.pinned ? 'pinned' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * One group on the board. The card's main button picks it up (drag, or Space) and opens the
 * group (click, or Enter); the pin button beside it holds the group where it is.
 */
export function GroupCard({
  card,
  column,
  busy,
  actions,
}: {
  card: BoardCardView;
  column: string;
  busy: boolean;
  actions: GroupCardActions;
}) {
  const data: CardDragData = { kind: 'group', card, from: column };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: cardDragId(card, column),
    data,
    disabled: card.pinned || busy,
  });
  const style = cardColours(card.category);

  function refuseIfPinned(event: KeyboardEvent<HTMLButtonElement>) {
    if (card.pinned && event.key === ' ') {
      event.preventDefault();
      actions.onRefuse(pinnedMessage(card));
    }
  }

  return (
    <li
      ref={setNodeRef}
      className={`group-card${isDragging ? ' is-dragging' : ''}${card.pinned ? ' is-pinned' : ''}`}
      style={style}
      data-group={card.group}
    >
      <button
        ref={setActivatorNodeRef}
        {...attributes}
        {...listeners}
        type="button"
        className="group-card-main"
        aria-label={cardDescription(card)}
        aria-disabled={undefined}
        aria-roledescription={card.pinned ? undefined : 'movable group'}
        aria-describedby={card.pinned ? undefined : attributes['aria-describedby']}
        title={card.pinned ? pinnedMessage(card) : undefined}
        onClick={() => actions.onOpen(card.group)}
        onKeyDown={(event) => {
          refuseIfPinned(event);
          if (!event.defaultPrevented) listeners?.onKeyDown?.(event);
        }}
      >
        <CardFace card={card} />
      </button>
      <button
        type="button"
        className="pin-button"
        aria-pressed={card.pinned}
        aria-label={`Pin ${card.group} in ${blocksWords(card.blocks)}`}
        title={card.pinned ? `Pinned in ${blocksWords(card.blocks)}` : 'Pin it here'}
        aria-disabled={busy || undefined}
        onClick={() => actions.onTogglePin(card)}
      >
        <PinIcon filled={card.pinned} />
      </button>
    </li>
  );
}

/** The card's visible text, also drawn under the pointer while it is dragged. */
export function CardFace({ card }: { card: BoardCardView }) {
  return (
    <>
      <span className="group-card-line">
        <span className="group-card-course">{card.courseName}</span>
        <span className={`group-card-size${card.overLimit ? ' over-limit' : ''}`}>
          {card.size}/{card.maxGroupSize}
        </span>
      </span>
      <span className="group-card-line">
        <span className="group-card-label">{card.group}</span>
        {card.spansTwoBlocks && (
          <span className="double-badge">Double: {blocksShort(card.blocks)}</span>
        )}
        <span className={card.teacher ? 'group-card-teacher' : 'group-card-teacher no-teacher'}>
          {card.teacher?.name ?? 'No teacher'}
        </span>
        {card.lockedPupils > 0 && (
          <span className="group-card-locks">
            <LockIcon /> {card.lockedPupils}
          </span>
        )}
      </span>
    </>
  );
}
