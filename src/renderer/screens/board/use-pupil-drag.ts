import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { useCallback, useState } from 'react';
import { usePlannerApi } from '../../api-context';
import { isPupilDrag, parallelGroupOf, type GroupMemberView } from './board-types';
import type { BoardScreenState } from './use-board';
import { usePreviewCache, type PreviewOutcome } from './use-preview-cache';

export interface PupilDrag {
  member: GroupMemberView;
  over: string | null;
}

/** After a drop that did not happen: the pupil, the group and why not. */
export interface PupilRefusal {
  member: GroupMemberView;
  group: string;
  outcome: PreviewOutcome;
}

const previewKey = (upn: string, group: string) => `${upn}\u0000${group}`;

/**
 * Dragging a pupil onto another group of the same course: a preview per group rested on, and
 * on drop the move (which locks the pupil there), unless the preview refused it.
 */
export function usePupilDrag(
  scenario: string,
  course: string,
  currentGroup: string,
  runChange: BoardScreenState['runChange'],
) {
  const api = usePlannerApi();
  const cache = usePreviewCache();
  const [drag, setDrag] = useState<PupilDrag | null>(null);
  const [refusal, setRefusal] = useState<PupilRefusal | null>(null);

  const load = useCallback(
    (upn: string, group: string) => () => api.previewPupilMove({ scenario, upn, course, group }),
    [api, course, scenario],
  );

  const onDragStart = useCallback(
    ({ active }: DragStartEvent) => {
      if (!isPupilDrag(active.data.current)) return;
      cache.reset();
      setRefusal(null);
      setDrag({ member: active.data.current.member, over: null });
    },
    [cache],
  );

  const onDragOver = useCallback(
    ({ active, over }: DragOverEvent) => {
      if (!isPupilDrag(active.data.current)) return;
      const { member } = active.data.current;
      const group = parallelGroupOf(over?.data.current);
      setDrag((shown) => (shown ? { ...shown, over: group } : shown));
      if (group !== null && group !== currentGroup) {
        cache.requestSoon(previewKey(member.upn, group), load(member.upn, group));
      }
    },
    [cache, currentGroup, load],
  );

  const onDragEnd = useCallback(
    async ({ active, over }: DragEndEvent) => {
      setDrag(null);
      const group = parallelGroupOf(over?.data.current);
      if (!isPupilDrag(active.data.current) || group === null || group === currentGroup) return;
      const { member } = active.data.current;
      const outcome = await cache.fetchNow(previewKey(member.upn, group), load(member.upn, group));
      if (!outcome.ok || !outcome.preview.allowed) {
        setRefusal({ member, group, outcome });
        return;
      }
      await runChange(`Moving ${member.name}…`, (name) =>
        api.movePupil({ scenario: name, upn: member.upn, course, group }),
      );
      cache.reset();
    },
    [api, cache, course, currentGroup, load, runChange],
  );

  const onDragCancel = useCallback(() => {
    setDrag(null);
    cache.reset();
  }, [cache]);

  const outcome =
    drag?.over && drag.over !== currentGroup
      ? cache.outcomes.get(previewKey(drag.member.upn, drag.over))
      : undefined;

  return {
    drag,
    outcome,
    refusal,
    dismissRefusal: useCallback(() => setRefusal(null), []),
    handlers: { onDragStart, onDragOver, onDragEnd, onDragCancel },
  };
}
