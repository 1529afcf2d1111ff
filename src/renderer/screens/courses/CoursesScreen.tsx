import { useCallback, useEffect, useState } from 'react';
import type { ApiResult, PlanSummaryView } from '../../../shared/api';
import type {
  CourseChangesInput,
  CoursesAndStaffView,
  StaffChangesInput,
} from '../../../shared/contract/courses';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { CoursesTable } from './CoursesTable';
import { StaffingCheck } from './StaffingCheck';
import { StaffTable } from './StaffTable';
import './courses.css';

type View = 'courses' | 'staff' | 'staffing';

const VIEWS: { id: View; label: string }[] = [
  { id: 'courses', label: 'Courses' },
  { id: 'staff', label: 'Staff' },
  { id: 'staffing', label: 'Staffing check' },
];

/** Saves an edit; resolves to null when saved, or to the message of a refused edit. */
export type SaveEdit<Changes> = (code: string, changes: Changes) => Promise<string | null>;

/** Courses and staff: size limits, group counts, blocks, who teaches what, and the check. */
export function CoursesScreen({ summary }: { summary: PlanSummaryView }) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  const [data, setData] = useState<CoursesAndStaffView | null>(null);
  const [view, setView] = useState<View>('courses');

  // A new summary means the plan changed elsewhere (an import): reload.
  useEffect(() => {
    let current = true;
    void api.getCoursesAndStaff().then((result) => {
      if (!current) return;
      if (result.ok) setData(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, showError, summary]);

  const afterSave = useCallback(
    async (result: ApiResult<CoursesAndStaffView>): Promise<string | null> => {
      if (result.ok) {
        setData(result.value);
        await refreshSummary();
        return null;
      }
      // A broken rule is shown beside the edit; anything else goes to the banner.
      if (result.error.code === 'invalid-edit') return result.error.message;
      showError(result.error);
      return result.error.message;
    },
    [refreshSummary, showError],
  );

  const saveCourse: SaveEdit<CourseChangesInput> = useCallback(
    async (code, changes) => afterSave(await api.updateCourse({ code, changes })),
    [afterSave, api],
  );
  const saveStaff: SaveEdit<StaffChangesInput> = useCallback(
    async (code, changes) => afterSave(await api.updateStaffMember({ code, changes })),
    [afterSave, api],
  );

  if (!data) return <p className="empty">Loading the courses and staff…</p>;
  const warnings = data.staffing.courses.filter((course) => course.warning !== null).length;
  return (
    <div className="courses-screen">
      <div className="courses-header">
        <p className="courses-lead">
          {data.courses.length} courses, {data.staff.length} staff, blocks{' '}
          {data.blocks.join(' ') || 'not set'}.
        </p>
        <div className="view-switch" role="group" aria-label="Show">
          {VIEWS.map((entry) => (
            <button
              key={entry.id}
              type="button"
              className="view-switch-button"
              aria-pressed={view === entry.id}
              onClick={() => setView(entry.id)}
            >
              {entry.label}
              {entry.id === 'staffing' && warnings > 0 && (
                <>
                  <span className="warning-count" aria-hidden="true">
                    {warnings}
                  </span>
                  <span className="visually-hidden">
                    , {warnings} warning{warnings === 1 ? '' : 's'}
                  </span>
                </>
              )}
            </button>
          ))}
        </div>
      </div>
      {view === 'courses' && <CoursesTable data={data} onSave={saveCourse} />}
      {view === 'staff' && <StaffTable data={data} onSave={saveStaff} />}
      {view === 'staffing' && <StaffingCheck data={data} />}
    </div>
  );
}
