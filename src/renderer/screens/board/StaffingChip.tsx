import { useDndContext, useDraggable } from '@dnd-kit/core';
import type { CSSProperties, KeyboardEvent } from 'react';
import { categoryColour } from './categories';
import type { StaffedGroup } from './StaffingLookups';
import { blocksText, groupText, taughtByText } from './StaffingWords';

/** The board's colour for a course category, as the CSS variables chips use. */
export function categoryStyle(category: string | null): CSSProperties {
  const colour = categoryColour(category);
  return { '--stripe': colour.stripe, '--tint': colour.tint } as CSSProperties;
}

/** What a chip looks like, shared by the chips on the chart and the one being dragged. */
export function StaffingChipFace({ group }: { group: StaffedGroup }) {
  return (
    <>
      <span className="staffing-chip-label">{group.group}</span>
      <span className="staffing-chip-course">{group.courseName}</span>
      {group.blocks.length > 1 && (
        <span className="staffing-chip-double" aria-hidden="true">
          ×{group.blocks.length}
        </span>
      )}
    </>
  );
}

/**
 * A group on the combing chart: drag it to another teacher (mouse, touch or Space and the
 * arrow keys), or click it (or press Enter) to choose it and pick a teacher from a list.
 * A double group has a chip in each of its blocks, so `id` says which one this is.
 */
export function StaffingChip({
  id,
  group,
  selected,
  disabled,
  onSelect,
}: {
  id: string;
  group: StaffedGroup;
  selected: boolean;
  disabled: boolean;
  onSelect: (group: string) => void;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id,
    data: { group: group.group },
    disabled,
  });
  // Enter also drops a chip carried from the keyboard; that must not choose it as well.
  const dragging = useDndContext().active !== null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    listeners?.onKeyDown?.(event);
    if (event.key === 'Enter' && !dragging && !disabled) {
      event.preventDefault();
      onSelect(group.group);
    }
  }

  const description = `${groupText(group)}, ${blocksText(group.blocks)}, ${taughtByText(group)}`;
  return (
    <div
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (!disabled) onSelect(group.group);
      }}
      className={['staffing-chip', selected && 'selected', isDragging && 'dragging']
        .filter(Boolean)
        .join(' ')}
      style={categoryStyle(group.category)}
      data-group={group.group}
      aria-pressed={selected}
      aria-label={description}
      title={description}
    >
      <StaffingChipFace group={group} />
    </div>
  );
}
