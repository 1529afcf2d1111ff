/**
 * The names of the planner API's methods and the one IPC channel they travel on. Kept apart from
 * the schemas so that the preload, which runs sandboxed and must stay tiny, can build its
 * bindings from this list without bundling zod.
 */
export const API_CHANNEL = 'planner:call';

export const API_METHODS = [
  'getAppInfo',
  'choosePlanToCreate',
  'choosePlanToOpen',
  'openDemoPlan',
  'closePlan',
  'getPlanSummary',
  'startSolve',
  'cancelSolve',
  'getSolveStatus',
  'listScenarios',
  // Plan files as documents (contract/documents.ts)
  'listRecentPlans',
  'openRecentPlan',
  'forgetRecentPlan',
  'reopenLastPlan',
  'savePlanCopy',
  // The import wizard (contract/import.ts)
  'chooseImportFiles',
  'previewImportFile',
  'updateImportFile',
  'removeImportFile',
  'checkImport',
  'runImport',
  'getImportProgress',
  'cancelImport',
  // The cohort screen and status bar (contract/cohort.ts)
  'getCohort',
  'updatePupil',
  'updatePupilChoices',
  'getStatusFigures',
  // The choices analysis (contract/analysis.ts)
  'getChoicesAnalysis',
  'listPupilsChoosingBoth',
  // Courses and staff (contract/courses.ts)
  'getCoursesAndStaff',
  'updateCourse',
  'updateStaffMember',
  // Pathways and fairness (contract/pathways.ts)
  'getPathways',
  'checkPathway',
  'savePathway',
  'deletePathway',
  'addStarterPathways',
  'recommendPathways',
  'confirmPathway',
  'overridePathway',
  'saveFairnessSettings',
  'exportPathways',
  'importPathways',
  // The blocks board, staffing and counselling (contract/board.ts)
  'getBoard',
  'previewGroupMove',
  'moveGroup',
  'previewPupilMove',
  'movePupil',
  'checkTeacher',
  'assignTeacher',
  'setGroupPinned',
  'setPupilLocked',
  'resolveAroundPins',
  'undoBoard',
  'redoBoard',
  'getGroup',
  'balanceCourse',
  'getCounselling',
  'applyCounsellingFix',
  // Scenarios, what-ifs and comparisons (contract/scenarios.ts)
  'getScenarios',
  'createScenario',
  'duplicateScenario',
  'renameScenario',
  'deleteScenario',
  'restoreScenario',
  'markAgreed',
  'setWhatIfs',
  'checkWhatIfs',
  'solveScenario',
  'compareScenarios',
  // The timetable frame (contract/timetable.ts)
  'getTimetable',
  'checkTimetable',
  'saveTimetable',
  // Letters and exports (contract/exports.ts)
  'getExports',
  'saveLetterTemplate',
  'chooseLetterLogo',
  'removeLetterLogo',
  'exportFiles',
] as const;

export type ApiMethod = (typeof API_METHODS)[number];

export function isApiMethod(value: unknown): value is ApiMethod {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}
