export { boardView } from './view';
export { checkGroupDrop } from './group-drop-check';
export { checkPupilMove } from './pupil-move-check';
export { previewGroupDrop, previewPupilMove } from './preview';
export type * from './types';
