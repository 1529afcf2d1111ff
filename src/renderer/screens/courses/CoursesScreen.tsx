import { useCallback, useState } from 'react';
import type { ApiResult, PlanSummaryView, PlannerApi } from '../../../shared/api';
import type {
  CourseChangesInput,
  CoursesAndStaffView,
  StaffChangesInput,
} from '../../../shared/contract/courses';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { usePlanData } from '../../use-plan-data';
import { LoadingOrFailed } from '../../components/LoadingOrFailed';
import { ViewSwitch } from '../../components/ViewSwitch';
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

const loadCoursesAndStaff = (api: PlannerApi) => api.getCoursesAndStaff();

/** Courses and staff: size limits, group counts, blocks, who teaches what, and the check. */
export function CoursesScreen({ summary }: { summary: PlanSummaryView }) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const refreshSummary = usePlanner((state) => state.refreshSummary);
  // A new summary means the plan changed elsewhere (an import): reload.
  const { data, error, setData } = usePlanData(loadCoursesAndStaff, summary);
  const [view, setView] = useState<View>('courses');

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
    [refreshSummary, setData, showError],
  );

  const saveCourse: SaveEdit<CourseChangesInput> = useCallback(
    async (code, changes) => afterSave(await api.updateCourse({ code, changes })),
    [afterSave, api],
  );
  const saveStaff: SaveEdit<StaffChangesInput> = useCallback(
    async (code, changes) => afterSave(await api.updateStaffMember({ code, changes })),
    [afterSave, api],
  );

  if (!data) return <LoadingOrFailed what="the courses and staff" error={error} />;
  const warnings = data.staffing.courses.filter((course) => course.warning !== null).length;
  return (
    <div className="courses-screen">
      <div className="courses-header">
        <p className="courses-lead">
          {data.courses.length} courses, {data.staff.length} staff, blocks{' '}
          {data.blocks.join(' ') || 'not set'}.
        </p>
        <ViewSwitch
          label="Show"
          options={VIEWS.map((entry) => ({
            id: entry.id,
            label:
              entry.id === 'staffing' && warnings > 0 ? (
                <>
                  {entry.label}
                  <span className="warning-count" aria-hidden="true">
                    {warnings}
                  </span>
                  <span className="visually-hidden">
                    , {warnings} warning{warnings === 1 ? '' : 's'}
                  </span>
                </>
              ) : (
                entry.label
              ),
          }))}
          value={view}
          onChange={setView}
        />
      </div>
      {view === 'courses' && <CoursesTable data={data} onSave={saveCourse} />}
      {view === 'staff' && <StaffTable data={data} onSave={saveStaff} />}
      {view === 'staffing' && <StaffingCheck data={data} />}
    </div>
  );
}
