export { boardView } from './view';
export { checkGroupDrop } from './group-drop-check';
export { checkPupilMove } from './pupil-move-check';
export { previewGroupDrop, previewPupilMove } from './preview';
export type * from './types';
export {
  applyBoardSide,
  diffBoardStates,
  emptyBoardSide,
  isEmptyBoardSide,
  placementKey,
} from './delta';
export { BoardEditRefused, createLiveBoard } from './live';
export type { LiveBoard, LiveBoardOptions } from './live';
export { keepSeats } from './stable-seating';
export { summariseChange } from './change-summary';
export { checkTeacherAssignment } from './staffing';
export { combingChart } from './combing';
export { groupDetail } from './groups';
export { balanceParallelGroups } from './balance';
