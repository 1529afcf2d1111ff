import type { BoardCardView } from '../../../shared/contract/board';
import { blocksWords } from './board-words';
import { CategoryLegend } from './CategoryLegend';
import { sameBlocks } from './drop-target';
import { PreviewDetails } from './PreviewDetails';
import type { DropMessage, GroupDrag } from './use-group-drag';
import type { PreviewOutcome } from './use-preview-cache';

const groupName = (card: BoardCardView) => `${card.group} (${card.courseName})`;

/**
 * The strip above the columns: during a drag, what dropping here would do; after a refused
 * drop, why; otherwise how to use the board and what the colours mean. It keeps its height, so
 * the columns do not jump while a group is dragged over them.
 */
export function DropConsequences({
  drag,
  target,
  outcome,
  message,
  categories,
  onDismiss,
}: {
  drag: GroupDrag | null;
  /** The blocks the dragged group would take where it is now. */
  target: string[] | null;
  outcome: PreviewOutcome | undefined;
  message: DropMessage | null;
  categories: (string | null)[];
  onDismiss(): void;
}) {
  return (
    <section className="drop-consequences" aria-label="What the move would do" aria-live="polite">
      <Content
        drag={drag}
        target={target}
        outcome={outcome}
        message={message}
        categories={categories}
        onDismiss={onDismiss}
      />
    </section>
  );
}

function Content({
  drag,
  target,
  outcome,
  message,
  categories,
  onDismiss,
}: Parameters<typeof DropConsequences>[0]) {
  if (drag) {
    if (target === null) {
      return <p>Drag {groupName(drag.card)} onto a block to see what would change.</p>;
    }
    if (sameBlocks(target, drag.card.blocks)) {
      return (
        <p>
          {groupName(drag.card)} is already in {blocksWords(target)}.
        </p>
      );
    }
    const refused = outcome?.ok === false || (outcome?.ok && !outcome.preview.allowed);
    return (
      <>
        <h3 className={refused ? 'refused-heading' : undefined}>
          {refused
            ? `${groupName(drag.card)} cannot go in ${blocksWords(target)}`
            : `Moving ${groupName(drag.card)} to ${blocksWords(target)}`}
        </h3>
        <PreviewDetails outcome={outcome} />
      </>
    );
  }
  if (message?.kind === 'moving') {
    return (
      <p>
        Moving {groupName(message.card)} to {blocksWords(message.blocks)}…
      </p>
    );
  }
  if (message?.kind === 'refused') {
    return (
      <div className="drop-refused" role="alert">
        <div className="drop-refused-text">
          <h3 className="refused-heading">
            Not moved: {groupName(message.card)} cannot go in {blocksWords(message.blocks)}
          </h3>
          <PreviewDetails outcome={message.outcome} />
        </div>
        <button type="button" className="button subtle" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  if (message?.kind === 'note') {
    return (
      <div className="drop-refused" role="alert">
        <p className="drop-refused-text">{message.text}</p>
        <button type="button" className="button subtle" onClick={onDismiss}>
          OK
        </button>
      </div>
    );
  }
  return (
    <div className="drop-hint">
      <p>
        Drag a group onto another block to see what would change before you drop it; with the
        keyboard, focus a group, press Space, use the arrow keys and press Space again. A double
        group starts in the block you drop it on and takes the next one too (the last block pairs
        with the one before). Click a group, or press Enter, to see its pupils.
      </p>
      <CategoryLegend categories={categories} />
    </div>
  );
}
