import type { ApiResult, PlannerApi } from '../../../shared/api';
import type { CohortView } from '../../../shared/contract/cohort';
import type { CoursesAndStaffView } from '../../../shared/contract/courses';
import { usePlanData } from '../../use-plan-data';

const loadCoursesAndStaff = (api: PlannerApi): Promise<ApiResult<CoursesAndStaffView>> =>
  api.getCoursesAndStaff();
const loadCohort = (api: PlannerApi): Promise<ApiResult<CohortView>> => api.getCohort();

/**
 * The plan's courses, staff and blocks, which every kind of what-if picks from; null until
 * they arrive. A failure goes to the banner.
 */
export function useCoursesAndStaff(): CoursesAndStaffView | null {
  return usePlanData(loadCoursesAndStaff, null).data;
}

/** The cohort with each pupil's choices, loaded only when a pupil's choices are to change. */
export function useCohort(): CohortView | null {
  return usePlanData(loadCohort, null).data;
}
