import { DragOverlay } from '@dnd-kit/core';
import { categoryStyle, StaffingChipFace } from './StaffingChip';
import type { StaffedGroup, StaffingTarget } from './StaffingLookups';
import type { DropVerdict } from './StaffingVerdict';
import { VerdictDetails } from './StaffingVerdictDetails';

/** The chip being dragged, with what the services said about the target under it. */
export function StaffingDragOverlay({
  dragged,
  over,
  targetName,
  verdict,
}: {
  dragged: StaffedGroup | null;
  over: StaffingTarget | null;
  targetName: string;
  verdict: DropVerdict;
}) {
  return (
    <DragOverlay dropAnimation={null}>
      {dragged && (
        <div className="staffing-drag">
          <div className="staffing-chip lifted" style={categoryStyle(dragged.category)}>
            <StaffingChipFace group={dragged} />
          </div>
          {over && (
            <div className="staffing-drag-verdict">
              <p className="staffing-drag-target">{targetName}</p>
              <VerdictDetails verdict={verdict} nobody={over.teacher === null} />
            </div>
          )}
        </div>
      )}
    </DragOverlay>
  );
}
