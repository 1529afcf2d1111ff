import { useEffect, useState } from 'react';
import type { CohortView } from '../../../shared/contract/cohort';
import type { CoursesAndStaffView } from '../../../shared/contract/courses';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';

/**
 * The plan's courses, staff and blocks, which every kind of what-if picks from; null until
 * they arrive. A failure goes to the banner.
 */
export function useCoursesAndStaff(): CoursesAndStaffView | null {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [view, setView] = useState<CoursesAndStaffView | null>(null);
  useEffect(() => {
    let current = true;
    void api.getCoursesAndStaff().then((result) => {
      if (!current) return;
      if (result.ok) setView(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, showError]);
  return view;
}

/** The cohort with each pupil's choices, loaded only when a pupil's choices are to change. */
export function useCohort(): CohortView | null {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [view, setView] = useState<CohortView | null>(null);
  useEffect(() => {
    let current = true;
    void api.getCohort().then((result) => {
      if (!current) return;
      if (result.ok) setView(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, showError]);
  return view;
}
