export { applyWhatIfs } from './apply';
export { checkWhatIfs } from './check';
export { describeWhatIf } from './describe';
export { compareScenarios } from './compare';
export { scenarioFigures } from './figures';
export { fitLayoutToCohort, type ScenarioLayout } from './fit-layout';
export { pupilOutcomes, type PupilOutcome } from './pupil-outcomes';
export type * from './types';
