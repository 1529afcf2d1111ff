import type { ComponentType } from 'react';
import type { PlanSummaryView } from '../../shared/api';
import { BoardScreen } from './board/BoardScreen';
import { ChoicesScreen } from './choices/ChoicesScreen';
import { CohortScreen } from './cohort/CohortScreen';
import { CoursesScreen } from './courses/CoursesScreen';
import { ExportsScreen } from './exports/ExportsScreen';
import { ImportScreen } from './import/ImportScreen';
import { OverviewScreen } from './overview/OverviewScreen';
import { PathwaysScreen } from './pathways/PathwaysScreen';
import { ScenariosScreen } from './scenarios/ScenariosScreen';
import type { ScreenId } from './screen-ids';
import { TimetableScreen } from './timetable/TimetableScreen';

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
  board: { label: 'Blocks board', component: BoardScreen },
  scenarios: { label: 'Scenarios', component: ScenariosScreen },
  timetable: { label: 'Timetable frame', component: TimetableScreen },
  exports: { label: 'Letters and exports', component: ExportsScreen },
};
