import type { DragEndEvent, DragOverEvent, DragStartEvent, Over } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import type { BoardCardView, BoardScreenView } from '../../../shared/contract/board';
import { usePlannerApi } from '../../api-context';
import type { CardDragData, ColumnDropData } from './board-types';
import { blocksForDrop, sameBlocks } from './drop-target';
import type { BoardScreenState } from './use-board';
import { usePreviewCache, type PreviewOutcome } from './use-preview-cache';

/** A group being dragged, and the block under it. */
export interface GroupDrag {
  card: BoardCardView;
  from: string;
  over: string | null;
}

/** What the consequences panel shows when no drag is going on. */
export type DropMessage =
  | { kind: 'moving'; card: BoardCardView; blocks: string[] }
  | { kind: 'refused'; card: BoardCardView; blocks: string[]; outcome: PreviewOutcome }
  | { kind: 'note'; text: string };

export function isCardDrag(data: unknown): data is CardDragData {
  return typeof data === 'object' && data !== null && (data as CardDragData).kind === 'group';
}

export function blockOf(over: Over | null): string | null {
  const data = over?.data.current as ColumnDropData | undefined;
  return data?.kind === 'block' ? data.block : null;
}

const previewKey = (group: string, blocks: readonly string[]) =>
  `${group}\u0000${blocks.join('+')}`;

/**
 * Dragging groups between blocks: a preview for each block rested on (asked once per drag),
 * and on drop the move, unless the preview refused it, in which case the reasons stay on
 * screen and nothing changes. A cancelled drag changes nothing either.
 */
export function useGroupDrag(board: BoardScreenView, runChange: BoardScreenState['runChange']) {
  const api = usePlannerApi();
  const cache = usePreviewCache();
  const [drag, setDrag] = useState<GroupDrag | null>(null);
  const [message, setMessage] = useState<DropMessage | null>(null);
  const scenario = board.scenario ?? '';
  const planBlocks = board.blocks;

  const targetOf = useCallback(
    (card: BoardCardView, block: string) => blocksForDrop(planBlocks, block, card.spansTwoBlocks),
    [planBlocks],
  );
  const loadPreview = useCallback(
    (card: BoardCardView, blocks: string[]) => () =>
      api.previewGroupMove({ scenario, group: card.group, blocks }),
    [api, scenario],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      if (!isCardDrag(active.data.current)) return;
      const { card, from } = active.data.current;
      cache.reset();
      setMessage(null);
      setDrag({ card, from, over: from });
    },
    [cache],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!isCardDrag(active.data.current)) return;
      const { card } = active.data.current;
      const block = blockOf(over);
      setDrag((shown) => (shown ? { ...shown, over: block } : shown));
      if (block === null) return;
      const blocks = targetOf(card, block);
      if (!sameBlocks(blocks, card.blocks)) {
        cache.requestSoon(previewKey(card.group, blocks), loadPreview(card, blocks));
      }
    },
    [cache, loadPreview, targetOf],
  );

  const onDragEnd = useCallback(
    async ({ active, over }: DragEndEvent) => {
      setDrag(null);
      const block = blockOf(over);
      if (!isCardDrag(active.data.current) || block === null) return;
      const { card } = active.data.current;
      const blocks = targetOf(card, block);
      if (sameBlocks(blocks, card.blocks)) return;
      setMessage({ kind: 'moving', card, blocks });
      const outcome = await cache.fetchNow(
        previewKey(card.group, blocks),
        loadPreview(card, blocks),
      );
      if (!outcome.ok || !outcome.preview.allowed) {
        setMessage({ kind: 'refused', card, blocks, outcome });
        return;
      }
      await runChange(`Moving ${card.group}…`, (name) =>
        api.moveGroup({ scenario: name, group: card.group, blocks }),
      );
      setMessage(null);
      cache.reset();
    },
    [api, cache, loadPreview, runChange, targetOf],
  );

  const onDragCancel = useCallback(() => {
    setDrag(null);
    cache.reset();
  }, [cache]);

  /** The preview for the block under the dragged group, once it has arrived. */
  const outcomeFor = useCallback(
    (card: BoardCardView, block: string): PreviewOutcome | undefined =>
      cache.outcomes.get(previewKey(card.group, targetOf(card, block))),
    [cache.outcomes, targetOf],
  );

  return {
    drag,
    message,
    setMessage,
    targetOf,
    outcomeFor,
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
