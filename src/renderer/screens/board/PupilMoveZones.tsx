import { useDroppable } from '@dnd-kit/core';
import type { GroupDetailView } from '../../../shared/contract/board';
import type { ParallelDropData } from './board-types';
import { blocksWords } from './board-words';
import { PreviewDetails, ReasonList } from './PreviewDetails';
import type { PupilDrag, PupilRefusal } from './use-pupil-drag';
import type { PreviewOutcome } from './use-preview-cache';

type MakeUp = GroupDetailView['parallel'][number];

/** The course's other groups as places to drop a pupil, and what a drop there would do. */
export function PupilMoveZones({
  detail,
  drag,
  outcome,
  refusal,
  onDismissRefusal,
}: {
  detail: GroupDetailView;
  drag: PupilDrag | null;
  outcome: PreviewOutcome | undefined;
  refusal: PupilRefusal | null;
  onDismissRefusal(): void;
}) {
  const others = detail.parallel.filter((group) => group.group !== detail.group);
  if (others.length === 0) {
    return (
      <p className="pupil-zones-none">
        {detail.courseName} has no other group, so its pupils cannot move to another.
      </p>
    );
  }
  return (
    <section className="pupil-zones" aria-label="Move a pupil">
      <h4>Move a pupil to another {detail.courseName} group</h4>
      <ul className="pupil-zone-list" aria-label={`Other ${detail.courseName} groups`}>
        {others.map((group) => (
          <PupilZone
            key={group.group}
            group={group}
            state={
              drag?.over !== group.group
                ? 'idle'
                : outcome === undefined
                  ? 'over'
                  : outcome.ok && outcome.preview.allowed
                    ? 'allowed'
                    : 'refusing'
            }
          />
        ))}
      </ul>
      <div className="pupil-zone-preview" aria-live="polite">
        {drag?.over && drag.over !== detail.group ? (
          <>
            <p className="pupil-zone-preview-heading">
              Moving {drag.member.name} to {drag.over}
            </p>
            <PreviewDetails outcome={outcome} />
          </>
        ) : refusal ? (
          <div className="drop-refused" role="alert">
            <div className="drop-refused-text">
              <p className="refused-heading">
                Not moved: {refusal.member.name} cannot go in {refusal.group}
              </p>
              {refusal.outcome.ok && !refusal.outcome.preview.allowed ? (
                <ReasonList reasons={refusal.outcome.preview.reasons} />
              ) : (
                <PreviewDetails outcome={refusal.outcome} />
              )}
            </div>
            <button type="button" className="button subtle" onClick={onDismissRefusal}>
              OK
            </button>
          </div>
        ) : drag ? (
          <p>Drop {drag.member.name} on one of the groups above.</p>
        ) : (
          <p className="pupil-zone-hint">
            Drag a pupil from the list onto one of these groups, or press Space on their name, then
            an arrow key and Space. A moved pupil is locked in their new group.
          </p>
        )}
      </div>
    </section>
  );
}

function PupilZone({
  group,
  state,
}: {
  group: MakeUp;
  state: 'idle' | 'over' | 'allowed' | 'refusing';
}) {
  const data: ParallelDropData = { kind: 'parallel', group: group.group };
  const { setNodeRef } = useDroppable({ id: `parallel:${group.group}`, data });
  return (
    <li
      ref={setNodeRef}
      className={`pupil-zone drop-${state}`}
      aria-label={`Group ${group.group}`}
      data-parallel={group.group}
    >
      <span className="pupil-zone-label">{group.group}</span>{' '}
      <span className="pupil-zone-detail">
        {blocksWords(group.blocks)} · {group.teacher?.name ?? 'No teacher'} · {group.size}/
        {group.maxGroupSize}
      </span>
    </li>
  );
}
