export { ScenarioError, type ScenarioErrorCode } from './scenario-errors';
export { checkedCohortWithWhatIfs, cohortWithWhatIfs, readScenarioCohort } from './scenario-cohort';
export {
  listScenarioRecords,
  readScenarioRecord,
  requireScenarioRecord,
  restorableScenarioName,
  type ScenarioRecord,
} from './scenario-records';
export {
  createScenario,
  deleteScenario,
  duplicateScenario,
  markAgreed,
  renameScenario,
  restoreScenario,
  saveScenarioSolve,
  setScenarioWhatIfs,
  SOLVE_EDIT_LABEL,
  type CreateScenarioInput,
  type ScenarioSolve,
} from './scenario-operations';
export { compareNamedScenarios } from './scenario-comparison';
export {
  choicesMade,
  droppedChoicesFigures,
  scenarioMetrics,
  type DroppedChoicesFigures,
} from './choices-made';
