export { checkTimetable } from './check';
export * from './frame';
export type {
  BlockTime,
  CourseTime,
  TimetableCheck,
  TimetableProblem,
  TimetableProblemKind,
} from './problems';
