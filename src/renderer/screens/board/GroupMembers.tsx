import { useDraggable } from '@dnd-kit/core';
import type { GroupDetailView } from '../../../shared/contract/board';
import type { GroupMemberView, PupilDragData } from './board-types';
import { LockIcon } from './icons';

const BAND_WORDS: Record<string, string> = { H: 'High', M: 'Middle', L: 'Low' };

/** The group's pupils: who they are, their flags, a lock each, and a handle to move them. */
export function GroupMembers({
  detail,
  busy,
  canMove,
  onToggleLock,
}: {
  detail: GroupDetailView;
  busy: boolean;
  /** False when the course has no other group to move to. */
  canMove: boolean;
  onToggleLock(member: GroupMemberView): void;
}) {
  if (detail.members.length === 0) {
    return <p className="empty">Nobody is in {detail.group}.</p>;
  }
  return (
    <table className="group-members">
      <caption className="visually-hidden">Pupils in {detail.group}</caption>
      <thead>
        <tr>
          <th scope="col">Pupil</th>
          <th scope="col">Form</th>
          <th scope="col">Gender</th>
          <th scope="col">Prior att.</th>
          <th scope="col">Flags</th>
          <th scope="col">Locked</th>
        </tr>
      </thead>
      <tbody>
        {detail.members.map((member) => (
          <MemberRow
            key={member.upn}
            member={member}
            group={detail.group}
            course={detail.courseName}
            busy={busy}
            canMove={canMove}
            onToggleLock={onToggleLock}
          />
        ))}
      </tbody>
    </table>
  );
}

function MemberRow({
  member,
  group,
  course,
  busy,
  canMove,
  onToggleLock,
}: {
  member: GroupMemberView;
  group: string;
  course: string;
  busy: boolean;
  canMove: boolean;
  onToggleLock(member: GroupMemberView): void;
}) {
  const data: PupilDragData = { kind: 'pupil', member };
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: `pupil:${member.upn}`,
    data,
    disabled: busy || !canMove,
  });
  return (
    <tr className={isDragging ? 'is-dragging' : undefined}>
      <th scope="row">
        {canMove ? (
          <button
            ref={setNodeRef}
            {...attributes}
            {...listeners}
            type="button"
            className="member-handle"
            aria-label={`Move ${member.name} to another ${course} group`}
            aria-roledescription="movable pupil"
            aria-disabled={undefined}
          >
            <span aria-hidden="true" className="member-grip">
              ⋮⋮
            </span>
            {member.name}
          </button>
        ) : (
          member.name
        )}
        {member.reserve && <span className="member-reserve">reserve</span>}
      </th>
      <td>{member.form ?? '–'}</td>
      <td>{member.gender ?? '–'}</td>
      <td>
        {member.priorAttainment
          ? (BAND_WORDS[member.priorAttainment] ?? member.priorAttainment)
          : '–'}
      </td>
      <td>
        <MemberFlags member={member} />
      </td>
      <td>
        <button
          type="button"
          className="lock-button"
          aria-pressed={member.locked}
          aria-label={`Lock ${member.name} in ${group}`}
          title={member.locked ? `Locked in ${group}` : `Not locked: a re-solve may move them`}
          aria-disabled={busy || undefined}
          onClick={() => onToggleLock(member)}
        >
          <LockIcon open={!member.locked} />
        </button>
      </td>
    </tr>
  );
}

/** Badges for the pupil's flags, each with its meaning in words for screen readers. */
function MemberFlags({ member }: { member: GroupMemberView }) {
  const flags = [
    member.disadvantaged && { key: 'pp', badge: 'PP', words: 'Disadvantaged' },
    member.send && { key: 'send', badge: 'SEN', words: 'Special educational needs' },
    member.eal && { key: 'eal', badge: 'EAL', words: 'English as an additional language' },
  ].filter((flag) => flag !== false);
  if (flags.length === 0) return <span className="visually-hidden">No flags</span>;
  return (
    <span className="member-flags">
      {flags.map((flag) => (
        <span key={flag.key} className={`member-flag member-flag-${flag.key}`} title={flag.words}>
          <span aria-hidden="true">{flag.badge}</span>
          <span className="visually-hidden">{flag.words}</span>
        </span>
      ))}
    </span>
  );
}
