/** The screens of an open plan, in the order the navigation shows them. */
export const SCREEN_IDS = [
  'overview',
  'import',
  'cohort',
  'choices',
  'courses',
  'pathways',
  'board',
  'scenarios',
  'timetable',
  'exports',
] as const;

export type ScreenId = (typeof SCREEN_IDS)[number];
