import type { ComponentType } from 'react';
import type { PlanSummaryView } from '../../shared/api';
import { ChoicesScreen } from './choices/ChoicesScreen';
import { CohortScreen } from './cohort/CohortScreen';
import { CoursesScreen } from './courses/CoursesScreen';
import { ImportScreen } from './import/ImportScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { PathwaysScreen } from './pathways/PathwaysScreen';
import type { ScreenId } from './screen-ids';

export interface ScreenEntry {
  label: string;
  component: ComponentType<{ summary: PlanSummaryView }>;
}

export const SCREENS: Record<ScreenId, ScreenEntry> = {
  overview: { label: 'Overview', component: OverviewScreen },
  import: { label: 'Import', component: ImportScreen },
  cohort: { label: 'Cohort', component: CohortScreen },
  choices: { label: 'Choices analysis', component: ChoicesScreen },
  courses: { label: 'Courses and staff', component: CoursesScreen },
  pathways: { label: 'Pathways', component: PathwaysScreen },
};
