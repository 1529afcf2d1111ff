export { counsel } from './counsel';
export { COST } from './costs';
export type * from './types';
